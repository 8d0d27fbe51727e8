import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineRule, lintSource } from '../../src/linter/index.js';
import { parseSource } from '../../src/syntax/index.js';
import { settingsWith } from '../harness/settings.js';

function probe(appliesTo?: (text: string) => boolean) {
  const seen: string[] = [];
  const rule = defineRule({
    code: 'NAM999',
    name: 'probe',
    section: 'naming',
    defaultEnabled: true,
    fixAvailability: 'never',
    equivalents: [],
    messages: { seen: '{{type}}' },
    docs: { summary: 'Enforce nothing.', what: '', why: '', bad: '', good: '' },
    ...(appliesTo && { appliesTo: (source) => appliesTo(source.text) }),
    create: () => ({
      call: (node) => void seen.push(`call ${node.text}`),
      'function_definition:exit': (node) => void seen.push(`exit ${node.childForFieldName('name')?.text}`),
      module: () => void seen.push('module'),
    }),
  });
  return { rule, seen };
}

describe('lintSource dispatch', () => {
  it('calls listeners in document order, exits after the subtree', () => {
    const { rule, seen } = probe();
    lintSource(parseSource('x.py', 'def f():\n    g()\nh()\n'), settingsWith(), [rule]);
    assert.deepEqual(seen, ['module', 'call g()', 'exit f', 'call h()']);
  });
  it('a rule that does not apply to a file registers nothing for it', () => {
    const { rule, seen } = probe((text) => text.includes('async'));
    lintSource(parseSource('x.py', 'def f():\n    g()\n'), settingsWith(), [rule]);
    assert.deepEqual(seen, []);
  });
});
