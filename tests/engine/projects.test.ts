// The project pass of a run: once per project, per project in a monorepo, on project files,
// never for stdin or snippets, and quiet outside Python projects.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkText, ConfigError } from '../../src/api/index.js';
import { main } from '../../src/cli/main.js';
import { runCheck, runCheckStdin, SettingsResolver, type RunReport } from '../../src/engine/index.js';
import { writeProject, type ProjectFiles } from '../harness/project-tester.js';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function project(files: ProjectFiles): string {
  const root = writeProject(files);
  roots.push(root);
  return root;
}

/** `path:row:col CODE` for every finding of a run. */
function located(report: RunReport): string[] {
  return report.files.flatMap((file) => file.findings.map((f) => `${f.filename}:${f.location.row}:${f.location.column} ${f.code}`));
}

async function cli(args: string[], cwd: string, stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    readStdin: () => Buffer.from(stdin),
    cwd,
  });
  return { code, stdout, stderr };
}

const OLD_PYPROJECT = '[project]\nname = "app"\nrequires-python = ">=3.10"\n';
const GOOD_PYPROJECT = '[project]\nname = "app"\nrequires-python = ">=3.12"\n';

describe('project pass', () => {
  it('checks a project once, however many of its files are checked', () => {
    const root = project({ 'pyproject.toml': OLD_PYPROJECT, 'src/a.py': 'A = 1\n', 'src/b.py': 'B = 1\n', 'tests/test_a.py': 'C = 1\n' });
    const report = runCheck(['.', 'src', 'src/a.py'], { cwd: root });
    assert.deepEqual(located(report), ['pyproject.toml:3:1 ENV001']);
    assert.equal(report.fileCount, 3);
  });

  it('reports each project of a monorepo on its own files', () => {
    const root = project({
      'services/orders/pyproject.toml': OLD_PYPROJECT,
      'services/orders/src/orders.py': 'A = 1\n',
      'services/billing/setup.cfg': '[options]\npython_requires = >=3.9\n',
      'services/billing/Pipfile': '[packages]\n',
      'services/billing/billing.py': 'B = 1\n',
      'services/users/pyproject.toml': GOOD_PYPROJECT,
      'services/users/users.py': 'C = 1\n',
    });
    assert.deepEqual(located(runCheck(['.'], { cwd: root })), [
      'services/billing/Pipfile:1:1 ENV002',
      'services/billing/setup.cfg:2:1 ENV001',
      'services/orders/pyproject.toml:3:1 ENV001',
    ]);
  });

  it('a requirements file below a pyproject.toml does not start a project', () => {
    const root = project({ 'pyproject.toml': GOOD_PYPROJECT, 'docs/requirements.txt': 'sphinx\n', 'docs/conf.py': 'PROJECT = "app"\n' });
    assert.deepEqual(located(runCheck(['docs'], { cwd: root })), []);
  });

  it('checks the project of a named folder that holds no Python file', () => {
    const root = project({ 'pyproject.toml': OLD_PYPROJECT });
    assert.deepEqual(located(runCheck(['.'], { cwd: root })), ['pyproject.toml:3:1 ENV001']);
  });

  it('says nothing about environments in a folder that is not a Python project', async () => {
    const root = project({ 'scripts/tool.py': 'NAME = "tool"\n', '.venv/pyvenv.cfg': 'home = /usr/bin\n' });
    const result = await cli(['check', '.'], root);
    assert.equal(result.stdout, 'All checks passed (1 file checked).\n');
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
  });

  it('shows the project file line in the text code frame', async () => {
    const root = project({ 'pyproject.toml': OLD_PYPROJECT, 'app.py': 'A = 1\n' });
    const result = await cli(['check', '.'], root);
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      [
        'pyproject.toml:3:1: ENV001 Python requirement `>=3.10` (`[project].requires-python`) allows Python 3.10; the standards require Python 3.12 or newer',
        '  |',
        '3 | requires-python = ">=3.10"',
        '  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ ENV001',
        '  |',
        '',
        'Found 1 finding in 1 file.',
        '  ENV001  1  unsupported-python-version',
        '',
      ].join('\n'),
    );
  });

  it('gives project findings an absolute filename in JSON', async () => {
    const root = project({ 'pyproject.toml': OLD_PYPROJECT });
    const [finding] = JSON.parse((await cli(['check', '.', '--output-format', 'json'], root)).stdout) as { filename: string; location: object }[];
    assert.equal(finding?.filename, path.join(root, 'pyproject.toml'));
    assert.deepEqual(finding?.location, { row: 3, column: 1 });
  });

  it('merges a setup.py that is both checked and the manifest into one report', () => {
    const root = project({ 'setup.py': 'from setuptools import setup\n\nsetup(python_requires=">=3.8")\nbadName = 1\n' });
    const report = runCheck(['.'], { cwd: root });
    assert.deepEqual(report.files.map((file) => file.path), ['setup.py']);
    assert.deepEqual(located(report), ['setup.py:3:7 ENV001', 'setup.py:4:1 NAM006']);
  });

  it('honours ignore and per-file-ignores for project files', () => {
    const ignored = project({ 'pyproject.toml': `${OLD_PYPROJECT}\n[tool.pystandards]\nignore = ["ENV"]\n`, Pipfile: '' });
    assert.deepEqual(located(runCheck(['.'], { cwd: ignored })), []);
    const perFile = project({ 'pyproject.toml': `${OLD_PYPROJECT}\n[tool.pystandards]\nper-file-ignores = { "pyproject.toml" = ["ENV001"] }\n`, Pipfile: '' });
    assert.deepEqual(located(runCheck(['.'], { cwd: perFile })), ['Pipfile:1:1 ENV002']);
  });

  it('uses the configuration above a project, with the project\'s own Python version', () => {
    const root = project({
      'pyproject.toml': '[tool.pystandards.environment]\nminimum-python-version = "3.11"\n',
      'services/api/pyproject.toml': OLD_PYPROJECT,
      'services/api/api.py': 'A = 1\n',
    });
    const report = runCheck(['services/api'], { cwd: root });
    assert.deepEqual(report.files.flatMap((f) => f.findings.map((x) => x.message)), [
      'Python requirement `>=3.10` (`[project].requires-python`) allows Python 3.10; the standards require Python 3.11 or newer',
    ]);
    assert.equal(new SettingsResolver().forPath(path.join(root, 'services/api/api.py')).targetVersion, 'py310');
  });
});

