// The CI formats through the CLI: what reaches stdout, exit codes, and GitLab paths under CI_PROJECT_DIR.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseJunit } from 'junit2json';
import { runCli, tempProject } from '../harness/cli.js';

const FILES = { 'pyproject.toml': '[project]\nname = "svc"\nrequires-python = ">=3.12"\n', 'app/a.py': 'aName = 1\n', 'app/ok.py': 'X = 1\n' };

describe('check --output-format for CI', () => {
  it('concise and grouped print the findings and the count; exit 1', () => {
    const root = tempProject(FILES);
    const concise = runCli(['check', '--output-format', 'concise'], { cwd: root });
    assert.deepEqual([concise.status, concise.stdout], [1, 'app/a.py:1:1: NAM006 Module-level name `aName` should not be mixedCase\nFound 1 finding.\n']);
    const grouped = runCli(['check', '--output-format', 'grouped'], { cwd: root });
    assert.deepEqual([grouped.status, grouped.stdout], [1, 'app/a.py:\n  1:1 NAM006 Module-level name `aName` should not be mixedCase\n\nFound 1 finding.\n']);
  });
  it('junit is read by a JUnit consumer; a clean run passes with exit 0', async () => {
    const root = tempProject(FILES);
    const failing = runCli(['check', '--output-format', 'junit'], { cwd: root });
    assert.equal(failing.status, 1);
    const parsed = (await parseJunit(failing.stdout)) as { failures: number; testsuite: { name: string }[] };
    assert.deepEqual([parsed.failures, parsed.testsuite.map((s) => s.name)], [1, ['app/a.py']]);
    const clean = runCli(['check', 'app/ok.py', '--output-format', 'junit'], { cwd: root });
    assert.equal(clean.status, 0);
    assert.equal(((await parseJunit(clean.stdout)) as { failures: number }).failures, 0);
  });
  it('gitlab paths are relative to CI_PROJECT_DIR, wherever the run starts', () => {
    const root = tempProject(FILES);
    const result = runCli(['check', '.', '--output-format', 'gitlab'], { cwd: path.join(root, 'app'), env: { CI_PROJECT_DIR: root } });
    assert.equal(result.status, 1);
    assert.deepEqual((JSON.parse(result.stdout) as { location: { path: string } }[]).map((i) => i.location.path), ['app/a.py']);
  });
  it('an unknown format names the ones there are', () => {
    const result = runCli(['check', '--output-format', 'xml'], { cwd: tempProject(FILES) });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'pystandards: error: unknown output format `xml` (expected text, concise, grouped, json, sarif, github, gitlab, junit)\n');
  });
});
