// The return type TYP002's fix can write without guessing: `None`, or a dunder's fixed type.
import { statementsOf, unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import type { SemanticModel } from '../../semantic/index.js';

/** Return types that the data model fixes for these dunders (Ruff's `simple_magic_return_type`). */
const SIMPLE_DUNDER_RETURNS: Readonly<Record<string, string>> = {
  __str__: 'str',
  __repr__: 'str',
  __format__: 'str',
  __bytes__: 'bytes',
  __len__: 'int',
  __length_hint__: 'int',
  __int__: 'int',
  __index__: 'int',
  __float__: 'float',
  __complex__: 'complex',
  __bool__: 'bool',
  __contains__: 'bool',
  __init__: 'None',
  __del__: 'None',
  __setattr__: 'None',
  __delattr__: 'None',
  __setitem__: 'None',
  __delitem__: 'None',
  __set__: 'None',
};

/** The fixed return type of a dunder method, e.g. `__str__` → `str`. */
export function simpleDunderReturn(name: string): string | undefined {
  // Most names are not dunders; the prefix test spares them a property lookup by name.
  return name.startsWith('__') && Object.hasOwn(SIMPLE_DUNDER_RETURNS, name) ? SIMPLE_DUNDER_RETURNS[name] : undefined;
}

/**
 * True when the body only marks the function as not implemented here: `...`, `pass`-less stubs
 * and `raise NotImplementedError`, optionally after a docstring. Such functions are placeholders
 * whose real return type is unknown, so `-> None` would be a guess.
 */
export function isPlaceholderBody(node: SyntaxNode, semantic: SemanticModel): boolean {
  // A docstring, the one statement, and a third to tell "only" from "first of many".
  const statements = statementsOf(node.childForFieldName('body'), 3);
  const first = statements[0];
  const rest = first && isDocstring(first) ? statements.slice(1) : statements;
  if (rest.length !== 1) return false;
  const only = rest[0] as SyntaxNode;
  if (only.type === 'expression_statement') return only.namedChild(0)?.type === 'ellipsis';
  if (only.type !== 'raise_statement') return false;
  let raised = only.namedChild(0);
  if (!raised) return false;
  if (raised.type === 'call') raised = raised.childForFieldName('function');
  return raised !== null && semantic.qualifiedName(unparenthesize(raised)) === 'builtins.NotImplementedError';
}

function isDocstring(statement: SyntaxNode): boolean {
  return statement.type === 'expression_statement' && statement.namedChildCount === 1 && statement.namedChild(0)?.type === 'string';
}
