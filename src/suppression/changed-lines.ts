// `--since REV`: the lines added or changed since a git revision — the work tree against REV (staged
// and unstaged changes alike, as `git diff REV` shows them) plus every untracked file, whole.
// `REV...` compares with the commit where HEAD's history left REV's (`git merge-base REV HEAD`), as a
// pull request's diff does: what REV gained since then is not a change of this branch.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/index.js';

/** The rows (1-based) of one file that changed: every row for a new file. */
export type ChangedRows = 'all' | ReadonlySet<number>;

/** The changes of every repository the run's files live in, looked up by file. */
export class ChangedLines {
  private readonly repositories = new Map<string, ReadonlyMap<string, ChangedRows>>();
  private readonly topLevels = new Map<string, string>();

  constructor(readonly revision: string) {
    if (revision.trim() === '' || revision === '...' || revision.startsWith('-')) throw new ConfigError(`--since expects a git revision, got \`${revision}\``);
  }

  /**
   * Reads the changes of the repository holding the path the run was given (a file or a folder), so
   * that a path outside git or a revision git does not know is an error even when nothing is found.
   */
  requireRepository(absolutePath: string): void {
    const real = realPath(absolutePath);
    this.changesIn(this.topLevelOf(isFolder(real) ? real : path.dirname(real)));
  }

  /** The changed rows of the file at `absolutePath`; undefined when it has none (unchanged, or only lines removed). */
  rowsOf(absolutePath: string): ChangedRows | undefined {
    const real = realPath(absolutePath);
    const top = this.topLevelOf(path.dirname(real));
    return this.changesIn(top).get(path.relative(top, real).split(path.sep).join('/'));
  }

  private topLevelOf(folder: string): string {
    const known = this.topLevels.get(folder);
    if (known) return known;
    let top: string;
    try {
      top = git(folder, ['rev-parse', '--show-toplevel']).trim();
    } catch {
      throw new ConfigError('--since needs a git repository, and this folder is not inside one', folder);
    }
    top = realPath(top);
    this.topLevels.set(folder, top);
    return top;
  }

  private changesIn(top: string): ReadonlyMap<string, ChangedRows> {
    let changes = this.repositories.get(top);
    if (!changes) {
      changes = readChanges(top, this.revision);
      this.repositories.set(top, changes);
    }
    return changes;
  }
}

/** Runs git in `cwd` with fixed settings: no pager, no colour, no external diff, paths unquoted where git allows. */
function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_PAGER: 'cat', GIT_EXTERNAL_DIFF: '', LC_ALL: 'C' },
  });
}

/** The commit to compare the work tree with: the revision itself, or with `REV...` its merge base with HEAD. */
function baseCommit(top: string, revision: string): string {
  const sinceForkOf = revision.endsWith('...') ? revision.slice(0, -3) : undefined;
  const named = sinceForkOf ?? revision;
  let commit: string;
  try {
    commit = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${named}^{commit}`]).trim();
  } catch {
    throw new ConfigError(`--since: \`${named}\` is not a commit of the repository at ${top}`);
  }
  if (sinceForkOf === undefined) return commit;
  try {
    return git(top, ['merge-base', commit, 'HEAD']).trim();
  } catch {
    throw new ConfigError(`--since: \`${revision}\`: ${named} and HEAD have no common ancestor in the repository at ${top}`);
  }
}

function readChanges(top: string, revision: string): Map<string, ChangedRows> {
  const base = baseCommit(top, revision);
  const diff = git(top, ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--unified=0', '--src-prefix=a/', '--dst-prefix=b/', base, '--']);
  const changes = parseUnifiedDiff(diff);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const file of untracked.split('\0')) if (file) changes.set(file, 'all');
  return changes;
}

/**
 * The added and changed rows of each file in a zero-context unified diff (`git diff -U0`), keyed by
 * the new path. A hunk `@@ -a,b +c,d @@` changed rows c … c+d-1; a file removed has no rows.
 */
export function parseUnifiedDiff(diff: string): Map<string, ChangedRows> {
  const changes = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      const name = unquote(target).replace(/^b\//, '');
      current = changes.get(name) ?? new Set();
      changes.set(name, current);
      continue;
    }
    if (!current || !line.startsWith('@@ ')) continue;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk) continue;
    const start = Number(hunk[1]);
    const length = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let row = start; row < start + length; row++) current.add(row);
  }
  return changes;
}

/** A path as git prints it: C-style quoted ("a\\tb", octal escapes for other bytes) when it holds unusual characters. */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] as string;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The real path of a file, or of its nearest existing folder joined with the rest (a file the run reports but git has not seen). */
function realPath(file: string): string {
  if (existsSync(file)) return realpathSync(file);
  const parent = path.dirname(file);
  if (parent === file) return file;
  return path.join(realPath(parent), path.basename(file));
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
