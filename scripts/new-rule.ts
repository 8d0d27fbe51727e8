// Scaffolds a rule: its source file, its table test and its registry entry.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SECTION_FOLDERS } from '../src/rules/index.js';

// Sections a new rule may join (syntax holds only the engine's own SYN001).
const FOLDERS: Record<string, string> = Object.fromEntries(Object.entries(SECTION_FOLDERS).filter(([section]) => section !== 'syntax'));

const FILE_BODY = `  create(context) {
    return {
      module(node) {
        void node;
        void context;
      },
    };
  },
`;

/** Environment rules check a project (src/project), not a syntax tree. */
const PROJECT_BODY = `  checkProject({ project, report }) {
    void project;
    void report;
  },
`;

function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const IMPORT_ANCHOR = "import type { Rule } from '../linter/index.js';\n";
const LIST_ANCHOR = 'export const RULES: readonly Rule[] = ([\n';

/** The registry source with an import and a list entry for the rule `name` in `folder`. */
export function registerRule(registry: string, name: string, folder: string): string {
  if (!registry.includes(IMPORT_ANCHOR) || !registry.includes(LIST_ANCHOR)) {
    throw new Error('src/rules/index.ts no longer has the lines the scaffold anchors on; update scripts/new-rule.ts');
  }
  return registry
    .replace(IMPORT_ANCHOR, `${IMPORT_ANCHOR}import ${camel(name)} from './${folder}/${name}.js';\n`)
    .replace(LIST_ANCHOR, `${LIST_ANCHOR}  ${camel(name)},\n`);
}

function main(): void {
  const { values } = parseArgs({ options: { code: { type: 'string' }, name: { type: 'string' }, section: { type: 'string' } } });
  const { code, name, section } = values;
  if (!code || !/^[A-Z]{3}\d{3}$/.test(code) || !name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) || !section || !FOLDERS[section]) {
    console.error('usage: npm run new-rule -- --code NAM009 --name kebab-case-name --section ' + Object.keys(FOLDERS).join('|'));
    process.exitCode = 2;
    return;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const folder = FOLDERS[section] as string;
  const ruleFile = path.join(root, 'src', 'rules', folder, `${name}.ts`);
  const testFile = path.join(root, 'tests', 'rules', folder, `${name}.test.ts`);
  if (existsSync(ruleFile)) {
    console.error(`${path.relative(root, ruleFile)} already exists`);
    process.exitCode = 2;
    return;
  }
  mkdirSync(path.dirname(ruleFile), { recursive: true });
  mkdirSync(path.dirname(testFile), { recursive: true });
  writeFileSync(
    ruleFile,
    `// ${code}: TODO one line saying what the rule flags.
import { defineRule } from '../../linter/index.js';

export default defineRule({
  code: '${code}',
  name: '${name}',
  section: '${section}',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    problem: 'TODO what is wrong with \`{{name}}\`',
  },
  docs: {
    summary: 'Disallow TODO.',
    what: 'TODO what the rule flags, precisely.',
    why: 'TODO why it matters, with the section of the standards it enforces.',
    bad: 'TODO = 1\\n',
    good: 'TODO = 1\\n',
  },
${section === 'environment' ? PROJECT_BODY : FILE_BODY}});
`,
  );
  const tester = section === 'environment' ? ['testProjectRule', 'project-tester'] : ['testRule', 'rule-tester'];
  writeFileSync(
    testFile,
    `import rule from '../../../src/rules/${folder}/${name}.js';
import { ${tester[0]} } from '../../harness/${tester[1]}.js';

${tester[0]}(rule, {
  valid: [],
  invalid: [],
});
`,
  );
  const registry = path.join(root, 'src', 'rules', 'index.ts');
  writeFileSync(registry, registerRule(readFileSync(registry, 'utf8'), name, folder));
  console.log(`created ${path.relative(root, ruleFile)} and ${path.relative(root, testFile)}; registered in src/rules/index.ts`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
