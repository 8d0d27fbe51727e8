// Bulk suppressions end to end: --suppress-all, --suppress-rule, --prune-suppressions,
// --suppressions-location, --pass-on-unpruned-suppressions, with the cache, workers, --fix and stdin.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../harness/cli.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';
const A = 'mixedCase = 1\notherName = 2\n\n\ndef badName(x: int) -> None:\n    pass\n';
const B = 'import sys\nimport os\n\nprint(os.sep, sys.argv)\n';

const A_AND_B = `{
  "app/a.py": {
    "NAM003": {
      "count": 1
    },
    "NAM006": {
      "count": 2
    }
  },
  "app/b.py": {
    "IMP001": {
      "count": 1
    }
  }
}
`;

function project(extra: Record<string, string> = {}): string {
  return tempProject({ 'pyproject.toml': PYPROJECT, 'app/a.py': A, 'app/b.py': B, ...extra });
}

const suppressionsOf = (root: string, name = 'pystandards-suppressions.json'): string => readFileSync(path.join(root, name), 'utf8');

describe('check --suppress-all', () => {
  it('records today\'s findings per file and code beside pyproject.toml, sorted; later runs read it and pass', () => {
    const root = project();
    const recorded = runCli(['check', '--suppress-all', '--no-cache'], { cwd: root });
    assert.equal(recorded.status, 0, recorded.stderr);
    assert.equal(recorded.stderr, 'pystandards: wrote pystandards-suppressions.json\n');
    assert.match(recorded.stdout, /^All checks passed \(2 files checked; 4 suppressed\)\.\n$/);
    assert.equal(suppressionsOf(root), A_AND_B);
    const again = runCli(['check', '--no-cache'], { cwd: root });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(again.stderr, '');
    assert.equal(again.stdout, 'All checks passed (2 files checked; 4 suppressed).\n');
    // Recording the same findings again leaves the bytes as they are (and writes nothing).
    const rerecorded = runCli(['check', '--suppress-all', '--no-cache'], { cwd: root });
    assert.equal(rerecorded.stderr, '');
    assert.equal(suppressionsOf(root), A_AND_B);
  });
  it('moving lines and editing elsewhere in a file does not resurface suppressed findings', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    writeFileSync(path.join(root, 'app/a.py'), `"""Module docstring."""\n\nimport os\n\nFIRST = os.sep\n${A}`);
    const result = runCli(['check'], { cwd: root });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
  it('a file with more findings of a code than recorded reports all of that code, and says why', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    writeFileSync(path.join(root, 'app/a.py'), `${A}thirdName = 3\n`);
    const result = runCli(['check', '-q'], { cwd: root });
    assert.equal(result.status, 1);
    assert.equal(
      result.stdout,
      [
        "app/a.py:1:1: NAM006 Module-level name `mixedCase` should not be mixedCase",
        "app/a.py:2:1: NAM006 Module-level name `otherName` should not be mixedCase",
        "app/a.py:7:1: NAM006 Module-level name `thirdName` should not be mixedCase",
        '',
      ].join('\n'),
    );
    assert.equal(
      result.stderr,
      'pystandards: app/a.py: 3 NAM006 findings where pystandards-suppressions.json allows 2: all 3 are reported (counts carry no positions, so the new one cannot be told apart)\n',
    );
  });
  it('with --fix, fixes first and records what remains', () => {
    const root = project();
    const result = runCli(['check', '--fix', '--suppress-all'], { cwd: root });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(path.join(root, 'app/b.py'), 'utf8'), 'import os\nimport sys\n\nprint(os.sep, sys.argv)\n');
    assert.doesNotMatch(suppressionsOf(root), /IMP001/);
    assert.match(suppressionsOf(root), /"NAM006": \{\n {6}"count": 2/);
  });
  it('--fix later fixes suppressed findings too; their entries are then unused, and --fix --prune-suppressions settles both', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    const fixed = runCli(['check', '--fix'], { cwd: root });
    assert.equal(fixed.status, 1);
    assert.equal(fixed.stdout, 'Fixed 1 finding; no findings remain, but 1 suppressed finding no longer occurs: prune them with --prune-suppressions (2 files checked; 3 suppressed).\n');
    assert.match(fixed.stderr, /app\/b\.py IMP001 \(1\)/);
    writeFileSync(path.join(root, 'app/b.py'), B);
    const settled = runCli(['check', '--fix', '--prune-suppressions'], { cwd: root });
    assert.equal(settled.status, 0, settled.stderr);
    assert.equal(settled.stdout, 'Fixed 1 finding; no findings remain (2 files checked; 3 suppressed).\n');
    assert.doesNotMatch(suppressionsOf(root), /IMP001/);
  });
  it('records project files too: ENV findings on pyproject.toml', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT.replace('>=3.12', '>=3.9'), 'app/ok.py': 'X = 1\n' });
    assert.equal(runCli(['check'], { cwd: root }).status, 1);
    runCli(['check', '--suppress-all'], { cwd: root });
    assert.equal(suppressionsOf(root), '{\n  "pyproject.toml": {\n    "ENV001": {\n      "count": 1\n    }\n  }\n}\n');
    assert.equal(runCli(['check'], { cwd: root }).status, 0);
  });
  it('a run with nothing to record still writes the file (an empty object), so later runs find it', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'clean.py': 'X = 1\n' });
    assert.equal(runCli(['check', '--suppress-all'], { cwd: root }).status, 0);
    assert.equal(suppressionsOf(root), '{}\n');
  });
  it('each project of a run gets its own file, beside its own pyproject.toml', () => {
    const root = tempProject({ 'one/pyproject.toml': PYPROJECT, 'one/a.py': 'aB = 1\n', 'two/pyproject.toml': PYPROJECT, 'two/b.py': 'cD = 1\n' });
    assert.equal(runCli(['check', '--suppress-all', 'one', 'two'], { cwd: root }).status, 0);
    assert.equal(suppressionsOf(root, 'one/pystandards-suppressions.json'), '{\n  "a.py": {\n    "NAM006": {\n      "count": 1\n    }\n  }\n}\n');
    assert.equal(suppressionsOf(root, 'two/pystandards-suppressions.json'), '{\n  "b.py": {\n    "NAM006": {\n      "count": 1\n    }\n  }\n}\n');
  });
});

