// `check --fix`, `--diff` and `--fix -` end to end, as a user runs them.
import assert from 'node:assert/strict';
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../harness/cli.js';
import { repoPath } from '../harness/paths.js';

const UNSORTED = 'import sys\nimport os\n\nx_value = os.sep + sys.platform\n';
const SORTED = 'import os\nimport sys\n\nx_value = os.sep + sys.platform\n';
const MIXED = 'import sys\nimport os\n\n\nclass bad_name:\n    pass\n';

describe('check --fix', () => {
  it('writes the fixes and says how many were fixed and how many remain', () => {
    const root = tempProject({ 'a.py': UNSORTED, 'b.py': MIXED });
    const result = runCli(['check', '--fix', '.'], { cwd: root });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), SORTED);
    assert.equal(readFileSync(path.join(root, 'b.py'), 'utf8'), 'import os\nimport sys\n\n\nclass bad_name:\n    pass\n');
    assert.match(result.stdout, /b\.py:5:7: NAM002/);
    assert.doesNotMatch(result.stdout, /IMP001/);
    assert.match(result.stdout, /Found 3 findings in 2 files \(2 fixed, 1 remaining\)\./);
  });
  it('exits 0 when every finding was fixed', () => {
    const root = tempProject({ 'a.py': UNSORTED });
    const result = runCli(['check', '--fix', 'a.py'], { cwd: root });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Fixed 1 finding; no findings remain \(1 file checked\)\./);
    assert.equal(runCli(['check', 'a.py'], { cwd: root }).status, 0);
  });
  it('a read-only file is reported, the others are fixed, exit 2', () => {
    const root = tempProject({ 'a.py': UNSORTED, 'ro.py': UNSORTED });
    chmodSync(path.join(root, 'ro.py'), 0o444);
    const result = runCli(['check', '--fix', '.'], { cwd: root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /pystandards: error: cannot write ro\.py: the file is read-only\n/);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), SORTED);
    assert.equal(readFileSync(path.join(root, 'ro.py'), 'utf8'), UNSORTED);
    assert.match(result.stdout, /ro\.py:1:1: IMP001/);
  });
});

describe('check --fix --unsafe-fixes', () => {
  it('applies unsafe fixes only when asked', () => {
    const code = 'def handler(x: int):\n    print(x)\n';
    const root = tempProject({ 'a.py': code });
    const safeOnly = runCli(['check', '--select', 'TYP002', '--fix', 'a.py'], { cwd: root });
    assert.equal(safeOnly.status, 1);
    assert.match(safeOnly.stdout, /1 more fixable with `--fix --unsafe-fixes`\./);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), code);
    const unsafe = runCli(['check', '--select', 'TYP002', '--fix', '--unsafe-fixes', 'a.py'], { cwd: root });
    assert.equal(unsafe.status, 0, unsafe.stderr);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), 'def handler(x: int) -> None:\n    print(x)\n');
  });
});

describe('check --diff', () => {
  it('prints a unified diff, writes nothing and exits 1', () => {
    const root = tempProject({ 'a.py': UNSORTED, 'clean.py': SORTED });
    const result = runCli(['check', '--diff', '.'], { cwd: root });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, '--- a/a.py\n+++ b/a.py\n@@ -1,4 +1,4 @@\n-import sys\n import os\n+import sys\n \n x_value = os.sep + sys.platform\n');
    assert.equal(result.stderr, 'Would fix 1 finding in 1 file.\n');
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), UNSORTED);
  });
  it('exits 0 when there is nothing to change', () => {
    const root = tempProject({ 'clean.py': SORTED });
    const result = runCli(['check', '--diff', '.'], { cwd: root });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'No fixes to apply.\n');
  });
});

describe('check --fix - (stdin)', () => {
  it('prints the fixed code on stdout and the remaining findings on stderr', () => {
    const root = tempProject({});
    const result = runCli(['check', '--fix', '-', '--stdin-filename', 'app/b.py'], { cwd: root, input: MIXED });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, 'import os\nimport sys\n\n\nclass bad_name:\n    pass\n');
    assert.match(result.stderr, /app\/b\.py:5:7: NAM002/);
    assert.match(result.stderr, /\(1 fixed, 1 remaining\)/);
  });
  it('prints the code unchanged when there is nothing to fix', () => {
    const result = runCli(['check', '--fix', '-'], { cwd: tempProject({}), input: SORTED });
    assert.equal(result.status, 0);
    assert.equal(result.stdout, SORTED);
  });
  it('keeps CRLF line endings', () => {
    const result = runCli(['check', '--fix', '-'], { cwd: tempProject({}), input: 'import sys\r\nimport os\r\n' });
    assert.equal(result.stdout, 'import os\r\nimport sys\r\n');
  });
  it('--diff on stdin prints the diff', () => {
    const result = runCli(['check', '--diff', '-'], { cwd: tempProject({}), input: 'import sys\nimport os\n' });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '--- a/-\n+++ b/-\n@@ -1,2 +1,2 @@\n-import sys\n import os\n+import sys\n');
  });
});

describe('the example backend (npm start)', () => {
  it('shows its deliberate IMP001 in src/api/routes.py, and --diff shows the sorted block', () => {
    const example = repoPath('examples', 'customer-service');
    const json = runCli(['check', '--select', 'IMP001', '--output-format', 'json', '.'], { cwd: example });
    const findings = JSON.parse(json.stdout) as { filename: string; message: string; location: { row: number } }[];
    assert.deepEqual(
      findings.map((f) => [path.relative(example, f.filename), f.location.row, f.message]),
      [['src/api/routes.py', 3, '`fastapi` (third-party) comes after `src.errors` (first-party)']],
    );
    const diff = runCli(['check', '--select', 'IMP001', '--diff', 'src/api/routes.py'], { cwd: example });
    assert.equal(diff.status, 1);
    assert.match(diff.stdout, /\+from fastapi import APIRouter, Depends, HTTPException, status\n/);
  });
});
