// `check --since REV` in a real git repository made here: only findings on lines added or changed
// since REV (committed after it, staged, unstaged, untracked), and clear errors outside git.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseUnifiedDiff } from '../../src/suppression/index.js';
import { runCli, tempProject } from '../harness/cli.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' });
}

/** A repository with one commit of `files`. */
function repository(files: Record<string, string>): string {
  const root = tempProject(files);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'start');
  return root;
}

const write = (root: string, name: string, content: string): void => {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), content);
};

/** The findings of `check --since REV` as `file:row CODE`, and the exit code. */
function since(root: string, revision: string, ...extra: string[]): { status: number | null; found: string[]; stderr: string } {
  const result = runCli(['check', '--since', revision, '--output-format', 'json', '--no-cache', ...extra], { cwd: root, env: GIT_ENV });
  const found = result.status === 2 ? [] : (JSON.parse(result.stdout) as { code: string; filename: string; location: { row: number } }[]).map((f) => `${path.relative(root, f.filename)}:${f.location.row} ${f.code}`);
  return { status: result.status, found, stderr: result.stderr };
}

const OLD = 'oldName = 1\notherOld = 2\n\n\ndef old_function(x: int) -> None:\n    pass\n';

describe('check --since', () => {
  it('reports findings on changed lines of the work tree, staged or not, and every finding of untracked files', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/a.py': OLD, 'app/b.py': 'first = 1\n', 'app/c.py': 'cOld = 1\n' });
    assert.equal(since(root, 'HEAD').status, 0, 'nothing changed yet');
    write(root, 'app/a.py', 'oldName = 1\notherOld = 2\nnewName = 3\n\n\ndef oldFunction(x: int) -> None:\n    pass\n');
    write(root, 'app/b.py', 'first = 1\nsecondOne = 2\n');
    git(root, 'add', 'app/b.py');
    write(root, 'app/new.py', 'brandNew = 1\nalsoNew = 2\n');
    const result = since(root, 'HEAD');
    assert.equal(result.status, 1);
    assert.deepEqual(result.found, ['app/a.py:3 NAM006', 'app/a.py:6 NAM003', 'app/b.py:2 NAM006', 'app/new.py:1 NAM006', 'app/new.py:2 NAM006']);
    assert.match(result.stderr, /pystandards: 4 findings on lines not changed since HEAD not shown\n/);
  });
  it('since an older revision, committed changes count too; lines only removed bring nothing', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/a.py': OLD });
    write(root, 'app/a.py', 'oldName = 1\notherOld = 2\ncommitted = 3\n\n\ndef old_function(x: int) -> None:\n    pass\n');
    git(root, 'commit', '-q', '-am', 'more');
    write(root, 'app/a.py', 'oldName = 1\ncommitted = 3\n\n\ndef old_function(x: int) -> None:\n    pass\n');
    assert.deepEqual(since(root, 'HEAD').found, []);
    assert.deepEqual(since(root, 'HEAD~1').found, ['app/a.py:2 NAM006']);
  });
  it('REV... compares with where the branch left REV, as a pull request does: what REV changed since is not reported', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/m.py': 'a = 1\nb = 2\nc = 3\n' });
    git(root, 'checkout', '-q', '-b', 'feature');
    write(root, 'app/m.py', 'a = 1\nbOld = 2\nc = 3\n');
    git(root, 'commit', '-q', '-am', 'feature');
    git(root, 'checkout', '-q', 'main');
    write(root, 'app/m.py', 'aMain = 1\nb = 2\nc = 3\n');
    git(root, 'commit', '-q', '-am', 'main moves on');
    git(root, 'checkout', '-q', 'feature');
    write(root, 'app/new.py', 'brandNew = 1\n');
    // Against main itself, the line main changed differs too (the branch still has `a = 1`).
    assert.deepEqual(since(root, 'main').found, ['app/m.py:1 NAM006', 'app/m.py:2 NAM006', 'app/new.py:1 NAM006']);
    const forked = since(root, 'main...');
    assert.deepEqual(forked.found, ['app/m.py:2 NAM006', 'app/new.py:1 NAM006']);
    assert.match(forked.stderr, /pystandards: 2 findings on lines not changed since main\.\.\. not shown\n/);
    git(root, 'checkout', '-q', '--orphan', 'unrelated');
    git(root, 'commit', '-q', '-m', 'no common history');
    const unrelated = since(root, 'main...');
    assert.equal(unrelated.status, 2);
    assert.match(unrelated.stderr, /^pystandards: error: --since: `main\.\.\.`: main and HEAD have no common ancestor in the repository at .+\n$/);
    assert.match(since(root, 'nope...').stderr, /--since: `nope` is not a commit of the repository at /);
  });
  it('a finding over several lines is reported when any of its lines changed (an import block)', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/a.py': 'import os\nimport sys\n\nprint(os, sys)\n' });
    write(root, 'app/a.py', 'import os\nimport sys\nimport abc\n\nprint(os, sys, abc)\n');
    assert.deepEqual(since(root, 'HEAD').found, ['app/a.py:1 IMP001']);
  });
  it('a renamed file counts only its changed lines; names with spaces and non-ASCII letters are read', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/old.py': OLD, 'app/my file.py': 'spaceName = 1\n', 'app/café.py': 'cafeName = 1\n' });
    git(root, 'mv', 'app/old.py', 'app/renamed.py');
    write(root, 'app/renamed.py', `${OLD}addedName = 1\n`);
    write(root, 'app/my file.py', 'spaceName = 1\nspaceTwo = 2\n');
    write(root, 'app/café.py', 'cafeName = 1\ncafeTwo = 2\n');
    assert.deepEqual(since(root, 'HEAD').found, ['app/café.py:2 NAM006', 'app/my file.py:2 NAM006', 'app/renamed.py:7 NAM006']);
  });
  it('project files are filtered the same way (ENV findings on pyproject.toml)', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT.replace('>=3.12', '>=3.9'), 'app/a.py': 'X = 1\n' });
    assert.deepEqual(since(root, 'HEAD').found, []);
    write(root, 'pyproject.toml', `# a comment\n${PYPROJECT.replace('>=3.12', '>=3.10')}`);
    assert.deepEqual(since(root, 'HEAD').found, ['pyproject.toml:4 ENV001']);
  });
  it('works from a subfolder and with bulk suppressions: suppressed findings stay hidden on changed lines', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/a.py': OLD });
    runCli(['check', '--suppress-all'], { cwd: root });
    write(root, 'app/a.py', 'oldName = 1\notherOld = 22\n\n\ndef old_function(x: int) -> None:\n    pass\n');
    assert.deepEqual(since(root, 'HEAD').found, []);
    const sub = runCli(['check', '--since', 'HEAD', '-q', '.'], { cwd: path.join(root, 'app'), env: GIT_ENV });
    assert.equal(sub.status, 0, sub.stdout + sub.stderr);
  });
  it('with nothing to report, a revision that is not a commit and a folder outside git still fail, before any suppressions file is written', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/clean.py': 'X = 1\n' });
    assert.equal(since(root, 'HEAD').status, 0);
    const unknown = since(root, 'no-such-branch');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^pystandards: error: --since: `no-such-branch` is not a commit of the repository at .+\n$/);
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    const file = since(root, 'HEAD', 'app/clean.py');
    assert.equal(file.stderr, `pystandards: error: ${path.join(root, 'app')}: --since needs a git repository, and this folder is not inside one\n`);
    const recording = since(root, 'HEAD', '--suppress-all');
    assert.equal(recording.status, 2);
    assert.equal(existsSync(path.join(root, 'pystandards-suppressions.json')), false);
  });
  it('a revision that is not a commit, a folder outside git, and stdin are clear errors, exit 2', () => {
    const root = repository({ 'pyproject.toml': PYPROJECT, 'app/a.py': OLD });
    const unknown = since(root, 'no-such-branch');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^pystandards: error: --since: `no-such-branch` is not a commit of the repository at .+\n$/);
    assert.match(runCli(['check', '--since=--output=x'], { cwd: root }).stderr, /--since expects a git revision, got `--output=x`/);
    rmSync(path.join(root, '.git'), { recursive: true, force: true });
    const outside = since(root, 'HEAD');
    assert.equal(outside.status, 2);
    assert.equal(outside.stderr, `pystandards: error: ${root}: --since needs a git repository, and this folder is not inside one\n`);
    const stdin = runCli(['check', '--since', 'HEAD', '-'], { cwd: root, input: 'X = 1\n' });
    assert.equal(stdin.status, 2);
    assert.match(stdin.stderr, /--since reads the changes of files on disk; it cannot be used with stdin/);
  });
});

