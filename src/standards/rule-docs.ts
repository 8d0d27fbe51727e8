// Renders a rule's documentation page (markdown) from its metadata: `explain`, docs/rules, MCP.
import { SECTION_OPTIONS, type OptionSpec } from '../config/index.js';
import { SECTIONS, type Rule } from '../linter/index.js';

/** How a rule's fix is applied, in words for listings: `none`, `safe`, `unsafe` or `safe/unsafe`. */
export function fixKind(rule: Rule): string {
  if (rule.fixAvailability === 'never') return 'none';
  return rule.fixApplicability ?? 'safe';
}

/** The option spec behind a documented key such as `naming.ignore-names`. */
export function optionSpec(key: string): OptionSpec | undefined {
  const dot = key.indexOf('.');
  const table = (SECTION_OPTIONS as Record<string, Record<string, OptionSpec>>)[key.slice(0, dot)];
  return table?.[key.slice(dot + 1)];
}

/** The full markdown page of a rule. */
export function renderRuleDoc(rule: Rule, options: { generatedNote?: string } = {}): string {
  const { docs } = rule;
  const equivalents = rule.equivalents.length > 0 ? rule.equivalents.map((c) => `\`${c}\``).join(', ') : 'none';
  const lines = [
    `# ${rule.code}: ${rule.name}`,
    '',
    ...(options.generatedNote ? [`<!-- ${options.generatedNote} -->`, ''] : []),
    `${docs.summary}`,
    '',
    `| Section | Default | Fix | Same as |`,
    `|---|---|---|---|`,
    `| ${SECTIONS[rule.section]} | ${rule.defaultEnabled ? 'on' : 'off'} | ${fixKind(rule)} | ${equivalents} |`,
    '',
    '## What it does',
    '',
    docs.what,
    '',
    '## Why it matters',
    '',
    docs.why,
    '',
    '## Example',
    '',
    '```python',
    docs.bad.trimEnd(),
    '```',
    '',
    'Use instead:',
    '',
    '```python',
    docs.good.trimEnd(),
    '```',
    '',
  ];
  if (docs.fixSafety) lines.push('## Fix safety', '', docs.fixSafety, '');
  if (docs.options && docs.options.length > 0) {
    lines.push('## Options', '');
    for (const key of docs.options) {
      const spec = optionSpec(key);
      const table = key.slice(0, key.indexOf('.'));
      lines.push(`- \`${key}\` (in \`[tool.pystandards.${table}]\`)${spec ? `: ${spec.description}` : ''}`);
    }
    lines.push('');
  }
  if (docs.comparison) lines.push('## Compared with other tools', '', docs.comparison, '');
  lines.push('## Suppressing it', '');
  const noqaCodes = [rule.code, ...rule.equivalents].map((c) => `\`# noqa: ${c}\``).join(', ');
  lines.push(
    rule.code === 'SYN001'
      ? 'Syntax errors cannot be suppressed.'
      : `Add ${noqaCodes} at the end of the reported line, or list \`${rule.code}\` under \`ignore\` or \`per-file-ignores\` in \`[tool.pystandards]\`.`,
    '',
  );
  return `${lines.join('\n')}`;
}
