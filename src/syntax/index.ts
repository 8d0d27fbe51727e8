// Public surface of the syntax layer: the only door to tree-sitter for the rest of the code.
export { SyntaxNode, SyntaxTree, parsePython, parsePythonInPieces, parsePythonWithCursor, parseOnly, symbolIdsOf, symbolMask, type Point } from './parser.js';
export { decodePython, encodePython, type DecodeResult, type TextEncodingInfo } from './decode.js';
export { LineIndex, codePointCount, type Location } from './line-index.js';
export { parseSource, dominantNewline, type SourceFile } from './source-file.js';
export { syntaxDamage, firstProblem, isDamaged, stringPrefixProblem, python2StatementError, unparenthesizedExceptTypes, type SyntaxDamage, type SyntaxProblem } from './syntax-error.js';
export { NODE_TYPES, type NodeType } from './node-types.js';
export * from './nodes.js';
