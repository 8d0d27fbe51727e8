// Docs are tests: examples behave, metadata is complete, the registry matches the catalog,
// and the generated pages are up to date.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SECTION_OPTIONS } from '../src/config/index.js';
import { lintSource, type Rule } from '../src/linter/index.js';
import { RULES, SECTION_FOLDERS } from '../src/rules/index.js';
import { EXAMPLE_PROJECT, fixKind, optionSpec } from '../src/standards/rule-docs.js';
import { parseSource } from '../src/syntax/index.js';
import { driftedDocs } from '../scripts/generate-docs.js';
import { REPO_ROOT, repoPath } from './harness/paths.js';
import { runProjectRule, writeProject } from './harness/project-tester.js';
import { settingsWith } from './harness/settings.js';

interface CatalogEntry {
  readonly code: string;
  readonly default: boolean;
  readonly fix: 'safe' | 'unsafe' | null;
}
const catalog = (JSON.parse(readFileSync(repoPath('tests', 'fixtures', 'catalog.json'), 'utf8')) as { rules: CatalogEntry[] }).rules;

const FOLDERS = SECTION_FOLDERS;

/** Messages of the rule for an example: a Python file, or for a project rule one file of EXAMPLE_PROJECT. */
function diagnosticsOf(rule: Rule, code: string, filename: string | undefined): string[] {
  if (rule.checkProject) {
    assert.ok(filename, 'a project rule names the file its examples show (docs.filenames)');
    const root = writeProject({ ...EXAMPLE_PROJECT, [filename]: code });
    try {
      return runProjectRule(rule, root).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const source = parseSource(filename ?? 'example.py', code);
  return lintSource(source, settingsWith(), [rule]).diagnostics.filter((d) => d.code === rule.code).map((d) => d.message);
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    describe(`${rule.code} ${rule.name}`, () => {
      it('bad example gives exactly one diagnostic of the rule', () => {
        const found = diagnosticsOf(rule, rule.docs.bad, rule.docs.filenames?.bad);
        assert.equal(found.length, 1, `got: ${found.join('; ') || 'nothing'}`);
      });
      it('good example gives none', () => {
        assert.deepEqual(diagnosticsOf(rule, rule.docs.good, rule.docs.filenames?.good), []);
      });
      it('checks either files or projects, in the section that matches', () => {
        // SYN001 is run by the engine itself; ENV001 also reads each file's PEP 723 `# /// script` block.
        const exception = rule.code === 'SYN001' || rule.code === 'ENV001';
        assert.ok(Boolean(rule.create) !== Boolean(rule.checkProject) || exception, 'a rule has create or checkProject');
        assert.equal(Boolean(rule.checkProject), rule.section === 'environment');
      });
      it('summary starts with Disallow, Require or Enforce and ends with a period', () => {
        assert.match(rule.docs.summary, /^(Disallow|Require|Enforce) .+\.$/);
      });
      it('lives in src/rules/<section>/<name>.ts', () => {
        assert.ok(existsSync(repoPath('src', 'rules', FOLDERS[rule.section], `${rule.name}.ts`)));
        assert.match(rule.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      });
      it('documents fix safety when it fixes', () => {
        if (rule.fixAvailability !== 'never') assert.ok(rule.docs.fixSafety, 'fixable rules explain their fix safety');
      });
      it('documents only options that exist', () => {
        for (const key of rule.docs.options ?? []) assert.ok(optionSpec(key), `unknown option ${key}`);
      });
    });
  }
});

describe('registry', () => {
  it('codes and names are unique', () => {
    assert.equal(new Set(RULES.map((r) => r.code)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
  });
  it('every registered rule is in the catalog with its default and fix kind', () => {
    for (const rule of RULES) {
      const entry = catalog.find((c) => c.code === rule.code);
      assert.ok(entry, `${rule.code} is not in RULES.md`);
      assert.equal(rule.defaultEnabled, entry.default, `${rule.code} default`);
      assert.equal(fixKind(rule), entry.fix ?? 'none', `${rule.code} fix kind`);
    }
  });
  it('every option table is a known section', () => {
    assert.deepEqual(Object.keys(SECTION_OPTIONS).sort(), Object.values(FOLDERS).filter((f) => f !== 'syntax').sort());
  });
});

describe('generated files', () => {
  it('docs/rules and the README table match the rule metadata (npm run docs)', () => {
    assert.deepEqual(driftedDocs(REPO_ROOT), []);
  });
});
