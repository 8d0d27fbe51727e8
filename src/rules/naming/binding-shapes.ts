// What a binding's statement looks like: namedtuple/TypedDict/TypeVar factories, type aliases.
import type { Binding, SemanticModel } from '../../semantic/index.js';
import type { SyntaxNode } from '../../syntax/index.js';

/** Binding kinds that correspond to a stored name (what pep8-naming's variable rules inspect). */
export const STORED_NAME_KINDS: ReadonlySet<string> = new Set([
  'assignment',
  'annotation',
  'augmented-assignment',
  'for-target',
  'with-target',
  'walrus',
  'type-alias',
]);

const TYPING_MODULES = ['typing', 'typing_extensions'];

function typingNames(...members: string[]): ReadonlySet<string> {
  return new Set(TYPING_MODULES.flatMap((module) => members.map((member) => `${module}.${member}`)));
}

const NAMED_TUPLE_FACTORIES = new Set(['collections.namedtuple', ...typingNames('NamedTuple')]);
const TYPED_DICT_FACTORIES = typingNames('TypedDict');
const TYPE_VAR_FACTORIES = typingNames('TypeVar', 'NewType');
const TYPE_ALIAS_ANNOTATIONS = typingNames('TypeAlias');
const FINAL_ANNOTATIONS = typingNames('Final');

/** The callee's qualified name when the binding is `name = callee(...)` (plain `=` only). */
function plainAssignmentCallee(binding: Binding, semantic: SemanticModel): string | undefined {
  if (binding.kind !== 'assignment' || binding.annotation || binding.value?.type !== 'call') return undefined;
  const callee = binding.value.childForFieldName('function');
  return callee ? semantic.qualifiedName(callee) : undefined;
}

/** `Point = namedtuple(...)` or `Point = NamedTuple(...)`. */
export function isNamedTupleAssignment(binding: Binding, semantic: SemanticModel): boolean {
  const callee = plainAssignmentCallee(binding, semantic);
  return callee !== undefined && NAMED_TUPLE_FACTORIES.has(callee);
}

/** `Movie = TypedDict(...)`. */
export function isTypedDictAssignment(binding: Binding, semantic: SemanticModel): boolean {
  const callee = plainAssignmentCallee(binding, semantic);
  return callee !== undefined && TYPED_DICT_FACTORIES.has(callee);
}

/** `T = TypeVar(...)` or `UserId = NewType(...)` (Ruff exempts only these two factories). */
export function isTypeVarAssignment(binding: Binding, semantic: SemanticModel): boolean {
  const callee = plainAssignmentCallee(binding, semantic);
  return callee !== undefined && TYPE_VAR_FACTORIES.has(callee);
}

/** `X: TypeAlias = ...` or `type X = ...`. */
export function isExplicitTypeAlias(binding: Binding, semantic: SemanticModel): boolean {
  if (binding.kind === 'type-alias') return true;
  return binding.annotation !== undefined && annotationIs(binding.annotation, TYPE_ALIAS_ANNOTATIONS, semantic);
}

/** `X: Final = ...` or `X: Final[int] = ...`. */
export function isFinalAnnotated(binding: Binding, semantic: SemanticModel): boolean {
  return binding.annotation !== undefined && annotationIs(binding.annotation, FINAL_ANNOTATIONS, semantic);
}

function annotationIs(annotation: SyntaxNode, names: ReadonlySet<string>, semantic: SemanticModel): boolean {
  let node: SyntaxNode | null = annotation.type === 'type' ? annotation.namedChild(0) : annotation;
  if (node?.type === 'generic_type' || node?.type === 'subscript') node = node.namedChild(0);
  return node !== null && semantic.matchesQualifiedName(node, names);
}

/** Django's dynamic model imports: `Model = apps.get_model("app", "Model")`, `import_string(...)`. */
export function isDjangoModelImport(binding: Binding, semantic: SemanticModel): boolean {
  const value = binding.value;
  if (value?.type !== 'call' || (binding.kind !== 'assignment' && binding.kind !== 'annotation')) return false;
  const callee = value.childForFieldName('function');
  const args = value.childForFieldName('arguments')?.namedChildren.filter((arg) => arg.type !== 'comment') ?? [];
  if (!callee || args.length === 0) return false;
  if (callee.text === 'get_model' || callee.text.endsWith('.get_model')) {
    const modelName = args.find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === 'model_name')
      ?.childForFieldName('value') ?? args[args.length - 1];
    if (!modelName || modelName.type === 'keyword_argument') return false;
    return modelName.type !== 'string' || stringValue(modelName) === binding.name;
  }
  if (semantic.qualifiedName(callee) === 'django.utils.module_loading.import_string') {
    const path = args[0];
    return path?.type === 'string' && stringValue(path)?.split('.').pop() === binding.name;
  }
  return false;
}

/** The content of a plain, single-part string literal, or undefined. */
export function stringValue(node: SyntaxNode): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = node.namedChildren.filter((child) => child.type !== 'string_start' && child.type !== 'string_end');
  if (parts.some((part) => part.type !== 'string_content')) return undefined;
  return parts.map((part) => part.text).join('');
}