describe('check --suppress-rule', () => {
  it('records only the named rules (our codes or their Ruff equivalents), repeatable', () => {
    const root = project();
    const result = runCli(['check', '--suppress-rule', 'N816', '--suppress-rule', 'IMP001', '-q'], { cwd: root });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, 'app/a.py:5:5: NAM003 Function name `badName` should be snake_case\n');
    assert.equal(
      suppressionsOf(root),
      '{\n  "app/a.py": {\n    "NAM006": {\n      "count": 2\n    }\n  },\n  "app/b.py": {\n    "IMP001": {\n      "count": 1\n    }\n  }\n}\n',
    );
  });
  it('an unknown code is a usage error, exit 2, nothing written', () => {
    const root = project();
    const result = runCli(['check', '--suppress-rule', 'no-unused-vars'], { cwd: root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown rule code `no-unused-vars` in --suppress-rule/);
    assert.equal(existsSync(path.join(root, 'pystandards-suppressions.json')), false);
  });
  it('contradicting flags are usage errors', () => {
    const root = project();
    assert.match(runCli(['check', '--suppress-all', '--suppress-rule', 'NAM006'], { cwd: root }).stderr, /--suppress-all and --suppress-rule cannot be combined/);
    assert.match(runCli(['check', '--suppress-all', '--prune-suppressions'], { cwd: root }).stderr, /--prune-suppressions cannot be combined/);
  });
});

