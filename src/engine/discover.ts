// Finds the Python files to check: walks folders, honours excludes and .gitignore, never loops,
// and tells which folders and entries it could not read.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigError, type Settings } from '../config/index.js';
import { GitIgnore } from './gitignore.js';
import type { SettingsResolver } from './settings-resolver.js';
import { compareOrdinal } from '../compare.js';

/** A file to check, as the user will see it named. */
export interface DiscoveredFile {
  /** Path for display: relative to the working folder when inside it. */
  readonly path: string;
  readonly absolutePath: string;
}

/** A folder (or an entry of one) that discovery could not read: whatever Python files it holds go unchecked. */
export interface UnreadablePath {
  /** Path for display, as DiscoveredFile's. */
  readonly path: string;
  /** The errno code: EACCES, EPERM, EIO, … */
  readonly reason: string;
  /** A folder that could not be listed or entered (else an entry that could not be looked at). */
  readonly folder: boolean;
}

/** The files to check, and what could not be looked into. */
export interface Discovery {
  readonly files: DiscoveredFile[];
  readonly unreadable: UnreadablePath[];
}

const PYTHON_EXTENSIONS = new Set(['.py', '.pyi']);

/**
 * Expands `paths` into Python files, sorted. Files named explicitly are always checked; folders
 * are walked recursively, skipping excluded and git-ignored entries. A missing path is a
 * ConfigError (exit 2) naming it. A folder that cannot be listed or entered, and an entry that
 * cannot be looked at, are listed as unreadable (a dangling link is not: it holds nothing). With
 * `confineTo`, only files whose real path (symlinks resolved) lies inside one of those folders
 * are returned; a given path outside them is a ConfigError, and links leading out of them are
 * skipped.
 */
export function discoverFiles(
  paths: readonly string[],
  resolver: SettingsResolver,
  cwd = process.cwd(),
  confineTo?: readonly string[],
): Discovery {
  const gitignore = new GitIgnore();
  const allowed = confineTo?.map(realFolder);
  const isAllowed = (real: string): boolean => !allowed || allowed.some((root) => isInside(real, root));
  const excludes = new Map<Settings, Ignore>();
  const found = new Map<string, DiscoveredFile>();
  const visitedDirectories = new Set<string>();
  const unreadable = new Map<string, UnreadablePath>();
  const cannotRead = (absolute: string, error: unknown, folder: boolean): void => {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    if (reason !== 'ENOENT' && !unreadable.has(absolute)) unreadable.set(absolute, { path: displayPath(absolute, cwd), reason, folder });
  };

  let walkRoot = cwd;
  const isExcluded = (absolute: string, isDirectory: boolean, settings: Settings): boolean => {
    let matcher = excludes.get(settings);
    if (!matcher) {
      matcher = ignore().add([...settings.exclude, ...settings.extendExclude]);
      excludes.set(settings, matcher);
    }
    const relative = path.relative(settings.projectRoot, absolute);
    const candidate = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.basename(absolute);
    const posix = candidate.split(path.sep).join('/');
    if (matcher.ignores(isDirectory ? `${posix}/` : posix)) return true;
    return settings.respectGitignore && gitignore.isIgnored(absolute, isDirectory, walkRoot);
  };

  const add = (absolute: string): void => {
    if (found.has(absolute)) return;
    if (allowed && !isAllowed(realPathOrSelf(absolute))) return;
    found.set(absolute, { path: displayPath(absolute, cwd), absolutePath: absolute });
  };

  const walk = (directory: string): void => {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(directory);
      if (visitedDirectories.has(real) || !isAllowed(real)) return;
      visitedDirectories.add(real);
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => compareOrdinal(a.name, b.name));
    } catch (error) {
      cannotRead(directory, error, true);
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(absolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // What it leads to is unknown: it counts unless excluded as a file or as a folder.
          const settings = resolver.forPath(absolute);
          if (!isExcluded(absolute, false, settings) && !isExcluded(absolute, true, settings)) cannotRead(absolute, error, false);
          continue;
        }
      }
      if (isDirectory) {
        if (!isExcluded(absolute, true, resolver.forPath(absolute, true))) walk(absolute);
      } else if (isFile && PYTHON_EXTENSIONS.has(path.extname(entry.name))) {
        if (!isExcluded(absolute, false, resolver.forPath(absolute))) add(absolute);
      }
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError(`path does not exist: ${given}`);
      cannotRead(absolute, error, false);
      continue;
    }
    if (allowed && !isAllowed(realPathOrSelf(absolute))) throw new ConfigError(`path is outside the allowed folders: ${given}`);
    walkRoot = absolute;
    if (stats.isDirectory()) walk(absolute);
    else add(absolute);
  }
  const byPath = (a: { path: string }, b: { path: string }): number => compareOrdinal(a.path, b.path);
  return { files: [...found.values()].sort(byPath), unreadable: [...unreadable.values()].sort(byPath) };
}

/** `path` relative to `cwd` when it lies inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/** The real path of a folder (symlinks resolved), or the resolved path when it cannot be read. */
function realFolder(folder: string): string {
  return realPathOrSelf(path.resolve(folder));
}

function realPathOrSelf(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** Whether `candidate` is `folder` or lies below it (both real, absolute paths). */
export function isInside(candidate: string, folder: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
