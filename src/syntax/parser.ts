// The only module that loads tree-sitter: one parser per thread, reused for every file.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';

/** A node of the concrete syntax tree. */
export type SyntaxNode = Parser.SyntaxNode;
/** A parsed tree; `rootNode` is the `module`. */
export type SyntaxTree = Parser.Tree;

let parser: Parser | undefined;

function sharedParser(): Parser {
  if (parser) return parser;
  parser = new Parser();
  parser.setLanguage(Python as unknown as Parser.Language);
  return parser;
}

/**
 * Parses Python source text. Lone `\r` line endings, which Python accepts but the grammar does
 * not, are parsed as `\n`: the substitution keeps every offset unchanged.
 */
export function parsePython(text: string): SyntaxTree {
  const input = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return sharedParser().parse(input);
}
