// `pystandards standards` and the help of `pystandards mcp`, run through the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { CLI, REPO_ROOT, repoPath } from '../harness/paths.js';

function run(args: readonly string[], cwd = REPO_ROOT) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input: '', timeout: 30_000 });
}

const project = mkdtempSync(path.join(os.tmpdir(), 'pystandards-cli-'));
after(() => rmSync(project, { recursive: true, force: true }));

describe('pystandards standards', () => {
  it('prints the whole document by default', () => {
    const result = run(['standards']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^# Python Backend Standards\n/);
    assert.match(result.stdout, /\n## Naming Conventions\n/);
  });
  it('prints one section', () => {
    const result = run(['standards', 'async']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^## Async Patterns\n/);
    assert.doesNotMatch(result.stdout, /## Naming Conventions/);
  });
  it('lists the sections, with team ones from --standards', () => {
    const result = run(['standards', '--list', '--standards', repoPath('tests', 'fixtures', 'standards')]);
    assert.equal(result.status, 0);
    assert.deepEqual(result.stdout.trimEnd().split('\n').map((line) => line.split(/\s{2,}/)[0]), [
      'overview', 'environment', 'imports', 'type_hints', 'async', 'errors', 'naming', 'python_backend_standards', 'rules',
    ]);
  });
  it('reads standards-dir from [tool.pystandards], relative to the project', () => {
    mkdirSync(path.join(project, 'docs', 'standards'), { recursive: true });
    writeFileSync(path.join(project, 'pyproject.toml'), '[tool.pystandards]\nstandards-dir = "docs/standards"\n');
    writeFileSync(path.join(project, 'docs', 'standards', 'testing.md'), '# Testing\n\nEvery endpoint has a test.\n');
    const result = run(['standards', 'testing', '--output-format', 'json'], project);
    assert.equal(result.status, 0, result.stderr);
    const parsed = JSON.parse(result.stdout) as { sections: { id: string; origin: string; markdown: string }[] };
    assert.deepEqual(parsed.sections.map((s) => [s.id, s.origin, s.markdown]), [['testing', 'team', '## Testing\n\nEvery endpoint has a test.\n']]);
  });
  it('rejects an unknown section with exit code 2, listing the available ones', () => {
    const result = run(['standards', 'frontend']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /unknown section `frontend` \(available: all, python, overview, /);
  });
});

describe('pystandards mcp --help', () => {
  it('documents the transports, the key and the limits', () => {
    const result = run(['mcp', '--help']);
    assert.equal(result.status, 0);
    for (const text of ['--http', '--host HOST', '--root DIR', '--standards DIR', 'PYSTANDARDS_API_KEY', '--time-budget']) assert.ok(result.stdout.includes(text), text);
  });
  it('names a missing --root folder', () => {
    const result = run(['mcp', '--root', 'no/such/folder']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--root is not a folder: no\/such\/folder/);
  });
});
