// Where a type expression sits: in a type definition or not, and whether Python evaluates it.
import type { Settings } from '../../config/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import { isTypeAliasStatement, type SyntaxNode } from '../../syntax/index.js';

/** What Ruff's semantic model calls the type-definition flag and the execution context. */
export interface TypeContext {
  /** In an annotation, a type alias value, `cast()`'s type, or the slice of a generic (`list[...]`). */
  readonly inTypeDefinition: boolean;
  /** Python evaluates the expression when the code runs (not under `from __future__ import annotations`, `if TYPE_CHECKING:`, …). */
  readonly runtime: boolean;
}

const TYPING_MODULES = ['typing', 'typing_extensions'];
const CAST = new Set(TYPING_MODULES.map((m) => `${m}.cast`));
const TYPE_ALIAS = new Set(TYPING_MODULES.map((m) => `${m}.TypeAlias`));
const TYPE_CHECKING = new Set(TYPING_MODULES.map((m) => `${m}.TYPE_CHECKING`));
/** Builtins whose subscripts hold types (PEP 585). */
const BUILTIN_GENERICS = new Set(['list', 'dict', 'set', 'frozenset', 'tuple', 'type'].map((n) => `builtins.${n}`));
const GENERIC_MODULES = ['typing.', 'typing_extensions.', 'collections.abc.', 'collections.'];

/**
 * Classifies the place of `node` (an expression of the main tree). `quoted` is true when the
 * expression was read from inside a string annotation: strings are never evaluated as code.
 */
export function typeContextOf(node: SyntaxNode, semantic: SemanticModel, settings: Settings, quoted: boolean): TypeContext {
  let inTypeDefinition = quoted;
  let annotation: 'none' | 'parameter-or-return' | 'variable' | 'alias' = 'none';
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    const type = parent.type;
    if (type === 'type') {
      inTypeDefinition = true;
      annotation = annotationKind(parent);
    } else if (type === 'subscript' && !isField(parent, 'value', child) && isGenericValue(parent.childForFieldName('value'), semantic)) {
      inTypeDefinition = true;
    } else if (type === 'argument_list' && parent.namedChild(0)?.id === child.id) {
      const callee = parent.parent?.childForFieldName('function');
      if (callee && semantic.matchesQualifiedName(callee, CAST)) inTypeDefinition = true;
    } else if (type === 'assignment' && isField(parent, 'right', child)) {
      const declared = parent.childForFieldName('type')?.namedChild(0);
      if (declared && semantic.matchesQualifiedName(declared, TYPE_ALIAS)) {
        inTypeDefinition = true;
        annotation = 'alias';
      }
    }
    if (type === 'function_definition' || type === 'class_definition' || type === 'block' || type === 'module') break;
  }
  if (quoted || annotation === 'alias') return { inTypeDefinition, runtime: false };
  if (annotation === 'none') return { inTypeDefinition, runtime: !inTypeCheckingBlock(child, semantic) };
  const deferred = hasFutureAnnotations(semantic) || settings.targetVersion === 'py314';
  const localVariable = annotation === 'variable' && semantic.enclosingFunction(node) !== undefined;
  return { inTypeDefinition, runtime: !deferred && !localVariable && !inTypeCheckingBlock(child, semantic) };
}

function annotationKind(typeNode: SyntaxNode): 'parameter-or-return' | 'variable' | 'alias' {
  const owner = typeNode.parent;
  if (owner?.type === 'assignment') return 'variable';
  if (isTypeAliasStatement(owner) || owner?.type === 'type_parameter' || owner?.type === 'generic_type') return 'alias';
  return 'parameter-or-return';
}

function isField(parent: SyntaxNode, field: string, child: SyntaxNode): boolean {
  return parent.childForFieldName(field)?.id === child.id;
}

/** `list`, `typing.List`, `collections.abc.Mapping`, …: a subscript of it holds types. */
export function isGenericValue(value: SyntaxNode | null, semantic: SemanticModel): boolean {
  if (!value) return false;
  const name = semantic.qualifiedName(value);
  if (!name) return false;
  return BUILTIN_GENERICS.has(name) || GENERIC_MODULES.some((prefix) => name.startsWith(prefix));
}

function hasFutureAnnotations(semantic: SemanticModel): boolean {
  return semantic.imports.some((binding) => binding.kind === 'future-import' && binding.qualifiedName === '__future__.annotations');
}

/** Inside `if TYPE_CHECKING:` (not its `else`), at any depth. */
function inTypeCheckingBlock(from: SyntaxNode, semantic: SemanticModel): boolean {
  let child = from;
  for (let parent = from.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== 'if_statement' || !isField(parent, 'consequence', child)) continue;
    const condition = parent.childForFieldName('condition');
    if (condition && (condition.text === 'TYPE_CHECKING' || semantic.matchesQualifiedName(condition, TYPE_CHECKING))) return true;
  }
  return false;
}
