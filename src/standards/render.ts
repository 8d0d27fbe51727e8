// Markdown of the standards: parts, their examples and the rules that check them, from rule metadata.
import path from 'node:path';
import type { Rule } from '../linter/index.js';
import { fixKind } from './rule-docs.js';
import type { BuiltInPart, StandardExample } from './types.js';

/** The URI of a rule's documentation page on the MCP server. */
export function ruleUri(code: string): string {
  return `rules://${code}`;
}

/** The fence language for a file an example stands for. */
function fenceLanguage(filename: string | undefined): string {
  if (!filename) return 'python';
  const extension = path.extname(filename);
  if (extension === '.py' || extension === '.pyi') return 'python';
  if (extension === '.toml') return 'toml';
  if (extension === '.cfg' || extension === '.ini') return 'ini';
  return 'text';
}

function fenced(code: string, language: string): string {
  return ['```' + language, code.trimEnd(), '```'].join('\n');
}

/** The part's examples; a bad one names the codes it gets, as far as this build has those rules. */
export function renderExamples(examples: readonly StandardExample[], registered: ReadonlySet<string>): string {
  const blocks = examples.map((example) => {
    const codes = example.codes.filter((code) => registered.has(code));
    const verdict =
      example.kind === 'good'
        ? 'Good'
        : codes.length > 0
          ? `Bad: pystandards reports ${codes.map((code) => `\`${code}\``).join(', ')}`
          : 'Bad';
    return [`**${example.title}** (${verdict}; \`${example.filename}\`)`, '', fenced(example.code, example.language)].join('\n');
  });
  return blocks.join('\n\n');
}

function renderRule(rule: Rule): string {
  const { docs } = rule;
  const flags = `${rule.defaultEnabled ? 'On by default' : 'Off by default (opt in with `extend-select`)'}; fix: ${fixKind(rule)}; full page: \`${ruleUri(rule.code)}\``;
  return [
    `#### ${rule.code} · ${rule.name}`,
    '',
    docs.summary,
    '',
    docs.why,
    '',
    'Flagged:',
    '',
    fenced(docs.bad, fenceLanguage(docs.filenames?.bad)),
    '',
    'Instead:',
    '',
    fenced(docs.good, fenceLanguage(docs.filenames?.good)),
    '',
    flags,
  ].join('\n');
}

/** The "rules pystandards checks" block of a section, generated from the registry. */
export function renderRuleList(rules: readonly Rule[]): string {
  if (rules.length === 0) return '### Rules pystandards checks\n\nThis build of pystandards has no rules for this section.';
  const table = [
    '| Code | Rule | Default | Fix |',
    '|---|---|---|---|',
    ...rules.map((rule) => `| ${rule.code} | ${rule.docs.summary} | ${rule.defaultEnabled ? 'on' : 'off'} | ${fixKind(rule)} |`),
  ].join('\n');
  return ['### Rules pystandards checks', '', table, '', rules.map(renderRule).join('\n\n')].join('\n');
}

/** A built-in part: heading, summary, guidance, examples and its rules. */
export function renderBuiltInPart(part: BuiltInPart, rules: readonly Rule[], registered: ReadonlySet<string>): string {
  const sections = [`## ${part.title}`, `*${part.summary}*`, part.body.trim()];
  if (part.examples.length > 0) sections.push(`### Examples\n\n${renderExamples(part.examples, registered)}`);
  sections.push(renderRuleList(rules));
  return `${sections.join('\n\n')}\n`;
}
