// The fix engine's guarantees on text: no overlapping edits, convergence, cycle detection, bounded passes, re-parse guard.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicableLevels, applyFixes, fixUntilStable, makeFix, replaceEdit, type Fix, type Fixable } from '../../src/fix/index.js';
import { parsePython, syntaxDamage } from '../../src/syntax/index.js';

const SAFE = applicableLevels(false);
const syntaxError = (text: string): string | undefined => syntaxDamage(parsePython(text)).first?.message;

/** A diagnostic of `code` whose fix replaces the first `find` with `replace`. */
function replacing(code: string, text: string, find: string, replace: string, applicability: Fix['applicability'] = 'safe'): Fixable[] {
  const at = text.indexOf(find);
  if (at < 0) return [];
  return [{ code, fix: makeFix(applicability, `Replace ${find}`, [replaceEdit(at, at + find.length, replace)]) }];
}

describe('applying fixes', () => {
  it('never applies two overlapping fixes in one pass; the later one waits', () => {
    const a = makeFix('safe', 'a', [replaceEdit(0, 5, 'HELLO')]);
    const b = makeFix('safe', 'b', [replaceEdit(3, 8, 'XXXXX')]);
    const result = applyFixes('hello world', [b, a], SAFE);
    assert.equal(result.text, 'HELLO world');
    assert.deepEqual(result.applied, [a]);
    assert.deepEqual(result.deferred, [b]);
  });
  it('a fix is applied whole or not at all', () => {
    const first = makeFix('safe', 'first', [replaceEdit(0, 1, 'A')]);
    const both = makeFix('safe', 'both', [replaceEdit(0, 1, 'B'), replaceEdit(6, 7, 'W')]);
    assert.equal(applyFixes('a b c world', [first, both], SAFE).text, 'A b c world');
  });
  it('two fixes that insert at one point conflict; identical fixes apply once', () => {
    const x = makeFix('safe', 'x', [replaceEdit(1, 1, 'x')]);
    const y = makeFix('safe', 'y', [replaceEdit(1, 1, 'y')]);
    assert.equal(applyFixes('ab', [x, y], SAFE).text, 'axb');
    assert.equal(applyFixes('ab', [x, makeFix('safe', 'x', [replaceEdit(1, 1, 'x')])], SAFE).text, 'axb');
  });
  it('applies only the allowed applicabilities', () => {
    const unsafe = makeFix('unsafe', 'u', [replaceEdit(0, 1, 'U')]);
    const shown = makeFix('display-only', 'd', [replaceEdit(1, 2, 'D')]);
    assert.equal(applyFixes('ab', [unsafe, shown], SAFE).text, 'ab');
    assert.equal(applyFixes('ab', [unsafe, shown], applicableLevels(true)).text, 'Ub');
  });
  it('rejects a fix whose own edits overlap', () => {
    assert.throws(() => makeFix('safe', 'bad', [replaceEdit(0, 3, 'a'), replaceEdit(2, 4, 'b')]), /overlapping edits/);
  });
});

describe('fixing until the text settles', () => {
  it('re-checks after each pass, so fixes revealed or deferred by a pass still apply', () => {
    // The rule fixes one occurrence per pass, as a rule whose fixes overlap would.
    const lint = (text: string): Fixable[] => replacing('ONE', text, 'old', 'new');
    const result = fixUntilStable('old = old\n', { lint, syntaxError, levels: SAFE });
    assert.equal(result.text, 'new = new\n');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.fixed.map((d) => d.code), ['ONE', 'ONE']);
  });
  it('stops on a cycle instead of rewriting forever', () => {
    const lint = (text: string): Fixable[] => [...replacing('FLIP', text, 'x = 1', 'x = 2'), ...replacing('FLOP', text, 'x = 2', 'x = 1')];
    const result = fixUntilStable('x = 1\n', { lint, syntaxError, levels: SAFE, maxPasses: 50 });
    assert.equal(result.text, 'x = 2\n');
    assert.deepEqual(result.problems, ['fixes did not settle: FLOP keep rewriting the same text']);
    assert.equal(result.fixed.length, 1);
  });
  it('gives up after a bounded number of passes', () => {
    const lint = (text: string): Fixable[] => [{ code: 'GROW', fix: makeFix('safe', 'grow', [replaceEdit(text.length, text.length, '#')]) }];
    const result = fixUntilStable('x = 1\n', { lint, syntaxError, levels: SAFE, maxPasses: 3 });
    assert.equal(result.text, 'x = 1\n###');
    assert.deepEqual(result.problems, ['fixes did not converge within 3 passes (GROW)']);
  });
  it('refuses a fix whose result no longer parses, names its rule, and keeps the good fixes', () => {
    const lint = (text: string): Fixable[] => [...replacing('GOOD', text, 'b = 2', 'b = 3'), ...replacing('BREAK', text, 'a = 1', 'a = (')];
    const result = fixUntilStable('a = 1\nb = 2\n', { lint, syntaxError, levels: SAFE });
    assert.equal(result.text, 'a = 1\nb = 3\n');
    assert.equal(syntaxError(result.text), undefined);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0] ?? '', /^internal error: the fix of BREAK \("Replace a = 1"\) produced code that does not parse/);
  });
  it('applies unsafe fixes only when asked', () => {
    const lint = (text: string): Fixable[] => replacing('RISKY', text, 'x = 1', 'x = 2', 'unsafe');
    assert.equal(fixUntilStable('x = 1\n', { lint, syntaxError, levels: SAFE }).text, 'x = 1\n');
    assert.equal(fixUntilStable('x = 1\n', { lint, syntaxError, levels: applicableLevels(true) }).text, 'x = 2\n');
  });
});
