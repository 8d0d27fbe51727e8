// check_changes and the bulk suppressions file through the MCP server over stdio, in a real git
// repository made here: the same answers the CLI gives (`check --since`, pystandards-suppressions.json).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client } from '@modelcontextprotocol/client';
import { runCli } from '../harness/cli.js';
import { connectStdio } from '../harness/mcp.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1' };

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' });
}

function write(root: string, name: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
  writeFileSync(path.join(root, name), content);
}

interface Result {
  readonly data: Record<string, unknown>;
  readonly text: string;
  readonly isError: boolean;
}

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Result> {
  const result = await client.callTool({ name, arguments: args });
  const first = result.content[0];
  return { data: (result.structuredContent ?? {}) as Record<string, unknown>, text: first?.type === 'text' ? first.text : '', isError: result.isError === true };
}

const codesAt = (data: Record<string, unknown>): string[] => (data.findings as { filename: string; line: number; code: string }[]).map((f) => `${f.filename}:${f.line} ${f.code}`);

describe('MCP check_changes and suppressions (stdio)', { timeout: 120_000 }, () => {
  let base: string;
  let repo: string;
  let plain: string;
  let client: Client;
  let plainClient: Client;

  before(async () => {
    base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pystandards-mcp-git-')));
    repo = path.join(base, 'repo');
    plain = path.join(base, 'plain');
    write(repo, 'pyproject.toml', PYPROJECT);
    write(repo, 'app/a.py', 'oldName = 1\notherOld = 2\n');
    write(repo, 'app/b.py', 'X = 1\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'start');
    write(plain, 'pyproject.toml', PYPROJECT);
    write(plain, 'app/c.py', 'cName = 1\n');
    client = await connectStdio('modern', ['--root', repo]);
    plainClient = await connectStdio('legacy', ['--root', plain]);
  });
  after(async () => {
    await client.close();
    await plainClient.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('check_changes reports only findings on lines changed since HEAD (staged, unstaged, untracked)', async () => {
    write(repo, 'app/a.py', 'oldName = 1\notherOld = 2\nnewName = 3\n');
    write(repo, 'app/new.py', 'brandNew = 1\n');
    const { data, isError } = await call(client, 'check_changes', {});
    assert.equal(isError, false);
    assert.equal(data.since, 'HEAD');
    assert.deepEqual(codesAt(data), ['app/a.py:3 NAM006', 'app/new.py:1 NAM006']);
    assert.equal(data.outside_changes, 2);
    assert.equal(data.passed, false);
    assert.equal(data.files_checked, 3);
  });
  it('check_changes takes a revision and paths, and gives the same answer as check --since', async () => {
    const { data } = await call(client, 'check_changes', { since: 'HEAD', paths: ['app/new.py'] });
    assert.deepEqual(codesAt(data), ['app/new.py:1 NAM006']);
    const cli = runCli(['check', '--since', 'HEAD', '--output-format', 'json'], { cwd: repo, env: GIT_ENV });
    const fromCli = (JSON.parse(cli.stdout) as { filename: string; location: { row: number }; code: string }[]).map((f) => `${path.relative(repo, f.filename)}:${f.location.row} ${f.code}`);
    const all = await call(client, 'check_changes', {});
    assert.deepEqual(codesAt(all.data), fromCli);
  });
  it('check_changes refuses a revision git does not know, and one that looks like an option', async () => {
    const unknown = await call(client, 'check_changes', { since: 'no-such-branch' });
    assert.equal(unknown.isError, true);
    assert.match(unknown.text, /--since: `no-such-branch` is not a commit of the repository at /);
    const option = await call(client, 'check_changes', { since: '--output=/tmp/x' });
    assert.equal(option.isError, true);
  });
  it('check_changes outside a git repository is a clear error', async () => {
    const { isError, text } = await call(plainClient, 'check_changes', {});
    assert.equal(isError, true);
    assert.match(text, /--since needs a git repository, and this folder is not inside one/);
  });
  it('check_files applies the project\'s suppressions file and lists entries no longer needed', async () => {
    assert.equal(runCli(['check', '--suppress-all'], { cwd: plain }).status, 0);
    const suppressed = await call(plainClient, 'check_files', { paths: ['app'] });
    assert.equal(suppressed.isError, false);
    assert.deepEqual([suppressed.data.passed, suppressed.data.suppressed, suppressed.data.unused_suppressions], [true, 1, []]);
    write(plain, 'app/c.py', 'C_NAME = 1\n');
    const unused = await call(plainClient, 'check_files', { paths: ['app'] });
    assert.deepEqual(unused.data.unused_suppressions, [{ file: path.join(plain, 'pystandards-suppressions.json'), path: 'app/c.py', code: 'NAM006', count: 1 }]);
  });
  it('a corrupt suppressions file is an error naming it', async () => {
    write(plain, 'pystandards-suppressions.json', '{"app/c.py": ');
    const { isError, text } = await call(plainClient, 'check_files', { paths: ['app'] });
    assert.equal(isError, true);
    assert.ok(text.includes(`${path.join(plain, 'pystandards-suppressions.json')}: not a suppressions file: invalid JSON`), text);
  });
});
