import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../harness/cli.js';

const CLEAN = 'def get_customer(customer_id: int) -> int:\n    return customer_id\n';
const BAD = 'class customer_service:\n    pass\n';

describe('exit codes and the run going on', () => {
  it('0 when clean, 1 with findings, 0 with --exit-zero', () => {
    const root = tempProject({ 'clean.py': CLEAN, 'bad.py': BAD });
    assert.equal(runCli(['check', 'clean.py'], { cwd: root }).status, 0);
    assert.equal(runCli(['check', 'bad.py'], { cwd: root }).status, 1);
    assert.equal(runCli(['check', 'bad.py', '--exit-zero'], { cwd: root }).status, 0);
  });

  it('broken, binary, undecodable, empty, BOM and CRLF files do not stop the run', () => {
    let big = '';
    for (let i = 0; i < 60000; i++) big += `def handler_${i}(a: int) -> int:\n    return a\n\n`;
    const deep = `VALUE = ${'('.repeat(3000)}1${')'.repeat(3000)}\n`;
    const deepBlocks = Array.from({ length: 200 }, (_, i) => `${'    '.repeat(i)}if x:\n`).join('') + `${'    '.repeat(200)}pass\n`;
    const root = tempProject({
      'a_broken.py': 'def f(:\n    pass\n',
      'b_binary.py': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0xff]),
      'c_latin.py': Buffer.concat([Buffer.from('x = "'), Buffer.from([0xe9]), Buffer.from('"\n')]),
      'd_empty.py': '',
      'e_bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('class bom_class:\n    pass\n')]),
      'f_crlf.py': 'class crlf_class:\r\n    pass\r\n',
      'g_big.py': big,
      'h_deep.py': deep,
      'i_blocks.py': deepBlocks,
      'z_last.py': BAD,
    });
    const result = runCli(['check', '.', '--output-format', 'json'], { cwd: root });
    assert.equal(result.status, 1, result.stderr);
    const findings = JSON.parse(result.stdout) as { code: string; filename: string; location: { row: number; column: number }; message: string }[];
    const at = (file: string) => findings.filter((f) => path.basename(f.filename) === file).map((f) => `${f.code}@${f.location.row}:${f.location.column}`);
    assert.deepEqual(at('a_broken.py'), ['SYN001@1:7']);
    assert.deepEqual(at('b_binary.py'), ['SYN001@1:1']);
    assert.deepEqual(at('c_latin.py'), ['SYN001@1:1']);
    assert.deepEqual(at('d_empty.py'), []);
    assert.deepEqual(at('e_bom.py'), ['NAM002@1:7']);
    assert.deepEqual(at('f_crlf.py'), ['NAM002@1:7']);
    assert.deepEqual(at('g_big.py'), []);
    // CPython's limits: 200 nested brackets, 100 levels of indentation.
    assert.deepEqual(at('h_deep.py'), ['SYN001@1:209']);
    assert.deepEqual(at('i_blocks.py'), ['SYN001@101:1']);
    assert.deepEqual(at('z_last.py'), ['NAM002@1:7']);
    assert.match(findings.find((f) => f.filename.endsWith('b_binary.py'))?.message ?? '', /null bytes/);
  });

  it('an unreadable file is an error on stderr, the other files are still checked, exit 2', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, () => {
    const root = tempProject({ 'locked.py': CLEAN, 'bad.py': BAD });
    chmodSync(path.join(root, 'locked.py'), 0o000);
    const result = runCli(['check', '.'], { cwd: root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read locked\.py: EACCES/);
    assert.match(result.stdout, /bad\.py:1:7: NAM002/);
  });
});

describe('usage and configuration errors exit 2 with one line naming the culprit', () => {
  const cases: { name: string; files?: Record<string, string>; args: string[]; message: RegExp }[] = [
    { name: 'missing path', args: ['check', 'nowhere/'], message: /^pystandards: error: path does not exist: nowhere\/\n$/ },
    { name: 'unknown config key', files: { 'pyproject.toml': '[tool.pystandards]\nbogus = 1\n' }, args: ['check', '.'], message: /^pystandards: error: .*pyproject\.toml:2:1: unknown option `tool\.pystandards\.bogus`\n$/ },
    { name: 'wrongly typed value', files: { 'pyproject.toml': '[tool.pystandards]\nignore = "NAM"\n' }, args: ['check', '.'], message: /pyproject\.toml:2:1: invalid value for `tool\.pystandards\.ignore`: expected an array of strings/ },
    { name: 'max-file-size of 0', files: { 'pyproject.toml': '[tool.pystandards]\nmax-file-size = 0\n' }, args: ['check', '.'], message: /pyproject\.toml:2:1: invalid value for `tool\.pystandards\.max-file-size`: expected an integer from 1 to 268435456, got 0\n$/ },
    { name: 'max-file-size as text', files: { 'pyproject.toml': '[tool.pystandards]\nmax-file-size = "10MB"\n' }, args: ['check', '.'], message: /pyproject\.toml:2:1: invalid value for `tool\.pystandards\.max-file-size`: expected an integer from 1 to 268435456, got "10MB"\n$/ },
    { name: 'broken TOML', files: { 'pyproject.toml': '[tool.pystandards\n' }, args: ['check', '.'], message: /pyproject\.toml:\d+:\d+: invalid TOML/ },
    { name: 'unknown rule code in config', files: { 'pyproject.toml': '[tool.pystandards]\nselect = ["NAM", "FOO123"]\n' }, args: ['check', '.'], message: /pyproject\.toml:2:1: unknown rule code or prefix `FOO123`/ },
    { name: 'unknown rule code on the command line', args: ['check', '.', '--select', 'NAM,FOO123'], message: /^pystandards: error: unknown rule code or prefix `FOO123` in --select\n$/ },
    { name: 'unknown flag', args: ['check', '--frobnicate'], message: /^pystandards: error: Unknown option '--frobnicate'/ },
    { name: 'unknown output format', args: ['check', '--output-format', 'xml'], message: /unknown output format `xml`/ },
    { name: 'unknown command', args: ['lint'], message: /unknown command `lint`/ },
    { name: 'missing --config file', args: ['check', '--config', 'missing.toml'], message: /missing\.toml: configuration file not found/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const root = tempProject({ 'ok.py': CLEAN, ...c.files });
      const result = runCli(c.args, { cwd: root });
      assert.equal(result.status, 2);
      assert.match(result.stderr, c.message);
      assert.equal(result.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    });
  }
});

