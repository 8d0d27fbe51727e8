// Short markdown for editors: a rule with the text of the standards section it enforces, and what a noqa comment's codes mean.
import { SECTIONS, ruleUrl, type Rule } from '../linter/index.js';
import { RULES } from '../rules/index.js';
import { partForRuleSection, type StandardsLibrary } from './library.js';
import { fixKind } from './rule-docs.js';

/** The tools other codes come from, by code prefix (longest prefix first), as Ruff groups its rules. */
const FOREIGN_ORIGINS: readonly (readonly [prefix: string, origin: string])[] = [
  ['ASYNC', 'flake8-async'],
  ['ANN', 'flake8-annotations'],
  ['BLE', 'flake8-blind-except'],
  ['TRY', 'tryceratops'],
  ['UP', 'pyupgrade'],
  ['E', 'pycodestyle'],
  ['S', 'flake8-bandit'],
  ['B', 'flake8-bugbear'],
  ['I', 'isort'],
  ['N', 'pep8-naming'],
];

/** The tool a Ruff / flake8 code belongs to (`N801` → pep8-naming). */
export function foreignOrigin(code: string): string | undefined {
  return FOREIGN_ORIGINS.find(([prefix]) => code.startsWith(prefix) && /^[0-9]+$/.test(code.slice(prefix.length)))?.[1];
}

/** The rule a code names: one of ours, or a Ruff / flake8 code that `# noqa` accepts for it. */
export function ruleForCode(code: string, rules: readonly Rule[] = RULES): Rule | undefined {
  const wanted = code.toUpperCase();
  return rules.find((rule) => rule.code === wanted) ?? rules.find((rule) => rule.equivalents.includes(wanted));
}

/**
 * A rule's explanation and the guidance of the standards section it enforces, for a hover on its
 * finding: summary, what it flags, why, its fix, the codes `# noqa` also accepts, and the section.
 */
export function ruleHoverMarkdown(rule: Rule, library: StandardsLibrary, message?: string): string {
  const { docs } = rule;
  const fix = fixKind(rule);
  const lines = [`**${rule.code}** · \`${rule.name}\` · ${SECTIONS[rule.section]}`, ''];
  if (message) lines.push(message, '');
  lines.push(docs.summary, '', docs.what, '', `**Why it matters.** ${docs.why}`, '');
  if (fix !== 'none') lines.push(`**Fix:** ${fix}.${docs.fixSafety ? ` ${docs.fixSafety}` : ''}`, '');
  if (rule.equivalents.length > 0) lines.push(`**Same as:** ${rule.equivalents.map((code) => `\`${code}\`${originNote(code)}`).join(', ')}`, '');
  lines.push(`[${rule.code} documentation](${ruleUrl(rule.code)})`);
  const section = library.section(partForRuleSection(rule.section));
  if (section) lines.push('', '---', '', `**From the standards: ${section.title}**`, '', section.guidance);
  return lines.join('\n');
}

/**
 * What a noqa comment does, code by code: ours, the Ruff / flake8 codes it maps to ours, and codes
 * pystandards does not know (which it ignores, and another tool may read).
 */
export function noqaHoverMarkdown(scope: 'line' | 'file', codes: 'all' | readonly string[], rules: readonly Rule[] = RULES): string {
  const where = scope === 'file' ? 'in this file' : 'on this line';
  if (codes === 'all') return `**noqa**: suppresses every pystandards finding ${where} (and, for Ruff and flake8, theirs).`;
  const lines = [`**noqa**: suppresses these findings ${where}:`, ''];
  for (const code of codes) {
    const rule = ruleForCode(code, rules);
    if (!rule) {
      const origin = foreignOrigin(code);
      lines.push(`- \`${code}\`: not a pystandards code${origin ? ` (a ${origin} code with no pystandards rule)` : ''}; pystandards ignores it, other tools may read it`);
    } else if (rule.code === code) {
      const same = rule.equivalents.length > 0 ? `; Ruff / flake8: ${rule.equivalents.map((c) => `\`${c}\``).join(', ')}` : '';
      lines.push(`- \`${code}\` · \`${rule.name}\` (${SECTIONS[rule.section]}${same}): ${rule.docs.summary}`);
    } else {
      lines.push(`- \`${code}\`${originNote(code)}: read by pystandards as **${rule.code}** · \`${rule.name}\` (${SECTIONS[rule.section]}): ${rule.docs.summary}`);
    }
  }
  return lines.join('\n');
}

function originNote(code: string): string {
  const origin = foreignOrigin(code);
  return origin ? ` (${origin}, in Ruff and flake8)` : '';
}
