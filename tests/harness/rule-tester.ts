// Table tests for one rule: valid snippets and invalid ones with exact codes, positions and fixes.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applicableLevels, applyFixes, type Fix } from '../../src/fix/index.js';
import { formatMessage, lintSource, type Diagnostic, type Rule } from '../../src/linter/index.js';
import { parseSource, syntaxDamage, type SourceFile } from '../../src/syntax/index.js';
import { TEST_PROJECT_ROOT, settingsWith } from './settings.js';

export interface ValidCase {
  /** What the case shows; defaults to the first line of the code. */
  readonly name?: string;
  readonly code: string;
  /** File name the code is checked under (default `example.py`). */
  readonly filename?: string;
  /** A `[tool.pystandards]` table for this case. */
  readonly options?: Record<string, unknown>;
}

export interface ExpectedError {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** When given, the message must equal the template filled with this data. */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedError[];
  /** The code after `--fix` (safe fixes), or null when no safe fix applies. Required when the rule fixes. */
  readonly output?: string | null;
  /** The code after `--fix --unsafe-fixes`, or null when no fix applies. */
  readonly unsafeOutput?: string | null;
}

const MAX_PASSES = 10;

/** The case's code parsed as a file of the test project (its path relative to the project root is the case's file name). */
function sourceOf(c: ValidCase, text: string): SourceFile {
  const filename = c.filename ?? 'example.py';
  return parseSource(filename, text, undefined, path.posix.join(TEST_PROJECT_ROOT, filename));
}

/** Registers node:test cases for `rule`. */
/** What a finding must look like: end position and message taken from `got` where the case leaves them open. */
export function expectedError(
  rule: Rule,
  e: ExpectedError,
  got: { readonly endLine: number; readonly endColumn: number; readonly message: string } | undefined,
): { messageId: string; line: number; column: number; endLine: number | undefined; endColumn: number | undefined; message: string | undefined } {
  assert.ok(e.messageId in rule.messages, `unknown messageId \`${e.messageId}\``);
  return {
    messageId: e.messageId,
    line: e.line,
    column: e.column,
    endLine: e.endLine ?? got?.endLine,
    endColumn: e.endColumn ?? got?.endColumn,
    message: e.data ? formatMessage(rule.messages[e.messageId] as string, e.data) : got?.message,
  };
}

export function testRule(rule: Rule, cases: { valid: readonly (ValidCase | string)[]; invalid: readonly InvalidCase[] }): void {
  const seen = new Set<string>();
  const key = (c: ValidCase): string => {
    const k = JSON.stringify([c.code, c.filename ?? '', c.options ?? {}]);
    assert.ok(!seen.has(k), `duplicate test case for ${rule.code}: ${c.name ?? c.code}`);
    seen.add(k);
    return k;
  };
  describe(`${rule.code} ${rule.name}`, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c: ValidCase = typeof raw === 'string' ? { code: raw } : raw;
        key(c);
        it(caseName(c), () => {
          const diagnostics = run(rule, c);
          assert.deepEqual(diagnostics.map(describeDiagnostic), [], 'expected no diagnostics');
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        key(c);
        it(caseName(c), () => checkInvalid(rule, c));
      }
    });
  });
}

function caseName(c: ValidCase): string {
  return c.name ?? (c.code.split('\n').find((line) => line.trim() !== '') ?? '(empty)').trim();
}

function run(rule: Rule, c: ValidCase): Diagnostic[] {
  const source = sourceOf(c, c.code);
  const damage = syntaxDamage(source.tree);
  assert.equal(damage.first, undefined, `test code does not parse: ${damage.first?.message}`);
  const result = lintSource(source, settingsWith(c.options ?? {}), [rule]);
  assert.deepEqual(result.internalErrors, [], 'the rule threw');
  return result.diagnostics.filter((d) => d.code === rule.code);
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.code} ${d.messageId} @${d.start}: ${d.message}`;
}

function checkInvalid(rule: Rule, c: InvalidCase): void {
  assert.ok(c.errors.length > 0, 'an invalid case lists at least one error');
  const source = sourceOf(c, c.code);
  const diagnostics = run(rule, c);
  const actual = diagnostics.map((d) => {
    const start = source.lines.location(d.start);
    const end = source.lines.location(d.end);
    return { messageId: d.messageId, line: start.row, column: start.column, endLine: end.row, endColumn: end.column, message: d.message };
  });
  assert.deepEqual(actual, c.errors.map((e, i) => expectedError(rule, e, actual[i])));

  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
  if (rule.fixAvailability === 'never') assert.equal(fixes.length, 0, 'the rule declares no fix but produced one');
  if (rule.fixAvailability === 'always') assert.equal(fixes.length, diagnostics.length, 'the rule declares a fix for every finding');
  for (const fix of fixes) assert.ok(fix.title.trim() !== '', 'every fix has a title');
  if (fixes.length > 0) {
    assert.ok(c.output !== undefined, 'the rule fixed the code: declare `output` (null when no safe fix applies)');
  }
  if (c.output !== undefined) checkOutput(rule, c, false, c.output);
  if (c.unsafeOutput !== undefined) checkOutput(rule, c, true, c.unsafeOutput);
}

function checkOutput(rule: Rule, c: InvalidCase, unsafe: boolean, expected: string | null): void {
  const fixed = fixUntilStable(rule, c, unsafe);
  if (expected === null) {
    assert.equal(fixed, c.code, 'expected no fix to apply');
    return;
  }
  assert.notEqual(expected, c.code, 'an `output` equal to the input: use null for "no fix"');
  assert.equal(fixed, expected);
  const damage = syntaxDamage(sourceOf(c, fixed).tree);
  assert.equal(damage.first, undefined, `the fixed code does not parse: ${damage.first?.message}`);
}

/** Applies the rule's fixes pass after pass until nothing changes (bounded, so a cycle fails). */
function fixUntilStable(rule: Rule, c: InvalidCase, unsafe: boolean): string {
  let text = c.code;
  const levels = applicableLevels(unsafe);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const source = sourceOf(c, text);
    const result = lintSource(source, settingsWith(c.options ?? {}), [rule]);
    const fixes: Fix[] = result.diagnostics.filter((d) => d.code === rule.code).flatMap((d) => (d.fix ? [d.fix] : []));
    const next = applyFixes(text, fixes, levels).text;
    if (next === text) return text;
    text = next;
  }
  assert.fail(`fixes did not converge within ${MAX_PASSES} passes`);
}
