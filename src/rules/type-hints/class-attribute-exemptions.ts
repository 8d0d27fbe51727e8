// Which unannotated class-body assignments TYP003 leaves alone, and why.
import type { Settings } from '../../config/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import type { FindingCondition } from '../../linter/index.js';
import { definitionName, unparenthesize, type SourceFile, type SyntaxNode } from '../../syntax/index.js';
import { isFirstPartyModule } from '../imports/isort/first-party-module.js';
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
  if (info.kinds.has('factory-boy')) return 'factory_boy declarations are read by the factory, not typed attributes';
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
  // Declared elsewhere in the class body (`x: int` then `x = 1`), or in a base class of this
  // module: the declaration holds for the override too.
  return localLineage(classNode, semantic).some((cls) => semantic.scopeCreatedBy(cls)?.bindings.get(name)?.some((binding) => binding.annotation !== undefined));
}

/** The class and the classes of this module it derives from, each once. */
function localLineage(classNode: SyntaxNode, semantic: SemanticModel): SyntaxNode[] {
  const order: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): void => {
    if (order.some((seen) => seen.id === node.id)) return;
    order.push(node);
    for (const base of semantic.classInfo(node).bases) {
      const local = base.type === 'identifier' ? semantic.resolve(base) : undefined;
      if (local?.kind === 'class' && local.statement.type === 'class_definition') visit(local.statement);
    }
  };
  visit(classNode);
  return order;
}

/**
 * The bases, of the class or of its bases in this module, imported from the project's own
 * modules: what they are (an Enum? annotating the attribute?) is for the link phase to say.
 */
export function projectBases(classNode: SyntaxNode, semantic: SemanticModel, source: SourceFile, settings: Settings): string[] {
  const targets: string[] = [];
  for (const cls of localLineage(classNode, semantic)) {
    const info = semantic.classInfo(cls);
    info.bases.forEach((base, i) => {
      const name = info.baseNames[i];
      if (base.type === 'identifier' && semantic.resolve(base)?.kind === 'class') return;
      if (name !== undefined && !name.startsWith('builtins.') && isFirstPartyModule(name, source, settings)) targets.push(`q:${name}`);
    });
  }
  return targets;
}

/**
 * The condition a finding on attribute `name` waits on when project bases are involved: it goes
 * if a base turns out to be an Enum or an exempt base, declares the attribute by kind, or
 * annotates it in its body.
 */
export function inheritedExemption(name: string, bases: readonly string[]): FindingCondition | undefined {
  if (bases.length === 0) return undefined;
  const kinds = ['enum', 'factory-boy', EXEMPT_BASE_KIND, ...Object.keys(INHERITED_DECLARATIONS).filter((kind) => INHERITED_DECLARATIONS[kind]?.has(name))];
  return {
    when: 'unless',
    fact: { fact: 'any', facts: [{ fact: 'class-kind', targets: bases, kinds }, { fact: 'annotates', targets: bases, name }] },
  };
}

/** The kind a project summary gives a class that derives from a `type-hints.exempt-base-classes` entry. */
export const EXEMPT_BASE_KIND = 'exempt-base';

/** True when the class derives, within its module, from an exempt base (for project summaries). */
export function derivesFromExemptBase(classNode: SyntaxNode, semantic: SemanticModel, settings: Settings): boolean {
  return hasExemptBase(classNode, semantic, settings.typeHints.exemptBaseClasses, new Set());
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
