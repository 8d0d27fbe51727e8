// Renders a rule's documentation page (markdown) from its metadata: `explain`, docs/rules, MCP.
import { SECTION_OPTIONS, type OptionSpec } from '../config/index.js';
import { SECTIONS, type Rule } from '../linter/index.js';

/**
 * The small project that project rules' examples are checked in (tests/docs.test.ts): the
 * example file is written over it, so the `bad` file gives exactly one finding and `good` none.
 */
export const EXAMPLE_PROJECT: Readonly<Record<string, string>> = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  'pyproject.toml': '[project]\nname = "customer-service"\nversion = "0.3.0"\nrequires-python = ">=3.12"\n',
  'requirements.txt': 'fastapi>=0.110\n',
  '.gitignore': '__pycache__/\n.venv/\n',
  '.venv/pyvenv.cfg': 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.3\n',
  'src/main.py': 'APP_NAME = "customer-service"\n',
};

const EXAMPLE_PROJECT_NOTE =
  'Each example is one file of a small project — a git work tree with a `pyproject.toml` declaring ' +
  '`requires-python = ">=3.12"`, a `requirements.txt`, a virtual environment in `.venv/` and a `.gitignore` ' +
  'listing it — and replaces that project\'s own file of the same name.';

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
    ...(rule.checkProject ? [EXAMPLE_PROJECT_NOTE, ''] : []),
    ...example(rule, docs.bad, docs.filenames?.bad),
    'Use instead:',
    '',
    ...example(rule, docs.good, docs.filenames?.good),
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
  lines.push(suppression(rule, noqaCodes), '');
  return `${lines.join('\n')}`;
}

function suppression(rule: Rule, noqaCodes: string): string {
  if (rule.code === 'SYN001') return 'Syntax errors cannot be suppressed.';
  if (rule.checkProject) {
    return (
      `List \`${rule.code}\` under \`ignore\` in \`[tool.pystandards]\`, or under \`per-file-ignores\` with the path ` +
      `(relative to the project root) of the file it is reported on. Project files take no \`# noqa\` comments` +
      (rule.create ? `; a finding on a Python file does: add \`# noqa: ${rule.code}\` at the end of the reported line.` : '.')
    );
  }
  return (
    `Add ${noqaCodes} at the end of the reported line, \`# pystandards: noqa: ${rule.code}\` on a line of its own for the ` +
    `whole file, or list \`${rule.code}\` under \`ignore\` or \`per-file-ignores\` in \`[tool.pystandards]\`.`
  );
}

/** A code block of an example; a project rule's example names the project file it shows. */
function example(rule: Rule, code: string, filename: string | undefined): string[] {
  const block = [`\`\`\`${rule.checkProject ? fenceLanguage(filename ?? '') : 'python'}`, code.trimEnd(), '```', ''];
  return rule.checkProject && filename ? [`In \`${filename}\`:`, '', ...block] : block;
}

/** The markdown code-block language for a project file. */
function fenceLanguage(filename: string): string {
  if (/\.pyi?$/.test(filename)) return 'python';
  if (/\.(toml|lock)$/.test(filename) || filename === 'Pipfile') return 'toml';
  if (/\.ya?ml$/.test(filename)) return 'yaml';
  if (/\.(cfg|ini)$/.test(filename)) return 'ini';
  return 'text';
}
