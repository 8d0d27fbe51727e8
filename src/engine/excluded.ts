// Whether the configuration excludes a file that an editor opened: `exclude` and `extend-exclude`, as a run's walk applies them.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Settings } from '../config/index.js';

const matchers = new WeakMap<Settings, Ignore>();

/**
 * True when the file, or a folder on its way down from the project root, matches the exclude
 * patterns: the file would never be reached by `check` on the project. A file outside the project
 * root is matched by its name, as the walk matches one. Git-ignored files are not excluded here:
 * an editor that opens one still wants it checked, as `check` does a file named on its command line.
 */
export function isExcludedByConfig(settings: Settings, absolutePath: string): boolean {
  let matcher = matchers.get(settings);
  if (!matcher) {
    matcher = ignore().add([...settings.exclude, ...settings.extendExclude]);
    matchers.set(settings, matcher);
  }
  const relative = path.relative(settings.projectRoot, absolutePath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return matcher.ignores(path.basename(absolutePath));
  const parts = relative.split(path.sep);
  for (let depth = 1; depth < parts.length; depth++) {
    if (matcher.ignores(`${parts.slice(0, depth).join('/')}/`)) return true;
  }
  return matcher.ignores(parts.join('/'));
}