describe('project rules do not run on single sources', () => {
  it('stdin, even named after a file of a project', async () => {
    const root = project({ 'pyproject.toml': OLD_PYPROJECT, Pipfile: '', '.venv/pyvenv.cfg': 'home = /usr/bin\n' });
    const report = runCheckStdin(Buffer.from('A = 1\n'), 'app.py', { cwd: root, select: ['ENV'] });
    assert.deepEqual(located(report), []);
    assert.equal((await cli(['check', '-', '--stdin-filename', 'app.py', '--select', 'ENV'], root, 'A = 1\n')).code, 0);
  });

  it('checkText (the MCP check_python_code path)', () => {
    const result = checkText('A = 1\n', { filename: 'pyproject.toml', select: ['ENV'] });
    assert.deepEqual(result, { findings: [], errors: [] });
  });
});

describe('broken pyproject.toml', () => {
  it('someone else\'s: the run goes on and ENV001 reports it', async () => {
    const root = project({ 'vendor/lib/pyproject.toml': '[project\nname = "lib"\n', 'vendor/lib/lib.py': 'badName = 1\n', 'app.py': 'A = 1\n' });
    const result = await cli(['check', '.', '--quiet'], root);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      'vendor/lib/lib.py:1:1: NAM006 Module-level name `badName` should not be mixedCase\n' +
        'vendor/lib/pyproject.toml:2:1: ENV001 `pyproject.toml` cannot be parsed, so the Python version it declares cannot be checked: ' +
        'invalid TOML: The key, equals sign, and value must be on the same line\n',
    );
  });

  it('the configuration in use: exit 2 naming the file and line', async () => {
    const root = project({ 'pyproject.toml': '[tool.pystandards]\nselect = ["NAM"\n', 'app.py': 'A = 1\n' });
    assert.throws(() => runCheck(['.'], { cwd: root }), ConfigError);
    const result = await cli(['check', '.'], root);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^pystandards: error: .*pyproject\.toml:\d+:\d+: invalid TOML: /);
  });
});

describe('target-version from the declared Python version', () => {
  const targetOf = (files: ProjectFiles, options: { isolated?: boolean } = {}) => {
    const root = project({ ...files, 'app.py': 'A = 1\n' });
    const settings = new SettingsResolver(options).forPath(path.join(root, 'app.py'));
    return `${settings.targetVersion} (${settings.targetVersionSource})`;
  };

  it('reads every source, in order', () => {
    assert.equal(targetOf({ 'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n' }), 'py310 (requires-python)');
    assert.equal(targetOf({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n' }), 'py311 (poetry)');
    assert.equal(targetOf({ 'setup.cfg': '[options]\npython_requires = >=3.9\n' }), 'py39 (setup.cfg)');
    assert.equal(targetOf({ 'setup.py': 'from setuptools import setup\nsetup(python_requires=">=3.13")\n' }), 'py313 (setup.py)');
    assert.equal(targetOf({ 'requirements.txt': 'fastapi\n', '.python-version': '3.11.4\n' }), 'py311 (.python-version)');
    assert.equal(
      targetOf({ 'pyproject.toml': '[project]\nrequires-python = ">=3.13"\n', '.python-version': '3.11\n' }),
      'py313 (requires-python)',
    );
  });

  it('configured target-version wins; nothing declared gives the default', () => {
    assert.equal(targetOf({ 'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n\n[tool.pystandards]\ntarget-version = "py313"\n' }), 'py313 (config)');
    assert.equal(targetOf({ 'pyproject.toml': '[project]\nrequires-python = "<4"\n' }), 'py312 (default)');
    assert.equal(targetOf({ 'pyproject.toml': '[project\n' }), 'py312 (default)');
    assert.equal(targetOf({ 'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n' }, { isolated: true }), 'py312 (default)');
  });
});
