// Counting, recording, pruning and applying one file's entry, case by case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/linter/index.js';
import { applyEntry, pruneEntry, recordEntry } from '../../src/suppression/index.js';

function finding(code: string, row: number): Finding {
  return { code, noqaRow: row, location: { row, column: 1 }, endLocation: { row, column: 2 } } as Finding;
}

const FINDINGS = [finding('NAM006', 1), finding('NAM006', 2), finding('TYP001', 3), finding('SYN001', 9)];
const ENABLED = new Set(['NAM006', 'TYP001', 'TYP002', 'ERR001']);

const entry = (pairs: Record<string, number>): Map<string, number> => new Map(Object.entries(pairs));
const shown = (list: readonly Finding[]): string => list.map((f) => `${f.code}@${f.location.row}`).join(' ');

/** Entry → findings kept, findings suppressed, unused counts, over-counts. */
const APPLY_CASES: readonly [Record<string, number>, string, string, Record<string, number>, string][] = [
  [{}, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', {}, ''],
  [{ NAM006: 2 }, 'TYP001@3 SYN001@9', 'NAM006@1 NAM006@2', {}, ''],
  [{ NAM006: 5 }, 'TYP001@3 SYN001@9', 'NAM006@1 NAM006@2', { NAM006: 3 }, ''],
  [{ NAM006: 1 }, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', {}, 'NAM006 1<2'],
  [{ NAM006: 2, TYP001: 1 }, 'SYN001@9', 'NAM006@1 NAM006@2 TYP001@3', {}, ''],
  [{ ERR001: 4 }, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', { ERR001: 4 }, ''],
  // A code switched off in this run (--select, per-file-ignores) is neither used nor unused.
  [{ ASY001: 4 }, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', {}, ''],
  // A code no rule has (a rule removed since) can never be used.
  [{ XYZ123: 1 }, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', { XYZ123: 1 }, ''],
  [{ SYN001: 1 }, 'NAM006@1 NAM006@2 TYP001@3 SYN001@9', '', { SYN001: 1 }, ''],
];

describe('applyEntry', () => {
  for (const [counts, kept, suppressed, unused, over] of APPLY_CASES) {
    it(JSON.stringify(counts), () => {
      const applied = applyEntry(FINDINGS, entry(counts), ENABLED);
      assert.equal(shown(applied.kept), kept);
      assert.equal(shown(applied.suppressed), suppressed);
      assert.deepEqual(Object.fromEntries(applied.unused), unused);
      assert.equal(applied.overCount.map((o) => `${o.code} ${o.recorded}<${o.found}`).join(' '), over);
      const counted = new Map<string, number>();
      for (const f of applied.suppressed) counted.set(f.code, (counted.get(f.code) ?? 0) + 1);
      assert.deepEqual(applied.suppressedByCode, counted);
    });
  }
  it('a file whose every finding is recorded keeps none (no syntax error among them)', () => {
    const applied = applyEntry(FINDINGS.slice(0, 3), entry({ NAM006: 2, TYP001: 1 }), ENABLED);
    assert.deepEqual([shown(applied.kept), shown(applied.suppressed)], ['', 'NAM006@1 NAM006@2 TYP001@3']);
    assert.deepEqual(Object.fromEntries(applied.suppressedByCode), { NAM006: 2, TYP001: 1 });
  });
});

/** Entry before, codes recorded → entry after. */
const RECORD_CASES: readonly [Record<string, number>, 'all' | string[], Record<string, number>][] = [
  [{}, 'all', { NAM006: 2, TYP001: 1 }],
  [{ NAM006: 7, ERR001: 2, ASY001: 3, XYZ123: 1 }, 'all', { NAM006: 2, TYP001: 1, ASY001: 3 }],
  [{ NAM006: 7, ERR001: 2 }, ['NAM006'], { NAM006: 2, ERR001: 2 }],
  [{ NAM006: 7, ERR001: 2 }, ['ERR001'], { NAM006: 7 }],
  [{}, ['TYP001', 'TYP002'], { TYP001: 1 }],
];

describe('recordEntry', () => {
  for (const [before, codes, after] of RECORD_CASES) {
    it(`${JSON.stringify(before)} recording ${JSON.stringify(codes)}`, () => {
      const found = new Map([['NAM006', 2], ['TYP001', 1]]);
      assert.deepEqual(Object.fromEntries(recordEntry(entry(before), found, codes === 'all' ? 'all' : new Set(codes), ENABLED)), after);
    });
  }
});

/** Entry before → entry after pruning against NAM006 ×2, TYP001 ×1. */
const PRUNE_CASES: readonly [Record<string, number>, Record<string, number>][] = [
  [{ NAM006: 2, TYP001: 1 }, { NAM006: 2, TYP001: 1 }],
  [{ NAM006: 5 }, { NAM006: 2 }],
  [{ NAM006: 1 }, { NAM006: 1 }],
  [{ ERR001: 3, XYZ123: 1 }, {}],
  [{ ASY001: 3 }, { ASY001: 3 }],
];

describe('pruneEntry', () => {
  for (const [before, after] of PRUNE_CASES) {
    it(JSON.stringify(before), () => {
      const found = new Map([['NAM006', 2], ['TYP001', 1]]);
      assert.deepEqual(Object.fromEntries(pruneEntry(entry(before), found, ENABLED)), after);
    });
  }
});
