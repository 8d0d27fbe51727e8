// Decorator facts the naming rules share: `@override` and `@overload`.
import type { SemanticModel } from '../../semantic/index.js';
import { decoratorCallee, decoratorsOf, type SyntaxNode } from '../../syntax/index.js';

const OVERRIDE_OR_OVERLOAD = new Set([
  'typing.override',
  'typing_extensions.override',
  'typing.overload',
  'typing_extensions.overload',
]);
const OVERRIDE = new Set(['typing.override', 'typing_extensions.override']);

/** Qualified names of a definition's decorators (the callee for `@d(...)`); unresolved ones as written. */
export function decoratorNames(definition: SyntaxNode, semantic: SemanticModel): string[] {
  return decoratorsOf(definition).map((decorator) => {
    const callee = decoratorCallee(decorator);
    if (!callee) return '';
    return semantic.qualifiedName(callee) ?? callee.text;
  });
}

/** Decorated with `@override` or `@overload` (the name is defined, and checked, elsewhere). */
export function isOverrideOrOverload(definition: SyntaxNode, semantic: SemanticModel): boolean {
  return decoratorNames(definition, semantic).some((name) => OVERRIDE_OR_OVERLOAD.has(name));
}

/** Decorated with `@override`. */
export function isOverride(definition: SyntaxNode, semantic: SemanticModel): boolean {
  return decoratorNames(definition, semantic).some((name) => OVERRIDE.has(name));
}
