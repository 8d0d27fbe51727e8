// Per-settings caches: the enabled rules and the compiled per-file-ignores.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Settings } from '../config/index.js';
import type { Rule } from '../linter/index.js';
import { RULES } from '../rules/index.js';
import { matchSelector, selectRules, type SelectionOverrides } from './selection.js';

interface PerFileIgnore {
  readonly matcher: Ignore;
  readonly codes: ReadonlySet<string>;
}

/** The rules to run and the per-file ignores, for every project of one run. */
export class RuleSet {
  private readonly enabled = new Map<Settings, readonly Rule[]>();
  private readonly perFile = new Map<Settings, readonly PerFileIgnore[]>();

  constructor(
    private readonly overrides: SelectionOverrides = {},
    private readonly registry: readonly Rule[] = RULES,
  ) {}

  /** Rules enabled for a project's settings, after command-line overrides. */
  rulesFor(settings: Settings): readonly Rule[] {
    let rules = this.enabled.get(settings);
    if (!rules) {
      rules = selectRules(this.registry, settings, this.overrides);
      this.enabled.set(settings, rules);
    }
    return rules;
  }

  /** Codes that `per-file-ignores` switches off for the file at `absolutePath`. */
  ignoredCodes(settings: Settings, absolutePath: string): ReadonlySet<string> {
    let entries = this.perFile.get(settings);
    if (!entries) {
      entries = Object.entries(settings.perFileIgnores).map(([pattern, selectors]) => ({
        matcher: ignore().add(pattern),
        codes: new Set(selectors.flatMap((s) => matchSelector(s, this.registry)?.rules.map((r) => r.code) ?? [])),
      }));
      this.perFile.set(settings, entries);
    }
    if (entries.length === 0) return EMPTY;
    const relative = path.relative(settings.projectRoot, absolutePath);
    const candidate = (relative && !relative.startsWith('..') ? relative : path.basename(absolutePath)).split(path.sep).join('/');
    const codes = new Set<string>();
    for (const entry of entries) if (entry.matcher.ignores(candidate)) for (const code of entry.codes) codes.add(code);
    return codes;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