describe('parseUnifiedDiff', () => {
  it('reads added and changed rows from -U0 hunks, by the new path; deleted files have none', () => {
    const diff = [
      'diff --git a/x.py b/x.py',
      '--- a/x.py',
      '+++ b/x.py',
      '@@ -1,0 +2,2 @@',
      '+a',
      '+b',
      '@@ -10 +12 @@',
      '-c',
      '+d',
      '@@ -20,3 +23,0 @@',
      'diff --git a/gone.py b/gone.py',
      '--- a/gone.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      'diff --git "a/tab\\there.py" "b/tab\\there.py"',
      '--- "a/tab\\there.py"',
      '+++ "b/tab\\there.py"',
      '@@ -0,0 +1 @@',
      '--- a/sp ace.py\t',
      '+++ b/sp ace.py\t',
      '@@ -3 +3 @@',
      '--- a/caf\\303\\251.py',
      '+++ "b/caf\\303\\251.py"',
      '@@ -1 +1,2 @@',
    ].join('\n');
    const changes = parseUnifiedDiff(diff);
    assert.deepEqual(
      [...changes].map(([file, rows]) => [file, rows === 'all' ? 'all' : [...rows]]),
      [
        ['x.py', [2, 3, 12]],
        ['tab\there.py', [1]],
        ['sp ace.py', [3]],
        ['café.py', [1, 2]],
      ],
    );
  });
});
