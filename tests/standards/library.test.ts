// The standards library: built-in parts rendered from rule metadata, selection, hashes, team sections.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError } from '../../src/config/index.js';
import { RULES } from '../../src/rules/index.js';
import { StandardsLibrary, partForRuleSection } from '../../src/standards/library.js';
import { parseTeamSection, sectionIdFromFile } from '../../src/standards/team.js';
import { repoPath } from '../harness/paths.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const builtIn = new StandardsLibrary();

const temporary: string[] = [];
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'pystandards-team-'));
  temporary.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}
after(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

describe('built-in standards', () => {
  it('has one part per section of the standards document, in its order', () => {
    assert.deepEqual(
      builtIn.sections.map((s) => [s.id, s.title, s.origin]),
      [
        ['overview', 'Overview', 'built-in'],
        ['environment', 'Environment', 'built-in'],
        ['imports', 'Import Ordering', 'built-in'],
        ['type_hints', 'Type Hints', 'built-in'],
        ['async', 'Async Patterns', 'built-in'],
        ['errors', 'Error Handling', 'built-in'],
        ['naming', 'Naming Conventions', 'built-in'],
      ],
    );
  });
  it('lists every registered rule in exactly one section, generated from its metadata', () => {
    for (const rule of RULES) {
      const holders = builtIn.sections.filter((s) => s.markdown.includes(`#### ${rule.code} · ${rule.name}`));
      assert.deepEqual(holders.map((s) => s.id), [partForRuleSection(rule.section)], rule.code);
      const holder = holders[0];
      assert.ok(holder?.markdown.includes(rule.docs.summary) && holder.markdown.includes(rule.docs.bad.trimEnd()), rule.code);
    }
    assert.deepEqual(builtIn.section('overview')?.rules.map((r) => r.code), ['SYN001']);
  });
  it('names the codes of a bad example only when this build has the rule', () => {
    const errors = builtIn.section('errors')?.markdown ?? '';
    assert.match(errors, /\*\*An exception class named like an ordinary class\*\* \(Bad: pystandards reports `ERR004`; `customer_errors.py`\)/);
    const withoutRules = new StandardsLibrary({ rules: [] });
    assert.match(withoutRules.section('errors')?.markdown ?? '', /\*\*An exception class named like an ordinary class\*\* \(Bad; `customer_errors.py`\)/);
    assert.match(withoutRules.section('naming')?.markdown ?? '', /This build of pystandards has no rules for this section\./);
  });
  it('selects all, python, one section (any case), and nothing else', () => {
    assert.equal(builtIn.select('all')?.length, 7);
    assert.deepEqual(builtIn.select('python')?.map((s) => s.id), ['environment', 'imports', 'type_hints', 'async', 'errors', 'naming']);
    assert.deepEqual(builtIn.select(' Async ')?.map((s) => s.id), ['async']);
    assert.equal(builtIn.select('fastapi'), undefined);
    assert.deepEqual(builtIn.selectors, ['all', 'python', 'overview', 'environment', 'imports', 'type_hints', 'async', 'errors', 'naming']);
  });
  it('hashes the whole document and each section', () => {
    assert.equal(builtIn.sha256, sha256(builtIn.markdown));
    assert.match(builtIn.markdown, /^# Python Backend Standards\n\nVersion 1\.0\.0\. Sections: Overview, Environment, /);
    const index = builtIn.index();
    assert.equal(index.sha256, builtIn.sha256);
    for (const entry of index.sections) assert.equal(entry.sha256, sha256(builtIn.section(entry.id)?.markdown ?? ''), entry.id);
    assert.equal(new StandardsLibrary().sha256, builtIn.sha256, 'deterministic');
  });
});

describe('team standards', () => {
  it('adds each markdown file of the folder as a section after the built-in ones', () => {
    const library = new StandardsLibrary({ teamDir: repoPath('tests', 'fixtures', 'standards') });
    assert.deepEqual(library.sections.slice(7).map((s) => [s.id, s.title, s.origin]), [
      ['python_backend_standards', 'Python Backend Standards', 'team'],
      ['rules', 'Rule catalog — what pystandards enforces', 'team'],
    ]);
    const added = library.section('python_backend_standards');
    assert.match(added?.markdown ?? '', /^## Python Backend Standards\n\n\*\*Version:\*\* 1\.0\.0\n/);
    assert.match(added?.markdown ?? '', /\n### Async Patterns\n/);
    assert.match(added?.markdown ?? '', /\n# 1\. Standard library\n/, 'comments inside code blocks are not headings');
    assert.equal(added?.summary, '**Version:** 1.0.0 **Source:** Enhanced Context MCP');
    assert.notEqual(library.sha256, builtIn.sha256);
    assert.equal(library.select('python')?.length, 6, 'team additions are not part of "python"');
  });
  it('replaces the text of a built-in section and keeps its rules', () => {
    const library = new StandardsLibrary({ teamDir: folderWith({ 'Async.md': '# How we do async\n\nWe use trio.\n' }) });
    const section = library.section('async');
    assert.equal(section?.origin, 'team-replaced');
    assert.equal(section?.title, 'How we do async');
    assert.equal(section?.summary, 'We use trio.');
    assert.match(section?.markdown ?? '', /^## How we do async\n\nWe use trio\.\n\n### Rules pystandards checks\n/);
    assert.deepEqual(section?.examples, []);
    assert.equal(library.sections.length, 7);
  });
  it('gives a file without a heading one made from its name', () => {
    assert.equal(parseTeamSection('code_review', 'Review every pull request.\n', 'x.md').markdown, '## Code Review\n\nReview every pull request.\n');
    assert.equal(parseTeamSection('deep', '### Only\n\n#### Deeper\n', 'x.md').markdown, '## Only\n\n### Deeper\n');
  });
  it('makes section ids from file names', () => {
    assert.equal(sectionIdFromFile('Type-Hints.md'), 'type_hints');
    assert.equal(sectionIdFromFile('security & auth.md'), 'security_auth');
    assert.equal(sectionIdFromFile('2024.md'), undefined);
  });
  it('rejects reserved names, clashing names and missing folders with a ConfigError', () => {
    assert.throws(() => new StandardsLibrary({ teamDir: folderWith({ 'all.md': '# All\n' }) }), (e: Error) => e instanceof ConfigError && /`all` is reserved/.test(e.message));
    assert.throws(() => new StandardsLibrary({ teamDir: folderWith({ 'api-rules.md': '#\n', 'api_rules.md': '#\n' }) }), (e: Error) => e instanceof ConfigError && /already defined/.test(e.message));
    assert.throws(() => new StandardsLibrary({ teamDir: folderWith({ '-.md': '' }) }), ConfigError);
    const missing = path.join(os.tmpdir(), 'pystandards-no-such-folder');
    assert.throws(() => new StandardsLibrary({ teamDir: missing }), (e: Error) => e instanceof ConfigError && /cannot read the standards folder/.test(e.message));
  });
  it('reads only markdown files, not folders', () => {
    const folder = folderWith({ 'testing.md': '# Testing\n', 'notes.txt': 'x' });
    mkdirSync(path.join(folder, 'drafts.md'));
    assert.deepEqual(new StandardsLibrary({ teamDir: folder }).sections.slice(7).map((s) => s.id), ['testing']);
  });
});
