// Names the first difference between a block and isort's version of it, in words a person understands.
import type { ExpectedStatement, FormattedBlock } from './format-block.js';
import type { NormalizedBlock } from './normalize.js';
import { trimStartPython, universalLines } from './text.js';
import { SECTION_WORDS, type ImportStatement } from './types.js';

/** The message of a finding: which template, and what fills it. */
export interface Difference {
  readonly messageId: DifferenceId;
  readonly data: Readonly<Record<string, string | number>>;
}

export const DIFFERENCE_MESSAGES = {
  wrongSection: '`{{module}}` ({{section}}) comes after `{{previous}}` ({{previousSection}})',
  plainAfterFrom: '`import {{module}}` comes after `from {{previous}} import …`: plain imports go first in the {{section}} section',
  wrongOrder: '`{{module}}` comes after `{{previous}}` in the {{section}} section',
  duplicate: '`{{statement}}` repeats an earlier import of the block',
  merge: 'Imports from `{{module}}` are split over several statements; isort merges them',
  multipleModules: '`import {{names}}` imports several modules in one statement; isort writes one per line',
  aliasSplit: '`{{alias}}` is an aliased name in `from {{module}} import …`; isort gives it its own statement',
  singleLine: '`from {{module}} import …` imports several names; `force-single-line` wants one statement per name',
  memberOrder: 'Names in `from {{module}} import …` are out of order (isort: `{{expected}}`)',
  missingSectionBlank: 'Missing blank line between the {{previousSection}} and {{section}} sections',
  missingCommentBlank: 'Missing blank line before the comment above `{{module}}`',
  extraBlankLine: 'Unexpected blank line before `{{module}}` in the {{section}} section',
  blankLinesAfter: 'Expected {{expected}} after the import block, found {{found}}',
  wrap: '`from {{module}} import …` is longer than {{lineLength}} characters; isort wraps it in parentheses',
  unwrap: '`from {{module}} import (…)` fits on one line',
  format: "Line {{line}} differs from isort's formatting; expected `{{expected}}`",
} as const;

export type DifferenceId = keyof typeof DIFFERENCE_MESSAGES;

export interface DescribeInput {
  readonly statements: readonly ImportStatement[];
  readonly normalized: NormalizedBlock;
  readonly formatted: FormattedBlock;
  /** The block's text as written (from the first statement's line to the end of the compared range). */
  readonly actual: string;
  /** 1-based line of the block's first line, for messages. */
  readonly firstRow: number;
  readonly forceSortWithinSections: boolean;
  readonly lineLength: number;
}

/**
 * The first difference in source order: a statement out of place (wrong section, wrong order,
 * repeated) or of the wrong shape (several modules, aliases, name order); failing those, the
 * first line that differs (blank lines, wrapping, comments).
 */
export function describeDifference(input: DescribeInput): Difference {
  const { statements, formatted } = input;
  const position = new Map(formatted.statements.map((statement, index) => [statement.key, index]));
  const byKey = new Map(formatted.statements.map((statement) => [statement.key, statement]));
  let furthest = -1;
  for (let i = 0; i < statements.length; i++) {
    const placement = placementDifference(input, i, position, furthest);
    if (typeof placement !== 'number') return placement;
    furthest = placement;
    const shape = shapeDifference(input, i, byKey);
    if (shape) return shape;
  }
  return lineDifference(input);
}

/** A difference in where statement `i` stands, or the furthest output position reached so far. */
function placementDifference(
  { statements, normalized, formatted, forceSortWithinSections }: DescribeInput,
  i: number,
  position: ReadonlyMap<string, number>,
  furthest: number,
): Difference | number {
  const statement = statements[i] as ImportStatement;
  const index = position.get(normalized.keysOf[i]?.[0] ?? '');
  if (index === undefined) return furthest;
  const expected = formatted.statements[index] as ExpectedStatement;
  const previous = formatted.statements[furthest];
  if (previous && index < furthest) {
    // Two statements of one module (`from os import *` and `from os import path`) are told apart by their names.
    const sameName = expected.display === previous.display;
    const module = sameName ? statementDisplay(expected) : expected.display;
    const before = sameName ? statementDisplay(previous) : previous.display;
    if (expected.section !== previous.section) {
      return {
        messageId: 'wrongSection',
        data: { module, section: SECTION_WORDS[expected.section], previous: before, previousSection: SECTION_WORDS[previous.section] },
      };
    }
    const section = SECTION_WORDS[expected.section];
    if (expected.kind === 'import' && previous.kind === 'from' && !forceSortWithinSections) {
      return { messageId: 'plainAfterFrom', data: { module: expected.label, previous: previous.label, section } };
    }
    return { messageId: 'wrongOrder', data: { module, previous: before, section } };
  }
  if (previous && index === furthest) {
    const earlier = statements.slice(0, i).filter((_, j) => normalized.keysOf[j]?.[0] === expected.key);
    const seen = new Set(earlier.flatMap(namesOf));
    if (namesOf(statement).every((name) => seen.has(name))) return { messageId: 'duplicate', data: { statement: statementText(statement) } };
    return { messageId: 'merge', data: { module: expected.label } };
  }
  return Math.max(index, furthest);
}

