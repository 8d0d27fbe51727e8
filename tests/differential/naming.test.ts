// Naming rules against Ruff's pep8-naming rules on the installed Python standard library.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../src/api/index.js';
import { agreement, agreementRow, pythonFiles, readUtf8, ruffOracle, stdlibPath, type Agreement } from './ruff-oracle.js';

/** Ruff code → our code; N816 is compared for recall only (NAM006 also checks constants). */
const PAIRS: readonly [string, string][] = [
  ['N801', 'NAM002'],
  ['N802', 'NAM003'],
  ['N803', 'NAM004'],
  ['N806', 'NAM005'],
  ['N815', 'NAM007'],
  ['N818', 'ERR004'],
  ['N816', 'NAM006'],
];

/**
 * Files where the two tools knowingly disagree, with the reason. Each is a Python 2 source kept
 * as lib2to3 test data: Ruff's parser gives up on statements our grammar still reads, so Ruff
 * reports no naming findings there while we do.
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'lib2to3/tests/data/py2_test_grammar.py': 'Python 2 source: Ruff reports only syntax errors for the statements we still read',
};

describe('naming vs Ruff on the standard library', () => {
  const root = stdlibPath();
  const ruff = ruffOracle(PAIRS.map(([code]) => code));
  const keys = new Map<string, Set<string>>(PAIRS.flatMap(([a, b]) => [[a, new Set<string>()], [b, new Set<string>()]]));
  const skipped: string[] = [];
  for (const file of pythonFiles(root)) {
    const text = readUtf8(file);
    const relative = file.slice(root.length + 1);
    if (text === undefined) continue;
    if (KNOWN_DISAGREEMENTS[relative]) {
      skipped.push(relative);
      continue;
    }
    for (const d of ruff(text)) keys.get(d.code)?.add(`${relative}:${d.row}`);
    const ours = checkText(text, { filename: file, select: PAIRS.map(([, code]) => code) }).findings;
    for (const f of ours) {
      // NAM006's constant findings go beyond N816; only its mixedCase findings are N816's.
      if (f.code === 'NAM006' && f.message.includes('UPPER_SNAKE_CASE')) continue;
      keys.get(f.code)?.add(`${relative}:${f.location.row}`);
    }
  }
  const results: Agreement[] = PAIRS.map(([a, b]) => agreement(a, b, keys.get(a) as Set<string>, keys.get(b) as Set<string>));
  console.log(['| Ruff | ours | Ruff (file, line) | ours | both | precision | recall |', '|---|---|---|---|---|---|---|', ...results.map(agreementRow)].join('\n'));
  console.log(`skipped as known disagreements: ${skipped.join(', ')}`);

  for (const result of results) {
    if (result.ruff === 'N816') {
      it('NAM006 finds every N816 finding', () => assert.deepEqual(result.onlyRuff, []));
      continue;
    }
    it(`${result.ours} vs ${result.ruff}: precision and recall ≥ 0.97`, () => {
      assert.ok(result.precision >= 0.97, `precision ${result.precision}; only ours: ${result.onlyOurs.slice(0, 10).join(' ')}`);
      assert.ok(result.recall >= 0.97, `recall ${result.recall}; only Ruff: ${result.onlyRuff.slice(0, 10).join(' ')}`);
    });
    it(`${result.ours} vs ${result.ruff}: no unexplained disagreement`, () => {
      assert.deepEqual([...result.onlyOurs, ...result.onlyRuff], []);
    });
  }
});
