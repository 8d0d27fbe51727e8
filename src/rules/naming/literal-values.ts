// Recognises literal values (constants) and type expressions (aliases) on the right of `=`.
import type { SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';

/**
 * A literal a module constant is bound to: a number, string or bytes (an f-string only without
 * placeholders), a bool, `-1`, or a tuple / `frozenset(...)` of those.
 */
export function isLiteralValue(value: SyntaxNode, semantic: SemanticModel): boolean {
  const node = unparenthesize(value);
  switch (node.type) {
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
      return true;
    case 'string':
      return !node.namedChildren.some((child) => child.type === 'interpolation');
    case 'concatenated_string':
      return node.namedChildren.every((part) => part.type !== 'string' || isLiteralValue(part, semantic));
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      return operand !== null && (operand.type === 'integer' || operand.type === 'float');
    }
    case 'tuple':
    case 'expression_list':
      return node.namedChildren.every((item) => item.type === 'comment' || isLiteralValue(item, semantic));
    case 'call': {
      const callee = node.childForFieldName('function');
      const args = node.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
      if (!callee || semantic.qualifiedName(callee) !== 'builtins.frozenset' || args.length > 1) return false;
      const items = args[0];
      if (!items) return true;
      const collection = unparenthesize(items);
      if (!['set', 'list', 'tuple'].includes(collection.type)) return false;
      return collection.namedChildren.every((item) => item.type === 'comment' || isLiteralValue(item, semantic));
    }
    default:
      return false;
  }
}

const GENERIC_BUILTINS = new Set(['list', 'dict', 'set', 'frozenset', 'tuple', 'type'].map((n) => `builtins.${n}`));
const GENERIC_COLLECTIONS = new Set(['deque', 'defaultdict', 'OrderedDict', 'Counter', 'ChainMap'].map((n) => `collections.${n}`));
const TYPE_NAMES = new Set(
  ['int', 'str', 'float', 'bool', 'bytes', 'bytearray', 'complex', 'object', 'list', 'dict', 'set', 'frozenset', 'tuple', 'type']
    .map((n) => `builtins.${n}`),
);

function isTypingName(name: string): boolean {
  return name.startsWith('typing.') || name.startsWith('typing_extensions.') || name.startsWith('collections.abc.');
}

/** A subscripted generic: `dict[str, Any]`, `Optional[int]`, `Callable[[int], str]`. */
function isGenericSubscript(node: SyntaxNode, semantic: SemanticModel): boolean {
  if (node.type !== 'subscript') return false;
  const base = node.childForFieldName('value');
  const name = base ? semantic.qualifiedName(base) : undefined;
  return name !== undefined && (GENERIC_BUILTINS.has(name) || GENERIC_COLLECTIONS.has(name) || isTypingName(name));
}

/** An operand that is certainly a type: `None`, a builtin type, a typing name, or a generic. */
function isDefiniteType(node: SyntaxNode, semantic: SemanticModel): boolean {
  if (node.type === 'none') return true;
  if (isGenericSubscript(node, semantic)) return true;
  if (node.type === 'binary_operator') return isTypeUnion(node, semantic);
  if (node.type !== 'identifier' && node.type !== 'attribute') return false;
  const name = semantic.qualifiedName(node);
  return name !== undefined && (TYPE_NAMES.has(name) || isTypingName(name));
}

function isTypeUnion(node: SyntaxNode, semantic: SemanticModel): boolean {
  if (node.childForFieldName('operator')?.type !== '|') return false;
  const operands: SyntaxNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = unparenthesize(stack.pop() as SyntaxNode);
    if (current.type === 'binary_operator' && current.childForFieldName('operator')?.type === '|') {
      for (const side of ['left', 'right']) {
        const operand = current.childForFieldName(side);
        if (operand) stack.push(operand);
      }
    } else operands.push(current);
  }
  const isOperand = (n: SyntaxNode): boolean =>
    n.type === 'identifier' || n.type === 'attribute' || n.type === 'none' || n.type === 'subscript' || n.type === 'string';
  return operands.every(isOperand) && operands.some((operand) => isDefiniteType(operand, semantic));
}

/** A value that makes `Name = value` a type alias: a subscripted generic or a `|` union of types. */
export function isTypeExpression(value: SyntaxNode, semantic: SemanticModel): boolean {
  const node = unparenthesize(value);
  return isGenericSubscript(node, semantic) || (node.type === 'binary_operator' && isTypeUnion(node, semantic));
}