/** A difference in how statement `i` is written: several modules, aliases, repeated or unordered names. */
function shapeDifference({ statements, normalized }: DescribeInput, i: number, byKey: ReadonlyMap<string, ExpectedStatement>): Difference | undefined {
  const statement = statements[i] as ImportStatement;
  if (statement.kind === 'import') {
    if (statement.names.length > 1) return { messageId: 'multipleModules', data: { names: statement.names.map(aliasText).join(', ') } };
    return undefined;
  }
  const keys = normalized.keysOf[i] ?? [];
  const module = `${'.'.repeat(statement.level)}${statement.module ?? ''}`;
  const expected = byKey.get(keys[0] ?? '');
  if (!expected) return undefined;
  if (keys.length > 1) {
    const isolated = statement.members.length > 1 && keys.every((key) => (byKey.get(key)?.members.length ?? 0) === 1);
    if (isolated && statement.members.every((m) => m.asname === undefined)) return { messageId: 'singleLine', data: { module } };
    const alias = statement.members.find((m) => m.asname !== undefined);
    if (alias) return { messageId: 'aliasSplit', data: { alias: aliasText(alias), module } };
    return { messageId: 'singleLine', data: { module } };
  }
  const written = statement.members.map(aliasText);
  const wanted = expected.members.filter((name) => written.includes(name));
  if (new Set(written).size !== written.length) {
    const repeated = written.find((name, j) => written.indexOf(name) !== j) ?? '';
    return { messageId: 'duplicate', data: { statement: `from ${module} import ${repeated}` } };
  }
  if (written.join(', ') !== wanted.join(', ')) return { messageId: 'memberOrder', data: { module, expected: wanted.join(', ') } };
  return undefined;
}

function lineDifference({ formatted, actual, firstRow, lineLength }: DescribeInput): Difference {
  const actualLines = universalLines(actual).map(trimStartPython);
  const expectedLines = universalLines(formatted.text).map(trimStartPython);
  let k = 0;
  while (k < actualLines.length && k < expectedLines.length && actualLines[k] === expectedLines[k]) k++;
  const trailerStart = expectedLines.length - formatted.trailerLines;
  const expectedLine = expectedLines[k];
  const actualLine = actualLines[k];
  if (k >= trailerStart || (expectedLine === undefined && actualLine === '')) {
    const found = trailingBlankCount(actualLines);
    return { messageId: 'blankLinesAfter', data: { expected: blankLines(formatted.trailerLines), found: found === 0 ? 'none' : String(found) } };
  }
  const statements = formatted.statements;
  const containing = statements.find((s) => k >= s.firstLine && k < s.firstLine + s.lineCount);
  if (expectedLine === '' && actualLine !== '') {
    const next = statements.find((s) => s.firstLine + s.lineCount > k + 1) ?? containing;
    const previous = [...statements].reverse().find((s) => s.firstLine + s.lineCount <= k);
    if (next && previous && next.section !== previous.section) {
      return { messageId: 'missingSectionBlank', data: { previousSection: SECTION_WORDS[previous.section], section: SECTION_WORDS[next.section] } };
    }
    if (next) return { messageId: 'missingCommentBlank', data: { module: next.display } };
  }
  if (actualLine === '' && containing) {
    return { messageId: 'extraBlankLine', data: { module: containing.display, section: SECTION_WORDS[containing.section] } };
  }
  if (containing?.kind === 'from' && expectedLine !== undefined && actualLine !== undefined) {
    const wrappedExpected = expectedLine.trimEnd().endsWith('(');
    const wrappedActual = actualLine.trimEnd().endsWith('(');
    if (wrappedExpected && !wrappedActual) return { messageId: 'wrap', data: { module: containing.label, lineLength } };
    if (wrappedActual && !wrappedExpected) return { messageId: 'unwrap', data: { module: containing.label } };
  }
  return { messageId: 'format', data: { line: firstRow + k, expected: expectedLine ?? '(end of block)' } };
}

function statementDisplay(statement: ExpectedStatement): string {
  return statement.kind === 'import' ? `import ${statement.label}` : `from ${statement.label} import ${statement.members[0] ?? ''}`;
}

function trailingBlankCount(lines: readonly string[]): number {
  let count = 0;
  for (let i = lines.length - 1; i >= 0 && lines[i] === ''; i--) count++;
  return count;
}

function blankLines(count: number): string {
  return count === 1 ? '1 blank line' : `${count} blank lines`;
}

function aliasText(alias: { readonly name: string; readonly asname: string | undefined }): string {
  return alias.asname === undefined ? alias.name : `${alias.name} as ${alias.asname}`;
}

function namesOf(statement: ImportStatement): string[] {
  return statement.kind === 'import' ? statement.names.map(aliasText) : statement.members.map(aliasText);
}

function statementText(statement: ImportStatement): string {
  if (statement.kind === 'import') return `import ${statement.names.map(aliasText).join(', ')}`;
  return `from ${'.'.repeat(statement.level)}${statement.module ?? ''} import ${statement.members.map(aliasText).join(', ')}`;
}
