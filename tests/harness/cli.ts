// Runs the built CLI as a user would, in temporary project folders.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI } from './paths.js';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Stdin's content, or a file descriptor to read it from (`openSync('/dev/zero')`). */
  readonly input?: string | Buffer | number;
  readonly env?: Record<string, string>;
  /** Run as this user (see `normalUser`). */
  readonly user?: NormalUser;
  /** Kill the CLI after this long: a guard that keeps a hang from stalling the suite, not a measurement. */
  readonly killAfterMs?: number;
}

/** Runs `pystandards ...args` in `cwd`, with optional stdin. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const fromFd = typeof options.input === 'number';
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    ...(fromFd ? { stdio: [options.input as number, 'pipe', 'pipe'] } : { input: options.input as string | Buffer | undefined }),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    ...(options.user && { uid: options.user.uid, gid: options.user.gid }),
    ...(options.killAfterMs !== undefined && { timeout: options.killAfterMs }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user without root's power over file permissions, for tests of unreadable files. */
export interface NormalUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * How to run the CLI as a normal user: as ourselves when we are one (undefined), else as
 * `nobody`. A string says why that cannot be done (the test is then skipped with it).
 */
export function normalUser(): NormalUser | undefined | string {
  if (process.getuid?.() !== 0) return undefined;
  let user: NormalUser;
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim()));
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) return 'running as root, and there is no user `nobody` to drop to';
    user = { uid: uid as number, gid: gid as number };
  } catch {
    return 'running as root, and there is no user `nobody` to drop to';
  }
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(CLI)}, require('node:fs').constants.R_OK)`], { uid: user.uid, gid: user.gid });
  if (probe.status !== 0) return `running as root, and \`nobody\` cannot run ${process.execPath} on ${CLI}`;
  return user;
}

/** Creates a temporary folder holding `files` (path → content); returns its path. */
export function tempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pystandards-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}
