// Which builtin an expression names, resolved the way Ruff's `resolve_builtin_symbol` does.
import { BUILTIN_NAMES, type SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';

/**
 * The builtin `expression` stands for (`Exception`, `builtins.Exception` → `Exception`), or
 * undefined when it is anything else, such as a local class named `Exception`. A name that
 * nothing binds is the builtin even where a `from m import *` could rebind it: Ruff reads it so,
 * and the ERR rules that mirror Ruff's must agree with it.
 */
export function builtinSymbol(semantic: SemanticModel, expression: SyntaxNode): string | undefined {
  const node = unparenthesize(expression);
  const qualified = semantic.qualifiedName(node);
  if (qualified !== undefined) return qualified.startsWith('builtins.') ? qualified.slice('builtins.'.length) : undefined;
  if (node.type !== 'identifier' || !BUILTIN_NAMES.has(node.text)) return undefined;
  return semantic.resolve(node) ? undefined : node.text;
}

/** `Exception` or `BaseException` when `expression` names one of these builtins. */
export function blindExceptionName(semantic: SemanticModel, expression: SyntaxNode): string | undefined {
  const name = builtinSymbol(semantic, expression);
  return name === 'Exception' || name === 'BaseException' ? name : undefined;
}
