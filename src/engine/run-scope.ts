// What a run covered, for the steps after it (bulk suppressions, --since): the files checked, the
// projects whose files the project rules read, and which codes were on for each file.
import path from 'node:path';
import type { Settings } from '../config/index.js';
import type { RuleSet } from './rule-set.js';
import type { SettingsResolver } from './settings-resolver.js';

/** The files and codes a run judged: a suppression for anything else is neither used nor unused. */
export class RunScope {
  /** Enabled codes by settings, then by the file's ignored codes (most files of a project share one set). */
  private readonly codes = new Map<Settings, Map<string, ReadonlySet<string>>>();
  private readonly checkedFiles: ReadonlySet<string>;

  constructor(
    /** Python files checked (absolute paths), in the run's order. */
    readonly files: readonly string[],
    /** Roots of the projects whose files (pyproject.toml, …) the project rules read. */
    readonly projectRoots: readonly string[],
    /** The paths the run was given, absolute (for stdin: the file it stands for). */
    readonly given: readonly string[],
    private readonly resolver: SettingsResolver,
    private readonly ruleSet: RuleSet,
  ) {
    this.checkedFiles = new Set(files);
  }

  /** Settings that govern the file at `absolutePath`. */
  settingsFor(absolutePath: string): Settings {
    return this.resolver.forPath(absolutePath);
  }

  /** Settings that govern the files of the folder at `absolutePath`. */
  settingsForFolder(absolutePath: string): Settings {
    return this.resolver.forPath(absolutePath, true);
  }

  /** True when the run checked this Python file, or this file belongs to a project whose files the project rules read. */
  covers(absolutePath: string): boolean {
    if (this.checkedFiles.has(absolutePath)) return true;
    if (isPython(absolutePath)) return false;
    return this.projectRoots.some((root) => isInside(absolutePath, root));
  }

  /** True when a missing file at `absolutePath` would have been checked: it lies under a path the run was given. */
  wouldCover(absolutePath: string): boolean {
    return this.given.some((given) => absolutePath === given || isInside(absolutePath, given));
  }

  /** The codes enabled for the file at `absolutePath`: its project's selection, less its per-file ignores. */
  enabledCodes(absolutePath: string): ReadonlySet<string> {
    const settings = this.settingsFor(absolutePath);
    const ignored = this.ruleSet.ignoredCodes(settings, absolutePath);
    let bySettings = this.codes.get(settings);
    if (!bySettings) {
      bySettings = new Map();
      this.codes.set(settings, bySettings);
    }
    const key = [...ignored].sort().join(',');
    let codes = bySettings.get(key);
    if (!codes) {
      codes = new Set(this.ruleSet.rulesFor(settings).map((rule) => rule.code).filter((code) => !ignored.has(code)));
      bySettings.set(key, codes);
    }
    return codes;
  }
}

function isPython(file: string): boolean {
  return file.endsWith('.py') || file.endsWith('.pyi');
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
