// Gitignore rules: `.gitignore` files from the repository root down, plus `.git/info/exclude`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRegularText } from '../regular-file.js';

interface IgnoreFile {
  readonly base: string;
  readonly matcher: Ignore;
}

/** Answers "does git ignore this path?" for paths inside the folders it has been shown. */
export class GitIgnore {
  private readonly files = new Map<string, IgnoreFile | null>();
  private readonly chains = new Map<string, IgnoreFile[]>();

  private readonly ignoredRoots = new Map<string, boolean>();

  /**
   * True when the nearest deciding pattern (deepest file, last line) ignores `absolutePath`.
   * `walkRoot` is the folder the user named: when git ignores that folder itself, the ignore
   * files above it are set aside, so an explicitly named folder is always checked.
   */
  isIgnored(absolutePath: string, isDirectory: boolean, walkRoot?: string): boolean {
    const skipAbove = walkRoot !== undefined && this.isIgnoredRoot(walkRoot) ? walkRoot : undefined;
    let ignored = false;
    for (const file of this.filesFor(path.dirname(absolutePath))) {
      if (skipAbove !== undefined && isStrictAncestor(file.base, skipAbove)) continue;
      const relative = path.relative(file.base, absolutePath).split(path.sep).join('/');
      if (!relative || relative.startsWith('..')) continue;
      const result = file.matcher.test(isDirectory ? `${relative}/` : relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private isIgnoredRoot(root: string): boolean {
    let ignored = this.ignoredRoots.get(root);
    if (ignored === undefined) {
      ignored = path.dirname(root) !== root && this.isIgnored(root, true);
      this.ignoredRoots.set(root, ignored);
    }
    return ignored;
  }

  /** Ignore files that apply to entries of `directory`, outermost first. */
  private filesFor(directory: string): IgnoreFile[] {
    const cached = this.chains.get(directory);
    if (cached) return cached;
    const files = this.collect(directory);
    this.chains.set(directory, files);
    return files;
  }

  private collect(directory: string): IgnoreFile[] {
    const chain: string[] = [];
    let root: string | undefined;
    for (let dir = directory; ; dir = path.dirname(dir)) {
      chain.unshift(dir);
      if (existsSync(path.join(dir, '.git'))) {
        root = dir;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    if (!root) return [];
    const result: IgnoreFile[] = [];
    const exclude = this.load(path.join(root, '.git', 'info', 'exclude'), root);
    if (exclude) result.push(exclude);
    for (const dir of chain) {
      const file = this.load(path.join(dir, '.gitignore'), dir);
      if (file) result.push(file);
    }
    return result;
  }

  private load(file: string, base: string): IgnoreFile | null {
    const cached = this.files.get(file);
    if (cached !== undefined) return cached;
    const text = readRegularText(file).text;
    const loaded: IgnoreFile | null = text === undefined ? null : { base, matcher: ignore().add(text) };
    this.files.set(file, loaded);
    return loaded;
  }
}

function isStrictAncestor(ancestor: string, descendant: string): boolean {
  const relative = path.relative(ancestor, descendant);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