describe('unused suppressions and --prune-suppressions', () => {
  it('entries no longer needed fail the run, are listed, pass with --pass-on-unpruned-suppressions, and are pruned exactly', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    writeFileSync(path.join(root, 'app/a.py'), 'mixedCase = 1\n\n\ndef bad_name(x: int) -> None:\n    pass\n');
    const failing = runCli(['check'], { cwd: root });
    assert.equal(failing.status, 1);
    // The summary does not say all passed: the run fails until the file follows the code down.
    assert.equal(failing.stdout, 'No findings, but 2 suppressed findings no longer occur: prune them with --prune-suppressions (2 files checked; 2 suppressed).\n');
    assert.equal(
      failing.stderr,
      [
        'pystandards: error: 2 suppressed findings no longer occur:',
        '  pystandards-suppressions.json: app/a.py NAM003 (1)',
        '  pystandards-suppressions.json: app/a.py NAM006 (1)',
        '  Remove them with --prune-suppressions, or pass --pass-on-unpruned-suppressions to let the run pass.',
        '',
      ].join('\n'),
    );
    const concise = runCli(['check', '--output-format', 'concise'], { cwd: root });
    assert.deepEqual([concise.status, concise.stdout], [1, 'No findings, but 2 suppressed findings no longer occur: prune them with --prune-suppressions.\n']);
    const passing = runCli(['check', '--pass-on-unpruned-suppressions'], { cwd: root });
    assert.equal(passing.status, 0);
    assert.equal(passing.stdout, 'All checks passed (2 files checked; 2 suppressed).\n');
    assert.match(passing.stderr, /^pystandards: warning: 2 suppressed findings no longer occur:/);
    const pruned = runCli(['check', '--prune-suppressions'], { cwd: root });
    assert.equal(pruned.status, 0, pruned.stderr);
    assert.equal(pruned.stderr, 'pystandards: wrote pystandards-suppressions.json\n');
    assert.equal(
      suppressionsOf(root),
      '{\n  "app/a.py": {\n    "NAM006": {\n      "count": 1\n    }\n  },\n  "app/b.py": {\n    "IMP001": {\n      "count": 1\n    }\n  }\n}\n',
    );
    assert.equal(runCli(['check'], { cwd: root }).status, 0);
  });
  it('an entry for a deleted file under the checked paths is unused; pruning removes it', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    rmSync(path.join(root, 'app/b.py'));
    const result = runCli(['check'], { cwd: root });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /pystandards-suppressions\.json: app\/b\.py IMP001 \(1\)/);
    runCli(['check', '--prune-suppressions'], { cwd: root });
    assert.doesNotMatch(suppressionsOf(root), /b\.py/);
  });
  it('a run over part of the project judges only the files and rules it checked', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    assert.equal(runCli(['check', 'app/a.py'], { cwd: root }).status, 0);
    assert.equal(runCli(['check', '--select', 'NAM'], { cwd: root }).status, 0);
  });
});

describe('--suppressions-location', () => {
  it('uses the named file, with paths relative to its folder; a missing one is an error unless recording', () => {
    const root = project();
    mkdirSync(path.join(root, 'ci'));
    const missing = runCli(['check', '--suppressions-location', 'ci/baseline.json'], { cwd: root });
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, `pystandards: error: ${path.join(root, 'ci/baseline.json')}: the suppressions file does not exist (create it with --suppress-all or --suppress-rule)\n`);
    assert.equal(runCli(['check', '--suppress-rule', 'IMP001', '--suppressions-location', 'ci/baseline.json'], { cwd: root }).status, 1);
    assert.equal(suppressionsOf(root, 'ci/baseline.json'), '{\n  "../app/b.py": {\n    "IMP001": {\n      "count": 1\n    }\n  }\n}\n');
    assert.equal(existsSync(path.join(root, 'pystandards-suppressions.json')), false);
    const result = runCli(['check', '--suppressions-location', 'ci/baseline.json', '-q'], { cwd: root });
    assert.doesNotMatch(result.stdout, /IMP001/);
    assert.match(result.stdout, /NAM006/);
  });
});

