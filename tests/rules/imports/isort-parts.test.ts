// The parts of IMP001 that tables of snippets cannot reach: version lists, natural order, the disk.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintSource } from '../../../src/linter/index.js';
import { naturalCompare } from '../../../src/rules/imports/isort/natural-order.js';
import { isPragmaComment, measuredComment } from '../../../src/rules/imports/isort/pragma.js';
import { memberType } from '../../../src/rules/imports/isort/sort-keys.js';
import { isStandardLibrary, stdlibMinor } from '../../../src/rules/imports/isort/stdlib.js';
import rule from '../../../src/rules/imports/unsorted-imports.js';
import { parseSource } from '../../../src/syntax/index.js';
import { tempProject } from '../../harness/cli.js';
import { settingsWith } from '../../harness/settings.js';

describe('standard library per target version', () => {
  const cases: [string, number, boolean][] = [
    ['os', 12, true],
    ['tomllib', 12, true],
    ['distutils', 11, true],
    ['distutils', 12, false],
    ['asynchat', 12, false],
    ['cgi', 12, true],
    ['cgi', 13, false],
    ['telnetlib', 13, false],
    ['_pyrepl', 12, false],
    ['_pyrepl', 13, true],
    ['annotationlib', 13, false],
    ['annotationlib', 14, true],
    ['compression', 14, true],
    ['_testcapi', 12, true],
    ['__future__', 12, false],
    ['requests', 14, false],
    ['toString', 12, false],
  ];
  for (const [module, minor, expected] of cases) {
    it(`${module} in 3.${minor}: ${expected}`, () => assert.equal(isStandardLibrary(module, minor), expected));
  }
  it('targets map to the lists (older targets use the 3.10 list)', () => {
    assert.deepEqual(['py37', 'py310', 'py312', 'py313', 'py314'].map(stdlibMinor), [10, 10, 12, 13, 14]);
  });
});

describe('natural order', () => {
  const ordered = ['a', 'a0', 'a1', 'a1a', 'a1b', 'a2', 'a10', 'a20', 'module2', 'module10', 'os', 'os.path', 'os_utils', 'x2-g8', 'x2-y7', 'x8-y8'];
  it('sorts as isort does (digits by value, prefixes first)', () => {
    assert.deepEqual([...ordered].reverse().sort(naturalCompare), ordered);
  });
  it('leading zeros compare digit by digit', () => {
    assert.ok(naturalCompare('1.001', '1.010') < 0);
    assert.ok(naturalCompare('1.010', '1.02') < 0);
  });
});

describe('member types', () => {
  const cases: [string, number][] = [
    ['UUID', 0],
    ['TYPE_CHECKING', 0],
    ['T', 1],
    ['FastAPI', 1],
    ['status', 2],
    ['uuid4', 2],
    ['_private', 2],
    ['_CONSTANT', 0],
  ];
  for (const [name, type] of cases) it(`${name} → ${['constant', 'class', 'variable'][type]}`, () => assert.equal(memberType(name), type));
});

describe('pragma comments', () => {
  for (const comment of ['# noqa', '# NOQA: E501', '# type: ignore[attr-defined]', '# pyright: ignore', '# nosec B602', '# isort: skip']) {
    it(`${comment} is a pragma`, () => assert.ok(isPragmaComment(comment)));
  }
  for (const comment of ['# note', '# note # noqa', '# mypy: ignore']) {
    it(`${comment} is not`, () => assert.ok(!isPragmaComment(comment)));
  }
  const measured: [string, string][] = [
    ['# noqa', ''],
    ['# type: ignore[attr-defined]', ''],
    ['#x  # noqa', '#x'],
    ['## noqa', '#'],
    ['# why # type: ignore', '# why'],
    ['# note # mypy: x', '# note # mypy: x'],
    ['# plain', '# plain'],
  ];
  for (const [comment, width] of measured) {
    it(`${comment} counts as "${width}" toward the line width`, () => assert.equal(measuredComment(comment), width));
  }
});

/** IMP001's findings for `code` saved as `file` in a project at `root`. */
function findings(root: string, file: string, code: string, tool: Record<string, unknown> = {}): string[] {
  const absolute = path.join(root, file);
  const source = parseSource(file, code, undefined, absolute);
  return lintSource(source, settingsWith(tool, root), [rule]).diagnostics.map((d) => d.message);
}

describe('first-party modules found on disk, relative to the project root', () => {
  const root = tempProject({
    'pyproject.toml': '[tool.pystandards]\n',
    'app/__init__.py': '',
    'app/core/__init__.py': '',
    'app/core/config.py': '',
    'lib/helpers.py': '',
    'pkg/__init__.py': '',
    'pkg/sub/__init__.py': '',
  });
  const grouped = 'import requests\n\nimport app\nfrom app.core import config\n';

  it('a package under the root is first-party', () => {
    assert.deepEqual(findings(root, 'main.py', grouped), []);
  });
  it('a dotted module needs its full path under a source root (as Ruff)', () => {
    assert.deepEqual(findings(root, 'main.py', 'import app.missing\nimport requests\n'), []);
    assert.deepEqual(findings(root, 'main.py', 'import app.core.config\nimport requests\n'), [
      '`requests` (third-party) comes after `app.core.config` (first-party)',
    ]);
  });
  it('the `src` option names the roots', () => {
    assert.deepEqual(findings(root, 'main.py', 'import helpers\nimport requests\n'), []);
    assert.deepEqual(findings(root, 'main.py', 'import requests\n\nimport helpers\n', { src: ['lib'] }), []);
  });
  it('the working folder plays no part', () => {
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(path.join(elsewhere, 'requests.py'), '');
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      assert.deepEqual(findings(root, 'main.py', grouped), []);
    } finally {
      process.chdir(cwd);
    }
  });
  it('the package a file belongs to is first-party (detect-same-package)', () => {
    const code = 'import requests\n\nimport pkg\n';
    assert.deepEqual(findings(root, 'pkg/sub/mod.py', code, { src: [] }), []);
    assert.deepEqual(findings(root, 'pkg/sub/mod.py', code, { src: [], imports: { 'detect-same-package': false } }), [
      '`pkg` comes after `requests` in the third-party section',
    ]);
  });
  it('`src` is first-party without any folder (the standards\' layout)', () => {
    assert.deepEqual(findings(root, 'main.py', 'import requests\n\nfrom src.core.config import settings\n'), []);
  });
});

describe('configuration', () => {
  it('section-order accepts only the known sections', () => {
    assert.throws(() => settingsWith({ imports: { 'section-order': ['future', 'django'] } }), /invalid value for `tool\.pystandards\.imports\.section-order`/);
  });
});
