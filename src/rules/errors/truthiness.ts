// Whether a literal expression is certainly falsy (Ruff's `Truthiness`, for `exc_info=` arguments).
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import type { SemanticModel } from '../../semantic/index.js';

const EMPTY_WHEN_CALLED_BARE = new Set(['list', 'tuple', 'set', 'frozenset', 'dict', 'str', 'bytes', 'bytearray']);

/**
 * True when `expression` is falsy whatever runs: `False`, `None`, `0`, `0.0`, `""`, `b""`,
 * `()`, `[]`, `{}`, or a builtin collection called without arguments (`list()`). Anything that
 * depends on runtime values (a name, a call, `sys.exc_info()`) is not known to be falsy.
 */
export function isKnownFalsy(expression: SyntaxNode, semantic: SemanticModel): boolean {
  const node = unparenthesize(expression);
  switch (node.type) {
    case 'false':
    case 'none':
      return true;
    case 'integer':
    case 'float':
      return Number(node.text.replace(/_/g, '').replace(/[jJlL]$/, '')) === 0;
    case 'string':
      return isEmptyString(node);
    case 'concatenated_string':
      return node.namedChildren.every((part) => part.type !== 'string' || isEmptyString(part));
    case 'tuple':
    case 'list':
    case 'set':
    case 'dictionary':
      return node.namedChildren.every((child) => child.type === 'comment');
    case 'call': {
      const callee = node.childForFieldName('function');
      const args = node.childForFieldName('arguments');
      if (callee?.type !== 'identifier' || !EMPTY_WHEN_CALLED_BARE.has(callee.text)) return false;
      if (semantic.resolve(callee)) return false;
      return args?.type === 'argument_list' && args.namedChildren.every((child) => child.type === 'comment');
    }
    default:
      return false;
  }
}

function isEmptyString(node: SyntaxNode): boolean {
  return node.namedChildren.every((child) => child.type === 'string_start' || child.type === 'string_end');
}
