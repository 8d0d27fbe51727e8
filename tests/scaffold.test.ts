import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { registerRule } from '../scripts/new-rule.js';
import { repoPath } from './harness/paths.js';

describe('npm run new-rule', () => {
  it('registers the rule in the real registry: one import and one list entry', () => {
    const registry = readFileSync(repoPath('src', 'rules', 'index.ts'), 'utf8');
    const updated = registerRule(registry, 'sample-rule', 'naming');
    assert.equal(updated.split("import sampleRule from './naming/sample-rule.js';").length, 2);
    assert.match(updated, /export const RULES: readonly Rule\[\] = \(\[\n {2}sampleRule,\n/);
  });
});
