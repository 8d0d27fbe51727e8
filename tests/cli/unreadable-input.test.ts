// Paths that are not regular files (a link to /dev/zero, a FIFO, a socket, a device), endless stdin,
// and folders and files a normal user cannot read: each is an error naming it, the rest is checked,
// and the summary never says "All checks passed" for what was not checked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { normalUser, runCli, tempProject, type NormalUser } from '../harness/cli.js';

const CLEAN = 'def get_customer(customer_id: int) -> int:\n    return customer_id\n';
const BAD = 'class customer_service:\n    pass\n';
/** Long enough for any check here; only reached if reading blocks, which is the bug these tests guard against. */
const HANG_GUARD_MS = 60_000;

function listen(socketPath: string): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(socketPath, () => resolve(server));
  });
}

describe('explicit paths that are not regular files', () => {
  it('a link to /dev/zero, a FIFO, a socket and /dev/null are each refused by name; the other files are checked; exit 2', async () => {
    const root = tempProject({ 'bad.py': BAD, 'clean.py': CLEAN });
    symlinkSync('/dev/zero', path.join(root, 'zero.py'));
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    const server = await listen(path.join(root, 'socket.py'));
    try {
      const result = runCli(['check', '--no-cache', 'zero.py', 'pipe.py', 'socket.py', '/dev/null', 'bad.py', 'clean.py'], { cwd: root, killAfterMs: HANG_GUARD_MS });
      assert.equal(result.status, 2, result.stderr);
      assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
        'pystandards: error: cannot read /dev/null: not a regular file',
        'pystandards: error: cannot read pipe.py: not a regular file',
        'pystandards: error: cannot read socket.py: not a regular file',
        'pystandards: error: cannot read zero.py: not a regular file',
      ]);
      assert.match(result.stdout, /^bad\.py:1:7: NAM002 /);
      assert.match(result.stdout, /\nFound 1 finding in 2 files \(4 paths were not checked\)\.\n/);
    } finally {
      server.close();
    }
  });

  it('--fix refuses them the same way and fixes nothing through them', () => {
    const root = tempProject({ 'clean.py': CLEAN });
    execFileSync('mkfifo', [path.join(root, 'pipe.py')]);
    const result = runCli(['check', '--no-cache', '--fix', 'pipe.py', 'clean.py'], { cwd: root, killAfterMs: HANG_GUARD_MS });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stderr, 'pystandards: error: cannot read pipe.py: not a regular file\n');
    assert.equal(readFileSync(path.join(root, 'clean.py'), 'utf8'), CLEAN);
  });

  it('stdin that never ends is read no further than max-file-size and reported', () => {
    const root = tempProject({ 'pyproject.toml': '[tool.pystandards]\nmax-file-size = 4096\n' });
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = runCli(['check', '-', '--stdin-filename', 'app.py'], { cwd: root, input: zero, killAfterMs: HANG_GUARD_MS });
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stderr, 'pystandards: error: app.py was not checked: it is over max-file-size (4096 bytes); exclude it, or raise max-file-size in [tool.pystandards]\n');
      assert.equal(result.stdout, 'No findings, but 1 path was not checked (0 files checked).\n');
    } finally {
      closeSync(zero);
    }
  });

  it('a pyproject.toml that is a FIFO is a configuration error naming it, not a hang', () => {
    const root = tempProject({ 'app.py': CLEAN });
    execFileSync('mkfifo', [path.join(root, 'pyproject.toml')]);
    const result = runCli(['check', '--no-cache', '.'], { cwd: root, killAfterMs: HANG_GUARD_MS });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^pystandards: error: .*pyproject\.toml: cannot read configuration: not a regular file\n$/);
  });
});

/** The project the permission tests share, open to `user`: locked/ and app/hidden.py are not. */
function lockedProject(user: NormalUser | undefined): string {
  const root = tempProject({ 'app/bad.py': BAD, 'app/clean.py': CLEAN, 'app/hidden.py': BAD, 'locked/inner.py': BAD });
  chmodSync(root, 0o777);
  if (user) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, root]);
  chmodSync(path.join(root, 'locked'), 0o000);
  chmodSync(path.join(root, 'app', 'hidden.py'), 0o000);
  return root;
}

const asUser = normalUser();
const skipPermissions = typeof asUser === 'string' ? asUser : false;
const user = typeof asUser === 'string' ? undefined : asUser;

describe('folders and files a normal user cannot read', { skip: skipPermissions }, () => {
  it('each is an error naming it, the readable files are checked, and only they are counted', () => {
    const root = lockedProject(user);
    const result = runCli(['check', '--no-cache', '.'], { cwd: root, user });
    assert.equal(result.status, 2, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
      'pystandards: error: cannot read app/hidden.py: EACCES',
      'pystandards: error: cannot read folder locked: EACCES',
    ]);
    assert.match(result.stdout, /\nFound 1 finding in 2 files \(2 paths were not checked\)\.\n/);
  });

  it('a run that could read nothing exits 2 and never says "All checks passed"', () => {
    const root = lockedProject(user);
    const cases: [string[], string][] = [
      [['check', '--no-cache', 'locked'], 'No findings, but 1 path was not checked (0 files checked).\n'],
      [['check', '--no-cache', '--output-format', 'concise', 'locked'], 'No findings.\n1 path was not checked.\n'],
      [['check', '--no-cache', '--output-format', 'json', 'locked'], '[]\n'],
    ];
    for (const [args, stdout] of cases) {
      const result = runCli(args, { cwd: root, user });
      assert.deepEqual([result.status, result.stdout, result.stderr], [2, stdout, 'pystandards: error: cannot read folder locked: EACCES\n'], args.join(' '));
    }
  });

  it('a recorded suppression of a file that cannot be read now is kept by --prune-suppressions', () => {
    const root = lockedProject(user);
    const suppressions = path.join(root, 'pystandards-suppressions.json');
    const recorded = `${JSON.stringify({ 'app/hidden.py': { NAM002: { count: 1 } }, 'locked/inner.py': { NAM002: { count: 1 } } }, null, 2)}\n`;
    writeFileSync(suppressions, recorded);
    chmodSync(suppressions, 0o666);
    const result = runCli(['check', '--no-cache', '--prune-suppressions', '.'], { cwd: root, user });
    assert.equal(result.status, 2, result.stderr);
    assert.equal(readFileSync(suppressions, 'utf8'), recorded);
  });
});
