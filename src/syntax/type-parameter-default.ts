// Type parameter defaults (PEP 696, Python 3.13: `class Box[T = int]`), which tree-sitter-python
// 0.25 does not know: it parses the parameter and its `=` as an ERROR node and the default after it.
import type { SyntaxNode } from './parser.js';

/** Python 3.13 added type parameter defaults. */
export const TYPE_PARAMETER_DEFAULTS_MINOR = 13;

/**
 * The `= default` span when `error` is how the grammar reads a type parameter default: an ERROR of
 * a parameter (`T`, `*Ts`, `**P`, or the bound of `T: str`) and `=` (and the `*` of `= *tuple[…]`),
 * followed by the default, in the parameter list of a class, function or `type` statement. A
 * default written anywhere else (`x: list[T = int]`) stays an error.
 */
export function typeParameterDefault(error: SyntaxNode): { readonly start: number; readonly end: number } | undefined {
  const children = error.children;
  const equals = children.findIndex((child) => child.type === '=');
  if (equals !== 1 || !children.slice(2).every((child) => child.type === '*')) return undefined;
  const defaultValue = error.nextSibling;
  if (defaultValue?.type !== 'type') return undefined;
  let list = error.parent;
  // The bound of `T: str = "a"` is a constrained type inside the parameter's own type node.
  if (list?.type === 'constrained_type') list = list.parent?.parent ?? null;
  if (list?.type !== 'type_parameter' || !isDefinitionParameterList(list)) return undefined;
  return { start: (children[equals] as SyntaxNode).startIndex, end: defaultValue.endIndex };
}

/** A `[…]` list that declares type parameters (not a subscript in an annotation). */
function isDefinitionParameterList(list: SyntaxNode): boolean {
  const owner = list.parent;
  if (owner?.type === 'class_definition' || owner?.type === 'function_definition') return true;
  // `type Alias[T = int] = …`: the name and its list are a generic type, the statement's left side.
  const left = owner?.type === 'generic_type' ? owner.parent : null;
  return left?.type === 'type' && left.parent?.type === 'type_alias_statement' && left.parent.childForFieldName('left')?.id === left.id;
}
