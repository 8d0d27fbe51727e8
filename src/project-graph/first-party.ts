// Which imported modules may be the project's own: the import rules' first-party and local
// sections (relative imports, `src` roots, the file's own package, `known-first-party`). Calls
// into the standard library and third-party packages are not followed, so summaries stay small.
import type { Settings } from '../config/index.js';
import type { SourceFile } from '../syntax/index.js';
import { categorize } from '../rules/imports/isort/categorize.js';
import { isortSettings } from '../rules/imports/isort/isort-settings.js';

const answers = new WeakMap<Settings, Map<string, boolean>>();

/** True when `qualifiedName` (`app.db.fetch`, `.db.fetch`) lies in a module the project may define. */
export function isFirstPartyModule(qualifiedName: string, source: SourceFile, settings: Settings): boolean {
  if (qualifiedName.startsWith('.')) return true;
  const top = qualifiedName.split('.', 1)[0] ?? '';
  let known = answers.get(settings);
  if (!known) {
    known = new Map();
    answers.set(settings, known);
  }
  // The same-package test depends on the file; the rest on the settings alone.
  const key = `${top}\u0000${source.absolutePath ?? ''}`;
  let answer = known.get(key);
  if (answer === undefined) {
    const section = categorize({ moduleName: top, isRelative: false, file: source.absolutePath }, isortSettings(settings));
    answer = section === 'first-party' || section === 'local-folder';
    known.set(key, answer);
  }
  return answer;
}
