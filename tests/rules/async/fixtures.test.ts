// The async fixtures report exactly what their `# error: [rule-name]` markers say.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintSource } from '../../../src/linter/index.js';
import { RULES } from '../../../src/rules/index.js';
import { parseSource } from '../../../src/syntax/index.js';
import { repoPath } from '../../harness/paths.js';
import { settingsWith } from '../../harness/settings.js';

const FOLDER = repoPath('tests', 'fixtures', 'async');
const ASYNC_RULES = RULES.filter((rule) => rule.section === 'async');
const MARKER = /# error: ((?:\[[a-z0-9-]+\]\s*)+)$/;

function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split('\n').forEach((line, index) => {
    const names = MARKER.exec(line)?.[1]?.match(/[a-z0-9-]+/g) ?? [];
    for (const name of names) expected.push(`${index + 1} ${name}`);
  });
  return expected;
}

describe('async fixtures', () => {
  for (const file of readdirSync(FOLDER).filter((name) => name.endsWith('.py')).sort()) {
    it(file, () => {
      const text = readFileSync(`${FOLDER}/${file}`, 'utf8');
      const source = parseSource(file, text);
      const result = lintSource(source, settingsWith(), ASYNC_RULES);
      assert.deepEqual(result.internalErrors, []);
      const actual = result.diagnostics.map((d) => `${source.lines.location(d.start).row} ${d.rule}`);
      assert.deepEqual(actual.sort(), expectedFindings(text).sort());
    });
  }
});
