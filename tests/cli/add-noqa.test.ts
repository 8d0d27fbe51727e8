// `check --add-noqa` end to end: comments where the checker reads them, merged with existing ones,
// encodings, BOMs and line endings kept, files that do not parse left alone.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../harness/cli.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';

/** File content before → after `--add-noqa` (the default rules). */
const CASES: readonly { readonly name: string; readonly before: string | Buffer; readonly after: string | Buffer }[] = [
  {
    name: 'a plain line, a line with a comment, a line with a noqa of other codes',
    before: 'mixedCase = 1\notherName = 2  # the other\nthirdName = 3  # noqa: E501\n',
    after: 'mixedCase = 1  # noqa: NAM006\notherName = 2  # the other  # noqa: NAM006\nthirdName = 3  # noqa: E501, NAM006\n',
  },
  {
    name: 'the last line of a multi-line string and of a backslash continuation',
    before: 'mixedCase = """a\nb"""\notherName = 1 + \\\n    2\n',
    after: 'mixedCase = """a\nb"""  # noqa: NAM006\notherName = 1 + \\\n    2  # noqa: NAM006\n',
  },
  {
    name: 'several codes on one line, sorted',
    before: 'def badName(Arg):\n    pass\n',
    after: 'def badName(Arg):  # noqa: NAM003, NAM004, TYP001, TYP002\n    pass\n',
  },
  {
    name: 'CRLF line endings stay CRLF',
    before: 'mixedCase = 1\r\nX = 2\r\n',
    after: 'mixedCase = 1  # noqa: NAM006\r\nX = 2\r\n',
  },
  {
    name: 'a UTF-8 BOM stays',
    before: Buffer.from('\ufeffmixedCase = "é"\n', 'utf8'),
    after: Buffer.from('\ufeffmixedCase = "é"  # noqa: NAM006\n', 'utf8'),
  },
  {
    name: 'a latin-1 file stays latin-1',
    before: Buffer.from('# -*- coding: latin-1 -*-\nmixedCase = "\xe9"\n', 'latin1'),
    after: Buffer.from('# -*- coding: latin-1 -*-\nmixedCase = "\xe9"  # noqa: NAM006\n', 'latin1'),
  },
];

describe('check --add-noqa', () => {
  for (const { name, before, after } of CASES) {
    it(name, () => {
      const root = tempProject({ 'pyproject.toml': PYPROJECT, 'm.py': before });
      const result = runCli(['check', '--add-noqa'], { cwd: root });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^Added \d+ noqa directives? to 1 file\.\n$/);
      assert.deepEqual(readFileSync(path.join(root, 'm.py')), Buffer.isBuffer(after) ? after : Buffer.from(after, 'utf8'));
      const after1 = runCli(['check'], { cwd: root });
      assert.equal(after1.status, 0, after1.stdout);
      assert.equal(runCli(['check', '--add-noqa'], { cwd: root }).stderr, 'Added 0 noqa directives to 0 files.\n');
    });
  }
  it('counts lines, not findings, and leaves files without findings alone', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'a.py': 'def badName(Arg):\n    pass\n', 'b.py': 'X = 1\n' });
    const result = runCli(['check', '--add-noqa'], { cwd: root });
    assert.equal(result.stderr, 'Added 1 noqa directive to 1 file.\n');
    assert.equal(readFileSync(path.join(root, 'b.py'), 'utf8'), 'X = 1\n');
  });
  it('a file that does not parse is left unchanged and reported, exit 2, whether or not it has other findings', () => {
    const broken = 'mixedCase = 1\n\n\ndef f(:\n    pass\n';
    const onlyBroken = 'def g(:\n    pass\n';
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'broken.py': broken, 'only_broken.py': onlyBroken, 'ok.py': 'aB = 1\n' });
    const result = runCli(['check', '--add-noqa'], { cwd: root });
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      'Added 1 noqa directive to 1 file.\npystandards: error: broken.py does not parse; no noqa comments added\npystandards: error: only_broken.py does not parse; no noqa comments added\n',
    );
    assert.equal(readFileSync(path.join(root, 'broken.py'), 'utf8'), broken);
    assert.equal(readFileSync(path.join(root, 'only_broken.py'), 'utf8'), onlyBroken);
    assert.equal(readFileSync(path.join(root, 'ok.py'), 'utf8'), 'aB = 1  # noqa: NAM006\n');
  });
  it('findings on project files cannot take a noqa comment, and it says so', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT.replace('>=3.12', '>=3.9'), 'ok.py': 'X = 1\n' });
    const result = runCli(['check', '--add-noqa'], { cwd: root });
    assert.equal(result.status, 0);
    assert.equal(result.stderr, 'Added 0 noqa directives to 0 files.\n1 finding on project files cannot take a noqa comment (record them with --suppress-all).\n');
  });
  it('writes noqa only for what the run reports: bulk-suppressed findings stay in the suppressions file', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'a.py': 'mixedCase = 1\n' });
    runCli(['check', '--suppress-all'], { cwd: root });
    writeFileSync(path.join(root, 'b.py'), 'otherName = 1\n');
    const result = runCli(['check', '--add-noqa'], { cwd: root });
    assert.equal(result.stderr, 'Added 1 noqa directive to 1 file.\n');
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), 'mixedCase = 1\n');
    assert.equal(readFileSync(path.join(root, 'b.py'), 'utf8'), 'otherName = 1  # noqa: NAM006\n');
  });
  it('cannot be combined with --fix, --diff or stdin', () => {
    const root = tempProject({ 'a.py': 'X = 1\n' });
    assert.match(runCli(['check', '--add-noqa', '--fix'], { cwd: root }).stderr, /--add-noqa cannot be combined with --fix or --diff/);
    assert.match(runCli(['check', '--add-noqa', '--diff'], { cwd: root }).stderr, /--add-noqa cannot be combined with --fix or --diff/);
    assert.match(runCli(['check', '--add-noqa', '-'], { cwd: root, input: 'X = 1\n' }).stderr, /--add-noqa writes files; it cannot be used with stdin/);
  });
});
