// Resolves `select` / `extend-select` / `ignore` into the set of enabled rules.
import { ConfigError } from '../config/index.js';
import type { Rule } from '../linter/index.js';

/** Rule selectors given on the command line, which take precedence over the configuration. */
export interface SelectionOverrides {
  readonly select?: readonly string[] | undefined;
  readonly extendSelect?: readonly string[] | undefined;
  readonly ignore?: readonly string[] | undefined;
}

interface SelectionInput {
  readonly select: readonly string[] | undefined;
  readonly extendSelect: readonly string[];
  readonly ignore: readonly string[];
}

/**
 * The rules a selector names, and how specific it is: `ALL` (0) < a prefix such as `NAM` (its
 * length) < a full code or a "≈" code such as `N801` (exact, most specific).
 */
export function matchSelector(selector: string, rules: readonly Rule[]): { rules: Rule[]; specificity: number } | undefined {
  const wanted = selector.trim().toUpperCase();
  if (wanted === 'ALL') return { rules: [...rules], specificity: 0 };
  const exact = rules.filter((rule) => rule.code === wanted || rule.equivalents.includes(wanted));
  if (exact.length > 0) return { rules: exact, specificity: 100 };
  const prefixed = rules.filter((rule) => rule.code.startsWith(wanted));
  return prefixed.length > 0 && wanted.length > 0 ? { rules: prefixed, specificity: wanted.length } : undefined;
}

/** Throws a ConfigError naming the first selector that matches no rule. */
export function assertKnownSelectors(selectors: readonly string[], rules: readonly Rule[], origin: string): void {
  for (const selector of selectors) {
    if (!matchSelector(selector, rules)) throw new ConfigError(`unknown rule code or prefix \`${selector}\` in ${origin}`);
  }
}

/**
 * Enabled rules: the defaults (or `select`), plus `extend-select`, minus `ignore`. When a rule is
 * both selected and ignored, the more specific selector wins; at equal specificity, ignore wins.
 */
export function selectRules(rules: readonly Rule[], input: SelectionInput, overrides: SelectionOverrides = {}): Rule[] {
  const select = overrides.select ?? input.select;
  const extendSelect = [...input.extendSelect, ...(overrides.extendSelect ?? [])];
  const ignore = [...input.ignore, ...(overrides.ignore ?? [])];
  const selectSpecificity = new Map<Rule, number>();
  const ignoreSpecificity = new Map<Rule, number>();
  const mark = (selectors: readonly string[], into: Map<Rule, number>): void => {
    for (const selector of selectors) {
      const match = matchSelector(selector, rules);
      if (!match) throw new ConfigError(`unknown rule code or prefix \`${selector}\``);
      for (const rule of match.rules) into.set(rule, Math.max(into.get(rule) ?? -1, match.specificity));
    }
  };
  if (select) mark(select, selectSpecificity);
  else for (const rule of rules) if (rule.defaultEnabled) selectSpecificity.set(rule, 0);
  mark(extendSelect, selectSpecificity);
  mark(ignore, ignoreSpecificity);
  return rules.filter((rule) => {
    const selected = selectSpecificity.get(rule);
    if (selected === undefined) return false;
    const ignored = ignoreSpecificity.get(rule);
    return ignored === undefined || selected > ignored;
  });
}
