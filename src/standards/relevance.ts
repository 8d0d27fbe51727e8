// Offline, deterministic ranking of standards sections and rules for a task description.
import type { Rule } from '../linter/index.js';
import type { StandardsSection } from './types.js';

const STRONG = 3;
const WEAK = 1;
const RULE_WORD = 1;
const RULE_CODE = 5;

/** Words too common in task descriptions and rule summaries to say anything about a section. */
const STOPWORDS = new Set([
  'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'before', 'by', 'can', 'code',
  'disallow', 'do', 'does', 'each', 'enforce', 'every', 'for', 'from', 'has', 'have', 'how', 'i', 'if', 'in', 'into',
  'is', 'it', 'its', 'make', 'more', 'must', 'need', 'new', 'no', 'not', 'of', 'on', 'one', 'or', 'our', 'please',
  'python', 'require', 'should', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'this', 'to',
  'up', 'use', 'using', 'we', 'when', 'where', 'which', 'while', 'will', 'with', 'without', 'write', 'you', 'add',
]);

/** Lower-cases and strips common English endings, so `calls`/`call` and `missing`/`miss` meet. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase();
  if (/^\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(sses|shes|ches|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** The distinct normalized words of a text, without stopwords. */
export function words(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+(?:[._][a-z0-9]+)*/g)) {
    const token = match[0];
    const parts = token.includes('.') || token.includes('_') ? [token, ...token.split(/[._]/)] : [token];
    for (const part of parts) {
      if (part === '' || STOPWORDS.has(part)) continue;
      found.add(normalizeWord(part));
    }
  }
  return found;
}

/** Weight of each normalized word for one section: its own keywords, then its rules' words. */
function sectionWeights(section: StandardsSection): Map<string, number> {
  const weights = new Map<string, number>();
  const raise = (word: string, weight: number) => weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  for (const rule of section.rules) for (const word of ruleWords(rule)) raise(word, RULE_WORD);
  for (const phrase of section.keywords.weak) for (const word of words(phrase)) raise(word, WEAK);
  for (const phrase of section.keywords.strong) for (const word of words(phrase)) raise(word, STRONG);
  return weights;
}

function ruleWords(rule: Rule): Set<string> {
  return words(`${rule.name.replace(/-/g, ' ')} ${rule.docs.summary}`);
}

export interface RankedRule {
  readonly rule: Rule;
  readonly score: number;
}

export interface RankedSection {
  readonly section: StandardsSection;
  readonly score: number;
  /** The task's words that matched, in the order they appear in the task. */
  readonly matched: readonly string[];
  /** The section's rules, most relevant first (then catalog order). */
  readonly rules: readonly RankedRule[];
}

/**
 * Ranks `sections` for a task: a section scores the weights of the distinct task words it knows
 * (3 for its strong keywords, 1 for weak ones and for words of its rules, 5 for a rule code
 * named outright), plus its base score. Sections scoring 0 are left out; ties keep document order.
 */
export function rankSections(sections: readonly StandardsSection[], task: string): RankedSection[] {
  const taskWords = [...words(task)];
  const codes = new Set((task.toUpperCase().match(/\b[A-Z]{3}\d{3}\b/g) ?? []) as string[]);
  const ranked = sections.map((section, order) => {
    const weights = sectionWeights(section);
    const matched = taskWords.filter((word) => weights.has(word));
    const named = section.rules.filter((rule) => codes.has(rule.code));
    const score =
      (section.keywords.base ?? 0) +
      matched.reduce((sum, word) => sum + (weights.get(word) ?? 0), 0) +
      named.length * RULE_CODE;
    const rules = section.rules
      .map((rule) => {
        const own = ruleWords(rule);
        return { rule, score: taskWords.filter((word) => own.has(word)).length + (codes.has(rule.code) ? RULE_CODE : 0) };
      })
      .sort((a, b) => b.score - a.score || section.rules.indexOf(a.rule) - section.rules.indexOf(b.rule));
    return { section, score, matched: [...matched, ...named.map((rule) => rule.code)], rules, order };
  });
  return ranked
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}

/**
 * The ranked sections whose text is worth handing over whole: those the task names. Sections that
 * only apply to every change are then left to be read on demand; when the task names none, all are.
 */
export function namedSections(ranked: readonly RankedSection[]): RankedSection[] {
  const named = ranked.filter((entry) => entry.matched.length > 0);
  return named.length > 0 ? named : [...ranked];
}
