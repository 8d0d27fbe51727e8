// Shapes of a function the summary reads: its positional parameters, memoising decorators, lazy
// initialisation of globals, and returns of its own state.
import { parameterName, type Scope, type SemanticModel } from '../semantic/index.js';
import { decoratorCallee, unparenthesize, type SyntaxNode } from '../syntax/index.js';

const MEMOISING_DECORATORS = new Set(['functools.cache', 'functools.lru_cache', 'functools.cached_property']);

/** Positional parameters by name, as a call's arguments line up with them. */
export function parameterPositions(scope: Scope): Map<string, number> {
  const positions = new Map<string, number>();
  const parameters = scope.node.childForFieldName('parameters')?.namedChildren ?? [];
  let position = 0;
  for (const parameter of parameters) {
    if (parameter.type === 'comment') continue;
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern' || parameter.type === 'keyword_separator') break;
    if (parameter.type === 'positional_separator') continue;
    const name = parameterName(parameter);
    if (name) positions.set(name.text, position);
    position++;
  }
  return positions;
}

export function isMemoised(decorators: readonly SyntaxNode[], semantic: SemanticModel): boolean {
  return decorators.some((decorator) => {
    const callee = decoratorCallee(decorator);
    const name = callee && semantic.qualifiedName(callee);
    return name !== undefined && name !== null && MEMOISING_DECORATORS.has(name);
  });
}

/**
 * `global _client` … `if _client is None: _client = connect()`: the work runs on the first call
 * only, like a memoised function's, so its calls are not taken as what every call does.
 */
export function inLazyInitialisation(call: SyntaxNode, scope: Scope): boolean {
  if (scope.globals.size === 0) return false;
  for (let node = call.parent; node && node.id !== scope.node.id; node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const condition = node.childForFieldName('condition');
    const tested = condition ? testedForUnset(unparenthesize(condition)) : undefined;
    if (tested !== undefined && scope.globals.has(tested)) return true;
  }
  return false;
}

/** `name is None` or `not name`: the name tested for being unset. */
function testedForUnset(condition: SyntaxNode): string | undefined {
  if (condition.type === 'not_operator') {
    const operand = condition.childForFieldName('argument');
    return operand?.type === 'identifier' ? operand.text : undefined;
  }
  if (condition.type !== 'comparison_operator') return undefined;
  const [left, right] = condition.namedChildren;
  const operator = condition.children.find((child) => !child.isNamed)?.text;
  return left?.type === 'identifier' && right?.type === 'none' && operator === 'is' ? left.text : undefined;
}

/** `self`, `self.x`, `cls.y.z`: the instance's own state, which no caller passes as an argument. */
export function isOwnAttribute(value: SyntaxNode): boolean {
  let node = value;
  while (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    if (!object) return false;
    node = object;
  }
  return node.type === 'identifier' && (node.text === 'self' || node.text === 'cls');
}
