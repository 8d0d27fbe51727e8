// IMP001 against Ruff's I001 on the installed Python standard library: the same blocks, and the same fixed text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicableLevels, applyFixes } from '../../src/fix/index.js';
import { lintSource } from '../../src/linter/index.js';
import rule from '../../src/rules/imports/unsorted-imports.js';
import { parseSource } from '../../src/syntax/index.js';
import { settingsWith } from '../harness/settings.js';
import { agreement, agreementRow, pythonFiles, readUtf8, ruffFixOracle, stdlibPath } from './ruff-oracle.js';

/**
 * Configured alike: ruff-wasm has no filesystem, so it cannot find first-party modules on disk;
 * our disk-based detection (`src` roots, the file's own package) is switched off to match, and
 * Ruff is told our one built-in first-party module, `src`. Everything else is both tools'
 * defaults (profile black, target py312).
 */
const RUFF_SETTINGS = { isort: { 'known-first-party': ['src'] } };
const OUR_SETTINGS = settingsWith({ src: [], imports: { 'detect-same-package': false } }, '/nonexistent-project');

/** Every (file, line) where the two tools disagree, with the reason. */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'test/test_compile.py:1':
    'tree-sitter-python misparses a construct further down (SYN001 at 1114:1), and IMP001 does not check files with syntax errors',
  'test/test_compile.py:1467': 'the same file',
  'test/test_future_stmt/badsyntax_future8.py:3':
    '`from __future__ import *` (a SyntaxError in CPython) does not parse in tree-sitter-python, so the file is not checked',
};

describe('IMP001 vs I001 on the standard library', () => {
  const root = stdlibPath();
  const ruff = ruffFixOracle(['I001'], RUFF_SETTINGS);
  const ruffKeys = new Set<string>();
  const ourKeys = new Set<string>();
  let sameFix = 0;
  const differentFix: string[] = [];
  for (const file of pythonFiles(root)) {
    const text = readUtf8(file);
    if (text === undefined) continue;
    const relative = file.slice(root.length + 1);
    const ruffFindings = ruff(text).filter((finding) => finding.code === 'I001');
    const source = parseSource(file, text);
    const ours = lintSource(source, OUR_SETTINGS, [rule]).diagnostics.filter((d) => d.code === rule.code);
    for (const finding of ruffFindings) ruffKeys.add(`${relative}:${finding.row}`);
    for (const diagnostic of ours) {
      const row = source.lines.location(diagnostic.start).row;
      ourKeys.add(`${relative}:${row}`);
      const theirs = ruffFindings.find((finding) => finding.row === row);
      if (!theirs || theirs.fixed === undefined || !diagnostic.fix) continue;
      const fixed = applyFixes(text, [diagnostic.fix], applicableLevels(false)).text;
      if (fixed === theirs.fixed) sameFix++;
      else differentFix.push(`${relative}:${row}`);
    }
  }
  const result = agreement('I001', 'IMP001', ruffKeys, ourKeys);
  console.log(['| Ruff | ours | Ruff (file, line) | ours | both | precision | recall |', '|---|---|---|---|---|---|---|', agreementRow(result)].join('\n'));
  console.log(`fixed text identical to Ruff's for ${sameFix} of ${sameFix + differentFix.length} blocks both fix`);
  console.log(`explained disagreements: ${[...result.onlyOurs, ...result.onlyRuff].join(', ') || 'none'}`);

  it('precision and recall ≥ 0.97 on (file, line)', () => {
    assert.ok(result.precision >= 0.97, `precision ${result.precision}`);
    assert.ok(result.recall >= 0.97, `recall ${result.recall}`);
  });
  it('every disagreement is explained', () => {
    assert.deepEqual([...result.onlyOurs, ...result.onlyRuff].filter((key) => !KNOWN_DISAGREEMENTS[key]), []);
  });
  it('the fix writes exactly what Ruff writes', () => {
    assert.deepEqual(differentFix, []);
    assert.ok(sameFix > 1000, `only ${sameFix} fixes compared`);
  });
});
