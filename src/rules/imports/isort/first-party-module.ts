// Which imported modules may be the project's own: the import rules' first-party and local
// sections (relative imports, `src` roots, the file's own package, `known-first-party`). Calls
// into the standard library and third-party packages are not followed, so summaries stay small.
import type { Settings } from '../../../config/index.js';
import type { SourceFile } from '../../../syntax/index.js';
import { categorize } from './categorize.js';
import { isortSettings } from './isort-settings.js';

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
  const isort = isortSettings(settings);
  let answer = known.get(top);
  if (answer === undefined) {
    const section = categorize({ moduleName: top, isRelative: false, file: undefined }, isort);
    answer = section === 'first-party' || section === 'local-folder';
    known.set(top, answer);
  }
  // The file's own package (`detect-same-package`) is the one answer that depends on the file.
  if (answer || !isort.detectSamePackage || source.absolutePath === undefined) return answer;
  return isort.locator.packageRootName(source.absolutePath) === top && categorize({ moduleName: top, isRelative: false, file: source.absolutePath }, isort) === 'first-party';
}
