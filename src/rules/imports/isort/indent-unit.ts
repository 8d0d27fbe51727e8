// The file's indentation unit (its first indented block), which wrapped imports use for their names.
import type { LineIndex, SyntaxNode } from '../../../syntax/index.js';
import { trimPython } from './text.js';

const DEFAULT_INDENT = '    ';
const STRING_PARTS = new Set(['string', 'string_start', 'string_content', 'string_end', 'concatenated_string', 'escape_sequence']);

/**
 * The indentation unit, as Ruff's stylist reads it: the whitespace before the first block that
 * starts on a line of its own (the first INDENT token); failing that, the indentation of the
 * first line that continues a bracketed expression or follows a blank or comment line; else
 * four spaces. A form feed resets the indentation, as in CPython's tokenizer.
 */
export function indentUnit(root: SyntaxNode, text: string, lines: LineIndex): string {
  for (const block of root.descendantsOfType('block')) {
    const unit = blockIndent(block, text, lines);
    if (unit !== undefined) return unit;
  }
  return continuationIndent(root, lines) ?? DEFAULT_INDENT;
}

/** The indentation of a block that starts on a line of its own after its header, else undefined. */
function blockIndent(block: SyntaxNode, text: string, lines: LineIndex): string | undefined {
  let before = block.previousSibling;
  while (before && (before.type === 'comment' || before.type === 'line_continuation')) before = before.previousSibling;
  const row = lines.lineOf(block.startIndex);
  if (!before || lines.lineOf(before.endIndex) >= row) return undefined;
  const whitespace = text.slice(lines.lineStart(row), block.startIndex);
  const unit = whitespace.slice(whitespace.lastIndexOf('\f') + 1);
  return unit === '' ? DEFAULT_INDENT : unit;
}

/** The indentation of the first indented line after a line break that ends no statement. */
function continuationIndent(root: SyntaxNode, lines: LineIndex): string | undefined {
  for (let row = 1; row < lines.lineCount; row++) {
    const line = lines.lineText(row);
    const indent = /^[ \t\f]*/.exec(line)?.[0] ?? '';
    if (indent === '' || trimPython(line) === '') continue;
    const lineBreak = lines.lineEnd(row - 1);
    const holder = root.descendantForIndex(lineBreak);
    if (STRING_PARTS.has(holder.type)) continue;
    const previous = trimPython(lines.lineText(row - 1));
    if (previous === '' || previous.startsWith('#')) return indent;
    if (previous.endsWith('\\')) continue;
    if (holder.type !== 'module' && holder.type !== 'block') return indent;
  }
  return undefined;
}
