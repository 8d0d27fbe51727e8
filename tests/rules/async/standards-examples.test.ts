// The standards document's async examples: the good ones pass, the bad `requests.get` one is ASY001.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lintSource } from '../../../src/linter/index.js';
import { RULES } from '../../../src/rules/index.js';
import { parseSource } from '../../../src/syntax/index.js';
import { repoPath } from '../../harness/paths.js';
import { settingsWith } from '../../harness/settings.js';

const ASYNC_RULES = RULES.filter((rule) => rule.section === 'async');
const DEFAULT_ASYNC_RULES = ASYNC_RULES.filter((rule) => rule.defaultEnabled);

/** The python block of `## Async Patterns`, split at its `# Good` / `# Bad` / `# Workaround` comments. */
function asyncExamples(): Map<string, string> {
  const document = readFileSync(repoPath('tests', 'fixtures', 'standards', 'python-backend-standards.md'), 'utf8');
  const section = document.slice(document.indexOf('## Async Patterns'));
  const block = /```python\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const examples = new Map<string, string>();
  for (const part of block.split(/^(?=# (?:Good|Bad|Workaround))/m)) {
    const title = part.split('\n', 1)[0] ?? '';
    if (title.startsWith('# ')) examples.set(title.slice(2), part);
  }
  return examples;
}

function findings(code: string, rules = DEFAULT_ASYNC_RULES) {
  return lintSource(parseSource('example.py', code), settingsWith(), rules).diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe('standards async examples', () => {
  const examples = asyncExamples();
  it('has the good, bad and workaround examples', () => {
    assert.deepEqual([...examples.keys()], [
      'Good - Async I/O operations',
      'Bad - Blocking call in async function',
      'Workaround for CPU-bound sync code',
    ]);
  });
  it('good: httpx.AsyncClient passes', () => {
    assert.deepEqual(findings(examples.get('Good - Async I/O operations') ?? ''), []);
  });
  it('bad: requests.get gets ASY001', () => {
    assert.deepEqual(findings(examples.get('Bad - Blocking call in async function') ?? ''), [
      'ASY001 Blocking network call `requests.get()` in `async def fetch_data`: use `await client.get(...)` on an `httpx.AsyncClient`',
    ]);
  });
  it('bad: with its import added, still ASY001', () => {
    const code = `import requests\n\n${examples.get('Bad - Blocking call in async function') ?? ''}`;
    assert.deepEqual(findings(code).map((f) => f.slice(0, 6)), ['ASY001']);
  });
  it('workaround: run_in_executor passes with the default rules', () => {
    assert.deepEqual(findings(examples.get('Workaround for CPU-bound sync code') ?? ''), []);
  });
  it('workaround: only the opt-in ASY006 asks for get_running_loop', () => {
    assert.deepEqual(findings(examples.get('Workaround for CPU-bound sync code') ?? '', ASYNC_RULES).map((f) => f.slice(0, 6)), ['ASY006']);
  });
});
