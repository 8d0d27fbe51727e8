// Which unannotated class-body assignments TYP003 leaves alone, and why.
import type { Settings } from '../../config/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import { definitionName, unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import { isDunder } from './function-facts.js';

/**
 * Values that make the name a method or a descriptor, not data: `area = property(_area)`,
 * `create = classmethod(_create)`. Their type is the callable's, which annotations cannot state
 * better.
 */
const DESCRIPTOR_FACTORIES = new Set([
  'builtins.property',
  'builtins.classmethod',
  'builtins.staticmethod',
  'functools.cached_property',
  'functools.partialmethod',
  'functools.singledispatchmethod',
  'abc.abstractproperty',
]);

/**
 * Attributes that well-known base classes declare with a type; a subclass that overrides them
 * inherits that declaration (typeshed types `TestCase.maxDiff` as `int | None`).
 */
const INHERITED_DECLARATIONS: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  'test-case': new Set(['maxDiff', 'longMessage', 'failureException']),
  // SQLAlchemy's declarative base is configured with these (unannotated in its documentation);
  // on a mapped class an annotation would be read as a column.
  'sqlalchemy-model': new Set(['metadata', 'registry', 'type_annotation_map']),
};

/** Why a whole class is skipped, or undefined when its attributes are checked. */
export function classExemption(classNode: SyntaxNode, semantic: SemanticModel, settings: Settings): string | undefined {
  const info = semantic.classInfo(classNode);
  if (info.kinds.has('enum')) return 'enum members must not be annotated (typing spec)';
  const outer = semantic.scopeOf(classNode);
  const name = definitionName(classNode);
  if (outer.kind === 'class' && (name === 'Meta' || name === 'Config')) return 'Django/pydantic v1 option class';
  if (hasExemptBase(classNode, semantic, settings.typeHints.exemptBaseClasses, new Set())) return 'exempt base class';
  return undefined;
}

/** True when one of the class's bases, directly or through classes of this module, is listed. */
function hasExemptBase(classNode: SyntaxNode, semantic: SemanticModel, exempt: readonly string[], seen: Set<number>): boolean {
  if (exempt.length === 0 || seen.has(classNode.id)) return false;
  seen.add(classNode.id);
  const info = semantic.classInfo(classNode);
  return info.bases.some((base, i) => {
    const qualified = info.baseNames[i];
    if (exempt.some((entry) => entry === qualified || entry === base.text || (!entry.includes('.') && lastSegment(qualified ?? base.text) === entry))) {
      return true;
    }
    const local = base.type === 'identifier' ? semantic.resolve(base) : undefined;
    return local?.kind === 'class' && hasExemptBase(local.statement, semantic, exempt, seen);
  });
}

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** True when the attribute `name` of the class needs no annotation of its own. */
export function isExemptName(name: string, classNode: SyntaxNode, semantic: SemanticModel): boolean {
  if (isDunder(name)) return true;
  // pydantic reads `model_config` itself; annotating it makes pydantic ≥ 2.11 raise.
  if (name === 'model_config') return true;
  const kinds = semantic.classInfo(classNode).kinds;
  for (const kind of kinds) if (INHERITED_DECLARATIONS[kind]?.has(name)) return true;
  const scope = semantic.scopeCreatedBy(classNode);
  // Declared elsewhere in the class body (`x: int` then `x = 1`): the declaration holds.
  return scope?.bindings.get(name)?.some((binding) => binding.annotation !== undefined) ?? false;
}

/** True when the value makes the name a method, a descriptor or a class, not a data attribute. */
export function isExemptValue(value: SyntaxNode, semantic: SemanticModel): boolean {
  const node = unparenthesize(value);
  if (node.type === 'lambda') return true;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const name = callee ? semantic.qualifiedName(callee) : undefined;
    return name !== undefined && DESCRIPTOR_FACTORIES.has(name);
  }
  if (node.type === 'identifier') {
    const kind = semantic.resolve(node)?.kind;
    return kind === 'function' || kind === 'class';
  }
  return false;
}
