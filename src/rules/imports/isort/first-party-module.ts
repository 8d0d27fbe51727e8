// Which imported modules may be the project's own: the import rules' first-party and local
// sections (relative imports, `src` roots, the file's own package, `known-first-party`). Calls
// into the standard library and third-party packages are not followed, so summaries stay small.
import type { Settings } from '../../../config/index.js';
import type { SourceFile } from '../../../syntax/index.js';
import { categorize } from './categorize.js';
import { isortSettings, type IsortSettings } from './isort-settings.js';

/** Answers for one file, each top-level module decided once. */
export class FirstPartyModules {
  private readonly answers = new Map<string, boolean>();
  private readonly isort: IsortSettings;

  constructor(
    private readonly source: SourceFile,
    settings: Settings,
  ) {
    this.isort = isortSettings(settings);
  }

  /** True when `qualifiedName` (`app.db.fetch`, `.db.fetch`) lies in a module the project may define. */
  has(qualifiedName: string): boolean {
    if (qualifiedName.startsWith('.')) return true;
    const dot = qualifiedName.indexOf('.');
    const top = dot < 0 ? qualifiedName : qualifiedName.slice(0, dot);
    let answer = this.answers.get(top);
    if (answer === undefined) {
      const section = categorize({ moduleName: top, isRelative: false, file: this.source.absolutePath }, this.isort);
      answer = section === 'first-party' || section === 'local-folder';
      this.answers.set(top, answer);
    }
    return answer;
  }
}

const perFile = new WeakMap<SourceFile, FirstPartyModules>();

/** `FirstPartyModules.has` for the file being checked (one instance per file). */
export function isFirstPartyModule(qualifiedName: string, source: SourceFile, settings: Settings): boolean {
  let modules = perFile.get(source);
  if (!modules) {
    modules = new FirstPartyModules(source, settings);
    perFile.set(source, modules);
  }
  return modules.has(qualifiedName);
}
