// The standards' own error-handling example: passes as written; the two edits the standards warn against are caught.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintSource } from '../../../src/linter/index.js';
import { RULES } from '../../../src/rules/index.js';
import { parseSource } from '../../../src/syntax/index.js';
import { repoPath } from '../../harness/paths.js';
import { settingsWith } from '../../harness/settings.js';

const DOCUMENT = readFileSync(repoPath('tests', 'fixtures', 'standards', 'python-backend-standards.md'), 'utf8');

/** The first python code block of the "## Error Handling" section. */
function errorHandlingExample(): string {
  const section = DOCUMENT.slice(DOCUMENT.indexOf('## Error Handling'));
  const start = section.indexOf('```python\n') + '```python\n'.length;
  return section.slice(start, section.indexOf('```', start));
}

function errorFindings(code: string): string[] {
  const rules = RULES.filter((rule) => rule.section === 'errors' && rule.defaultEnabled);
  return lintSource(parseSource('example.py', code), settingsWith(), rules).diagnostics.map(
    (d) => `${d.code}:${parseSource('example.py', code).lines.location(d.start).row}`,
  );
}

describe('the standards error-handling example', () => {
  const example = errorHandlingExample();

  it('is the example we expect', () => {
    assert.match(example, /logger\.warning\(f"Customer lookup failed: \{e\}"\)\n/);
    assert.match(example, /detail="Customer not found"/);
  });

  it('passes every default error-handling rule unchanged', () => {
    assert.deepEqual(errorFindings(example), []);
  });

  it('with detail=str(e) gives ERR005', () => {
    assert.deepEqual(errorFindings(example.replace('detail="Customer not found"', 'detail=str(e)')), ['ERR005:12']);
  });

  it('without its logger.warning line gives ERR007', () => {
    assert.deepEqual(errorFindings(example.replace(/ *logger\.warning\(.*\n/, '')), ['ERR007:11']);
  });
});