describe('a suppressions file that is not one', () => {
  const cases: readonly [string, string][] = [
    ['{"app/a.py": {"NAM006": {"count": 2}', 'not a suppressions file: invalid JSON'],
    ['{"src/a.js": {"no-unused-vars": {"count": 1}}}', 'not a suppressions file: `no-unused-vars` (under `src/a.js`) is not a rule code'],
    ['{"app/a.py": {"NAM006": {"count": -1}}}', 'not a suppressions file: `app/a.py` → `NAM006` must be { "count": N } with N a whole number above 0'],
  ];
  for (const [text, message] of cases) {
    it(`${JSON.stringify(text)}: exit 2, naming the file, and the file is left as it was`, () => {
      const root = project({ 'pystandards-suppressions.json': text });
      for (const args of [['check'], ['check', '--suppress-all'], ['check', '--prune-suppressions']]) {
        const result = runCli(args, { cwd: root });
        assert.equal(result.status, 2);
        assert.ok(result.stderr.startsWith(`pystandards: error: ${path.join(root, 'pystandards-suppressions.json')}: ${message}`), result.stderr);
        assert.doesNotMatch(result.stderr, /internal error|\n\s+at /);
        assert.equal(suppressionsOf(root), text);
      }
    });
  }
});

describe('suppressions with stdin, the cache and the worker pool', () => {
  it('stdin with --stdin-filename gets the entry of the file it stands for; recording from stdin is refused', () => {
    const root = project();
    runCli(['check', '--suppress-all'], { cwd: root });
    const suppressed = runCli(['check', '-', '--stdin-filename', 'app/a.py'], { cwd: root, input: A });
    assert.equal(suppressed.status, 0, suppressed.stdout + suppressed.stderr);
    const more = runCli(['check', '-', '--stdin-filename', 'app/a.py', '-q'], { cwd: root, input: `${A}thirdName = 3\n` });
    assert.equal(more.status, 1);
    assert.equal(more.stdout.split('\n').filter(Boolean).length, 3);
    const refused = runCli(['check', '-', '--stdin-filename', 'app/a.py', '--suppress-all'], { cwd: root, input: A });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /cannot be used with stdin/);
  });
  it('the same answer cold and warm, on one thread and on the worker pool', () => {
    const files: Record<string, string> = { 'pyproject.toml': PYPROJECT };
    for (let i = 0; i < 40; i++) files[`pkg/m${String(i).padStart(2, '0')}.py`] = i % 3 === 0 ? `valueOne = ${i}\nvalueTwo = ${i}\n` : `VALUE = ${i}\n`;
    const root = tempProject(files);
    const recorded = runCli(['check', '--suppress-all', '--threads', '2'], { cwd: root });
    assert.equal(recorded.status, 0, recorded.stderr);
    assert.equal(recorded.stdout, 'All checks passed (40 files checked; 28 suppressed).\n');
    for (const args of [['--threads', '2'], ['--threads', '2'], ['--threads', '1'], ['--no-cache', '--threads', '2']]) {
      const result = runCli(['check', ...args], { cwd: root });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, 'All checks passed (40 files checked; 28 suppressed).\n');
    }
    writeFileSync(path.join(root, 'pkg/m03.py'), 'valueOne = 3\nvalueTwo = 3\nvalueThree = 3\n');
    const grown = runCli(['check', '--threads', '2', '--output-format', 'json'], { cwd: root });
    assert.equal(grown.status, 1);
    const reported = JSON.parse(grown.stdout) as { filename: string; location: { row: number } }[];
    assert.deepEqual(reported.map((f) => `${path.relative(root, f.filename)}:${f.location.row}`), ['pkg/m03.py:1', 'pkg/m03.py:2', 'pkg/m03.py:3']);
  });
});
