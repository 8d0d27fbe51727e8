// Editor positions: 0-based lines and UTF-16 characters (what LSP and editors use), from findings and texts.
import type { Finding } from '../linter/index.js';
import type { LineIndex, Location } from '../syntax/index.js';

/** A 0-based line and a 0-based column in UTF-16 code units. */
export interface TextPosition {
  readonly line: number;
  readonly character: number;
}

export interface TextRange {
  readonly start: TextPosition;
  readonly end: TextPosition;
}

/** Replace `range` of a document with `newText`. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/** The editor position of a UTF-16 offset. */
export function positionAt(lines: LineIndex, offset: number): TextPosition {
  const line = lines.lineOf(offset);
  return { line, character: offset - lines.lineStart(line) };
}

/** The editor position of a finding's 1-based row and code-point column. */
export function positionOf(lines: LineIndex, location: Location): TextPosition {
  return positionAt(lines, lines.offset(location));
}

/** The editor range a finding's location spans. */
export function findingRange(lines: LineIndex, finding: Pick<Finding, 'location' | 'endLocation'>): TextRange {
  return { start: positionOf(lines, finding.location), end: positionOf(lines, finding.endLocation) };
}

/**
 * The smallest single edit that turns `before` into `after`: the common head and tail are kept,
 * so an editor keeps its cursor, folds and marks outside the changed span. Undefined when equal.
 */
export function minimalEdit(before: string, after: string, lines: LineIndex): TextEdit | undefined {
  if (before === after) return undefined;
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  // Never split a surrogate pair or a \r\n: editors count both as one unit.
  if (head > 0 && isLowSurrogateOrLf(before, head)) head--;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (tail > 0 && isLowSurrogateOrLf(before, before.length - tail)) tail--;
  const start = head;
  const end = before.length - tail;
  return { range: { start: positionAt(lines, start), end: positionAt(lines, end) }, newText: after.slice(start, after.length - tail) };
}

/** True when the unit at `index` belongs with the one before it (a low surrogate, or the \n of \r\n). */
function isLowSurrogateOrLf(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff) return true;
  return code === 10 && text.charCodeAt(index - 1) === 13;
}
