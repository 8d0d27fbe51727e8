// Parses Python with our native binding of tree-sitter-python (the only door to tree-sitter).
import { SyntaxTree } from './flat-tree.js';
import { binding } from './native.js';
import { PIECE_LENGTH, PIECE_THRESHOLD, statementCuts } from './pieces.js';

export { SyntaxNode, SyntaxTree, symbolIdsOf, symbolMask, type Point } from './flat-tree.js';

/**
 * Parses Python source text. Lone `\r` line endings, which Python accepts but the grammar does
 * not, are parsed as `\n`: the substitution keeps every offset unchanged.
 */
export function parsePython(text: string): SyntaxTree {
  if (text.length > PIECE_THRESHOLD) return parsePythonInPieces(text);
  const input = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return new SyntaxTree(binding.parse(input), text);
}

/**
 * Parses like parsePython, in pieces of about `pieceLength` cut at top-level statements, so that
 * tree-sitter holds one piece at a time (parsePython does this for large files; tests call it with
 * short pieces to hold its trees to the whole parse's).
 */
export function parsePythonInPieces(text: string, pieceLength = PIECE_LENGTH): SyntaxTree {
  const input = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  const cuts = statementCuts(input, pieceLength);
  return new SyntaxTree(cuts.length === 0 ? binding.parse(input) : binding.parseInPieces(input, cuts), text);
}

/**
 * Parses like parsePython but builds the flat tree through tree-sitter's public cursor API: the
 * slower reference that tests hold the fast subtree walk to.
 */
export function parsePythonWithCursor(text: string): SyntaxTree {
  const input = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return new SyntaxTree(binding.parse(input, true), text);
}

/** Parses and discards the tree: the bare cost of parsing, for benchmarks. */
export function parseOnly(text: string): void {
  binding.parseOnly(text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);
}
