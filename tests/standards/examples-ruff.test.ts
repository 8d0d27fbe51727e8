// The standards' Python examples against Ruff: each bad one gets the Ruff codes of its rules, good ones none.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { BUILT_IN_PARTS } from '../../src/standards/parts/index.js';
import { ruffOracle } from '../differential/ruff-oracle.js';

/** Our codes and the Ruff rules they match ("≈" in RULES.md). Codes without one are not compared. */
const RUFF_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  IMP001: ['I001'],
  TYP001: ['ANN001', 'ANN002', 'ANN003'],
  TYP002: ['ANN201', 'ANN202', 'ANN204', 'ANN205', 'ANN206'],
  TYP004: ['UP045', 'UP007'],
  TYP005: ['UP006', 'UP035'],
  ASY001: ['ASYNC210', 'ASYNC212'],
  ASY002: ['ASYNC251'],
  ASY004: ['ASYNC230'], // flake8-async's ASYNC231 has no Ruff rule
  ERR001: ['E722'],
  ERR002: ['BLE001'],
  ERR003: ['TRY002'],
  ERR004: ['N818'],
  NAM002: ['N801'],
  NAM003: ['N802'],
  NAM004: ['N803'],
  NAM005: ['N806'],
  NAM006: ['N816'],
  NAM007: ['N815'],
};

const ruff = ruffOracle(Object.values(RUFF_EQUIVALENTS).flat(), { isort: { 'known-first-party': ['src'] } });
const rows: string[] = [];

after(() => {
  console.log(['| example | ours (RULES.md) | Ruff |', '|---|---|---|', ...rows].join('\n'));
});

describe("the standards' examples agree with Ruff", () => {
  for (const part of BUILT_IN_PARTS) {
    for (const example of part.examples.filter((e) => e.language === 'python')) {
      it(`${part.id}/${example.id}`, () => {
        const found = [...new Set(ruff(example.code).map((finding) => finding.code))].sort();
        rows.push(`| ${part.id}/${example.id} | ${example.codes.join(' ') || '–'} | ${found.join(' ') || '–'} |`);
        const allowed = new Set(example.codes.flatMap((code) => RUFF_EQUIVALENTS[code] ?? []));
        assert.deepEqual(found.filter((code) => !allowed.has(code)), [], 'Ruff reports nothing the standards do not expect');
        for (const code of example.codes) {
          const equivalents = RUFF_EQUIVALENTS[code];
          if (equivalents) assert.ok(found.some((c) => equivalents.includes(c)), `Ruff also reports ${code} (${equivalents.join('/')})`);
        }
      });
    }
  }
});
