// Checks one import block: isort's version of it, compared with the text, and the first difference.
import type { SyntaxNode } from '../../../syntax/index.js';
import type { ImportBlock } from './blocks.js';
import { describeDifference, type DifferenceId } from './describe.js';
import type { FileFacts, LazyComments } from './file-facts.js';
import { formatBlock } from './format-block.js';
import type { IsortSettings } from './isort-settings.js';
import { normalizeImports } from './normalize.js';
import { readImports } from './read-imports.js';
import { fullLineEnd, indentLines, isPythonWhitespace, trailingBlankLinesEnd, trimStartPython, universalLines } from './text.js';

/** A block that differs from isort's version: where, why, and the replacement text (none when it shares a line with other code). */
export interface BlockFinding {
  readonly start: number;
  readonly end: number;
  readonly messageId: DifferenceId | 'sharedLine';
  readonly data: Readonly<Record<string, string | number>>;
  readonly fix: { readonly start: number; readonly end: number; readonly content: string } | undefined;
}

/** Compares one block with isort's version of it; undefined when they match. */
export function checkBlock(block: ImportBlock, comments: LazyComments, file: FileFacts, settings: IsortSettings): BlockFinding | undefined {
  const { source } = file;
  const { text, lines } = source;
  const first = block.imports[0];
  const last = block.imports[block.imports.length - 1];
  if (!first || !last) return undefined;
  const start = first.startIndex;
  const end = last.endIndex;
  if (sharesLineBefore(first, text, lines.lineStart(lines.lineOf(start))) || sharesLineAfter(end, text, lines.lineEnd(lines.lineOf(end)))) {
    return { start, end, messageId: 'sharedLine', data: {}, fix: undefined };
  }
  const fixStart = lines.lineStart(lines.lineOf(start));
  const commentsEnd = fullLineEnd(lines, text.length, end);
  const statements = readImports(block.imports, comments.within(start, commentsEnd), text, lines, settings.splitOnTrailingComma);
  const normalized = normalizeImports(statements, settings);
  const indentation = leadingWhitespace(text.slice(fixStart, start));
  const context = { settings, file: source.absolutePath, isStub: source.isStub };
  const fixEnd = block.trailer ? trailingBlankLinesEnd(lines, text, end) : commentsEnd;
  const actual = text.slice(fixStart, fixEnd);
  // Indentation is not compared, so the file's indent unit (costly to find) is only looked up for a
  // fix, and only when the block has wrapped imports that use it.
  const standIn = { read: false };
  const draft = formatBlock(normalized, block.trailer, { ...context, layout: file.layout(indentation, standIn) });
  if (matchesIgnoringIndentation(actual, draft.text)) return undefined;
  const formatted = standIn.read ? formatBlock(normalized, block.trailer, { ...context, layout: file.layout(indentation) }) : draft;
  const difference = describeDifference({
    statements,
    normalized,
    formatted,
    actual,
    firstRow: lines.lineOf(fixStart) + 1,
    forceSortWithinSections: settings.forceSortWithinSections,
    lineLength: settings.lineLength,
  });
  return { start, end, ...difference, fix: { start: fixStart, end: fixEnd, content: indentLines(formatted.text, indentation) } };
}

function leadingWhitespace(text: string): string {
  let i = 0;
  while (i < text.length && isPythonWhitespace(text[i] as string)) i++;
  return text.slice(0, i);
}

/** Other code before the block's first statement on its logical line: `x = 1; import os`, `try: import json`. */
function sharesLineBefore(first: SyntaxNode, text: string, lineStart: number): boolean {
  if (leadingWhitespace(text.slice(lineStart, first.startIndex)).length !== first.startIndex - lineStart) return true;
  let node = first;
  while (!node.previousSibling && node.parent && node.parent.startIndex === node.startIndex) node = node.parent;
  return node.previousSibling?.type === 'line_continuation';
}

/** Other code after the block's last statement on its line (`import os; x = 1`), comments aside. */
function sharesLineAfter(end: number, text: string, lineEnd: number): boolean {
  for (let i = end; i < lineEnd; i++) {
    const char = text[i] as string;
    if (char === '#') return false;
    if (!isPythonWhitespace(char)) return true;
  }
  return false;
}

/** Equal line by line, ignoring the whitespace that starts each line (as Ruff compares). */
function matchesIgnoringIndentation(actual: string, expected: string): boolean {
  const a = universalLines(actual);
  const b = universalLines(expected);
  return a.length === b.length && a.every((line, i) => trimStartPython(line) === trimStartPython(b[i] as string));
}