describe('discovery', () => {
  it('walks .py and .pyi, skips default excludes and git-ignored files, checks named files always', () => {
    const root = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'generated/\n*_pb2.py\n',
      'app/models.py': BAD,
      'app/stubs.pyi': BAD,
      'app/notes.txt': BAD,
      'app/api_pb2.py': BAD,
      'generated/out.py': BAD,
      '.venv/lib/site.py': BAD,
      'node_modules/x/y.py': BAD,
      'build/lib.py': BAD,
      '__pycache__/cached.py': BAD,
      '.git/info/exclude': 'private.py\n',
      'private.py': BAD,
    });
    const files = (args: string[]) => {
      const out = runCli(['check', ...args, '--output-format', 'json'], { cwd: root }).stdout;
      return [...new Set((JSON.parse(out) as { filename: string }[]).map((f) => path.relative(root, f.filename)))].sort();
    };
    assert.deepEqual(files(['.']), ['app/models.py', 'app/stubs.pyi']);
    assert.deepEqual(files(['generated/out.py', '.venv/lib/site.py']), ['.venv/lib/site.py', 'generated/out.py']);
  });

  it('extend-exclude and respect-gitignore = false', () => {
    const root = tempProject({
      '.git/HEAD': '',
      '.gitignore': 'ignored.py\n',
      'pyproject.toml': '[tool.pystandards]\nextend-exclude = ["legacy"]\nrespect-gitignore = false\n',
      'legacy/old.py': BAD,
      'ignored.py': BAD,
    });
    const out = JSON.parse(runCli(['check', '--output-format', 'json'], { cwd: root }).stdout) as { filename: string }[];
    assert.deepEqual(out.map((f) => path.basename(f.filename)), ['ignored.py']);
  });

  it('symlink loops are safe', () => {
    const root = tempProject({ 'pkg/mod.py': BAD });
    symlinkSync(root, path.join(root, 'pkg', 'loop'));
    mkdirSync(path.join(root, 'pkg', 'sub'));
    symlinkSync(path.join(root, 'pkg'), path.join(root, 'pkg', 'sub', 'back'));
    const result = runCli(['check', '.', '-q'], { cwd: root });
    assert.equal(result.status, 1);
    assert.deepEqual(result.stdout.trim().split('\n'), ['pkg/mod.py:1:7: NAM002 Class name `customer_service` should be PascalCase']);
  });

  it('stdin with --stdin-filename uses that name and its configuration', () => {
    const root = tempProject({ 'pyproject.toml': '[tool.pystandards.per-file-ignores]\n"tests/*" = ["NAM002"]\n' });
    const named = runCli(['check', '-', '--stdin-filename', 'app/Views.py', '-q'], { cwd: root, input: BAD });
    assert.equal(named.stdout, 'app/Views.py:1:1: NAM001 Module name `Views` should be snake_case\napp/Views.py:1:7: NAM002 Class name `customer_service` should be PascalCase\n');
    const ignored = runCli(['check', '-', '--stdin-filename', 'tests/test_views.py'], { cwd: root, input: BAD });
    assert.equal(ignored.status, 0);
    const anonymous = runCli(['check', '-', '-q'], { cwd: root, input: BAD });
    assert.equal(anonymous.stdout, '-:1:7: NAM002 Class name `customer_service` should be PascalCase\n');
  });
});

describe('suppression', () => {
  it('# noqa, # noqa: CODE (ours and equivalents), and file-level # pystandards: noqa', () => {
    const root = tempProject({
      'a.py': 'class one_a:  # noqa\n    pass\nclass two_a:  # noqa: NAM002\n    pass\nclass three_a:  # noqa: N801\n    pass\nclass four_a:  # noqa: ERR004\n    pass\n',
      'b.py': '# pystandards: noqa\nclass one_b:\n    pass\n',
      'c.py': '# pystandards: noqa: NAM002\nclass one_c(Exception):\n    pass\n',
    });
    const result = runCli(['check', '.', '-q'], { cwd: root });
    assert.equal(
      result.stdout,
      'a.py:7:7: NAM002 Class name `four_a` should be PascalCase\nc.py:2:7: ERR004 Exception name `one_c` should end with `Error`\n',
    );
  });
  it('per-file-ignores match paths relative to the project root', () => {
    const root = tempProject({ 'pyproject.toml': '[tool.pystandards.per-file-ignores]\n"tests/*" = ["NAM"]\n"__init__.py" = ["N801"]\n', 'tests/test_a.py': BAD, 'pkg/__init__.py': BAD, 'pkg/mod.py': BAD });
    const result = runCli(['check', '.', '-q'], { cwd: root });
    assert.equal(result.stdout, 'pkg/mod.py:1:7: NAM002 Class name `customer_service` should be PascalCase\n');
  });
});
