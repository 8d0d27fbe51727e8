// File-level suppression against Ruff: `# ruff: noqa` and `# flake8: noqa` (and ours,
// `# pystandards: noqa`) read the same way, case by case, with what each case must leave.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintSource } from '../../src/linter/index.js';
import bareExcept from '../../src/rules/errors/bare-except.js';
import invalidArgumentName from '../../src/rules/naming/invalid-argument-name.js';
import invalidFunctionName from '../../src/rules/naming/invalid-function-name.js';
import { parseSource } from '../../src/syntax/index.js';
import { settingsWith } from '../harness/settings.js';
import { ruffOracle } from './ruff-oracle.js';

const RULES = [invalidFunctionName, invalidArgumentName, bareExcept];
const BODY = 'def BadName(Arg):\n    try:\n        pass\n    except:\n        pass\n';

/** Ruff's codes each finding would have, whichever tool reported it. */
const RUFF_CODE = new Map(RULES.map((rule) => [rule.code, rule.equivalents[0] as string]));

/** Header comment line(s) → the Ruff codes that must still be reported (as Ruff 0.17 reports them). */
const CASES: readonly [string, string][] = [
  ['# ruff: noqa', ''],
  ['# flake8: noqa', ''],
  ['# flake8: NOQA', ''],
  ['# ruff:noqa', ''],
  ['# ruff : noqa', ''],
  ['# ruff: noqa N802', ''], // no colon: blanket, whatever follows
  ['# some text # ruff: noqa', ''],
  ['# noqa: N802 # ruff: noqa', ''],
  ['"""doc"""\n# ruff: noqa', ''],
  ['if True:\n    # ruff: noqa\n    pass', ''],
  ['# ruff: noqa: N802', 'E722,N803'],
  ['# flake8: noqa: N802', 'E722,N803'],
  ['#ruff:noqa:N802,N803', 'E722'],
  ['#ruff: noqa:N802 N803', 'E722'],
  ['#  ruff:  noqa:  N802', 'E722,N803'],
  ['# ruff: noqa: N802,', 'E722,N803'],
  ['# ruff: noqa: N802 because reasons', 'E722,N803'],
  ['# ruff: noqa:', 'E722,N802,N803'], // a colon and no code: ignored
  ['# ruff: noqa: n802', 'E722,N802,N803'],
  ['# ruff: noqa: ANN', 'E722,N802,N803'], // a prefix is not a code
  ['# RUFF: NOQA', 'E722,N802,N803'],
  ['# Ruff: noqa', 'E722,N802,N803'],
  ['# FLAKE8: noqa', 'E722,N802,N803'],
  ['# flake8=noqa', 'E722,N802,N803'],
  ['x = 1  # ruff: noqa', 'E722,N802,N803'], // after code on its line: not a file directive
  ['def f():  # ruff: noqa\n    pass', 'E722,N802,N803'],
];

function ours(source: string): string {
  const diagnostics = lintSource(parseSource('x.py', source), settingsWith(), RULES).diagnostics;
  return diagnostics.map((d) => RUFF_CODE.get(d.code) ?? d.code).sort().join(',');
}

describe('file-level noqa, as Ruff reads it', () => {
  const ruff = ruffOracle(['N802', 'N803', 'E722']);
  for (const [header, left] of CASES) {
    it(JSON.stringify(header), () => {
      const source = `${header}\n${BODY}`;
      assert.equal(ours(source), left);
      assert.equal(ruff(source).map((f) => f.code).sort().join(','), left);
    });
  }
});

describe('# pystandards: noqa', () => {
  it('silences every rule, or the codes it lists (ours or their equivalents, in any case)', () => {
    assert.equal(ours(`# pystandards: noqa\n${BODY}`), '');
    assert.equal(ours(`# PyStandards: NOQA\n${BODY}`), '');
    assert.equal(ours(`# pystandards: noqa: NAM003, N803\n${BODY}`), 'E722');
    assert.equal(ours(`# pystandards: noqa: err001\n${BODY}`), 'N802,N803');
  });
  it('must stand on a line of its own', () => {
    assert.equal(ours(`x = 1  # pystandards: noqa\n${BODY}`), 'E722,N802,N803');
  });
});
