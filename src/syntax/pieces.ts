// Large files are parsed in pieces cut at top-level statements: tree-sitter's own structures take
// over a hundred bytes a node (a 50 MB file needed 3.5 GB), and a piece's are freed as soon as its
// part of the flat tree is written. A statement at the first column after a complete one starts the
// same subtree whether or not the text before it is there, so the trees are the same.
import { scanLogicalLines } from './tokenizer-limits.js';

/** Files longer than this (in UTF-16 units) are parsed in pieces. */
export const PIECE_THRESHOLD = 2 * 1024 * 1024;
/** About how long a piece is: its tree-sitter structures stay near 100 MB. */
export const PIECE_LENGTH = 1024 * 1024;

/** Keywords that continue the statement above them at the same column: no cut before them. */
const CONTINUATIONS = ['else', 'elif', 'except', 'finally'];

/**
 * Offsets at least `pieceLength` apart where `text` may be cut: starts of logical lines at the first
 * column that begin a statement of their own (not `else`, `elif`, `except`, `finally`, and not the
 * definition a decorator line above belongs to).
 */
export function statementCuts(text: string, pieceLength = PIECE_LENGTH): Uint32Array {
  const cuts: number[] = [];
  let last = 0;
  let afterDecorator = false;
  scanLogicalLines(text, (start, column) => {
    const decorator = text.charCodeAt(start) === AT;
    const cuttable = column === 0 && !afterDecorator && !decorator && start - last >= pieceLength && !continues(text, start);
    afterDecorator = decorator;
    if (!cuttable) return;
    cuts.push(start);
    last = start;
  });
  return Uint32Array.from(cuts);
}

const AT = 64;

function continues(text: string, start: number): boolean {
  return CONTINUATIONS.some((keyword) => text.startsWith(keyword, start) && !isNameChar(text.charCodeAt(start + keyword.length)));
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}
