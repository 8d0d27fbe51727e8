// What a call may name in the project's own code, written as a target the link phase resolves
// across modules. Only shapes the semantic model can vouch for are named; anything dynamic
// (attributes of attributes, calls through containers, `getattr`) has no target and is skipped.
import { unparenthesize, type SyntaxNode, type SyntaxTree } from '../syntax/index.js';
import { parameterName } from './build.js';
import type { SemanticModel } from './model.js';
import type { Binding, Scope } from './scope.js';

/**
 * Target forms (relative to the module making the call):
 * - `q:pkg.mod.func`, `q:.db.fetch` — a name reached through an import (dots: relative import);
 * - `l:func`, `l:Class.method` — defined at the top level of this module (or star-imported into it);
 * - `s:Class.method` — `self.method()` / `cls.method()` in a method of `Class`;
 * - `super:Class.method` — `super().method()` in a method of `Class`;
 * - `<class target>#method` — a method of an instance made in the same function or module
 *   (`client = PaymentClient(); client.charge()`).
 */
export function callTarget(callee: SyntaxNode, semantic: SemanticModel, scope: Scope): string | undefined {
  const node = unparenthesize(callee);
  if (node.type === 'identifier') return nameTarget(node, semantic);
  if (node.type !== 'attribute') return undefined;
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute')?.text;
  if (!object || attribute === undefined) return undefined;
  const receiver = unparenthesize(object);
  if (receiver.type === 'call') return superTarget(receiver, semantic, scope, attribute) ?? madeHere(receiver, semantic, attribute);
  if (receiver.type === 'identifier') return attributeOfName(receiver.text, receiver.startIndex, attribute, semantic, scope);
  const qualified = semantic.qualifiedName(receiver);
  return qualified === undefined || qualified.startsWith('builtins.') ? undefined : `q:${qualified}.${attribute}`;
}

/**
 * callTarget of node `callee` of `tree`, read from the tree's ids when it is a name or a name's
 * attribute (most calls): the summary asks at every call worth reading, and node objects for them
 * showed in profiles. Other shapes are read through callTarget.
 */
export function callTargetOf(tree: SyntaxTree, callee: number, semantic: SemanticModel, scope: Scope): string | undefined {
  const type = tree.typeName(callee);
  if (type === 'identifier') return nameTargetAt(tree.textOf(callee), tree.starts[callee] as number, semantic);
  if (type === 'attribute') {
    const object = tree.fieldChild(callee, 'object');
    const attribute = tree.fieldChild(callee, 'attribute');
    if (object >= 0 && attribute >= 0 && tree.typeName(object) === 'identifier') {
      return attributeOfName(tree.textOf(object), tree.starts[object] as number, tree.textOf(attribute), semantic, scope);
    }
  }
  return callTarget(tree.node(callee), semantic, scope);
}

/** `name.attribute` called, the name written at `offset`: a method of `self`, of an instance, of an import, or of a class here. */
function attributeOfName(name: string, offset: number, attribute: string, semantic: SemanticModel, scope: Scope): string | undefined {
  const binding = semantic.lookup(name, offset);
  if (binding) {
    const className = selfClass(binding, scope);
    if (className !== undefined) return `s:${className}.${attribute}`;
    const instance = instanceClass(binding, semantic, scope);
    if (instance !== undefined) return `${instance}#${attribute}`;
  }
  // What semantic.qualifiedName reads of a name: its import, or the builtin it stands for.
  const qualified = binding ? binding.qualifiedName : semantic.isBuiltin(name, offset) ? `builtins.${name}` : undefined;
  if (qualified !== undefined) return qualified.startsWith('builtins.') ? undefined : `q:${qualified}.${attribute}`;
  // `Service.create` where `Service` is defined at the top of this module.
  const local = binding && (binding.kind === 'class' || binding.kind === 'function') && binding.scope.kind === 'module';
  return local ? `l:${name}.${attribute}` : undefined;
}

/** The class a top-level method belongs to, and the method's dotted name (`Class.method`), or the function's. */
export function definitionPath(scope: Scope): string | undefined {
  if (scope.kind !== 'function') return undefined;
  const parent = scope.parent;
  if (parent?.kind === 'module') return scope.name;
  if (parent?.kind === 'class' && parent.parent?.kind === 'module') return `${parent.name}.${scope.name}`;
  return undefined;
}

function nameTarget(identifier: SyntaxNode, semantic: SemanticModel): string | undefined {
  return nameTargetAt(identifier.text, identifier.startIndex, semantic);
}

/** What a call of `name`, written at `offset`, names. */
function nameTargetAt(name: string, offset: number, semantic: SemanticModel): string | undefined {
  const binding = semantic.lookup(name, offset);
  // Not bound here but maybe by `from m import *`: looked up in the star-imported modules.
  if (!binding) return semantic.module.hasStarImport && !semantic.isBuiltin(name, offset) ? `l:${name}` : undefined;
  if (binding.kind === 'import' || binding.kind === 'from-import') return binding.qualifiedName && `q:${binding.qualifiedName}`;
  if ((binding.kind === 'function' || binding.kind === 'class') && binding.scope.kind === 'module') return `l:${binding.name}`;
  return undefined;
}

/** `self` / `cls`: the first parameter of a method of a top-level class. */
function selfClass(binding: Binding, scope: Scope): string | undefined {
  if (binding.kind !== 'parameter' || binding.scope !== scope) return undefined;
  const owner = scope.parent;
  if (owner?.kind !== 'class' || owner.parent?.kind !== 'module') return undefined;
  return cachedFirstParameterName(scope) === binding.name ? owner.name : undefined;
}

const firstParameters = new WeakMap<Scope, string | null>();

/** `firstParameterName`, read once per function: every `self.x()` in it asks. */
function cachedFirstParameterName(scope: Scope): string | undefined {
  let name = firstParameters.get(scope);
  if (name === undefined) {
    name = firstParameterName(scope) ?? null;
    firstParameters.set(scope, name);
  }
  return name ?? undefined;
}

/** The name of a function's first parameter. */
export function firstParameterName(scope: Scope): string | undefined {
  const parameters = scope.node.childForFieldName('parameters');
  if (!parameters) return undefined;
  for (let index = 0; ; index++) {
    const parameter = parameters.namedChild(index);
    if (!parameter) return undefined;
    if (parameter.type !== 'comment') return parameterName(parameter)?.text;
  }
}

/** `super().method` (or `super(Class, self).method`) in a method of a top-level class. */
function superTarget(call: SyntaxNode, semantic: SemanticModel, scope: Scope, attribute: string): string | undefined {
  const callee = call.childForFieldName('function');
  if (!callee || callee.type !== 'identifier' || callee.text !== 'super' || !semantic.isBuiltin('super', callee.startIndex)) return undefined;
  const owner = scope.parent;
  if (scope.kind !== 'function' || owner?.kind !== 'class' || owner.parent?.kind !== 'module') return undefined;
  return `super:${owner.name}.${attribute}`;
}

/** `Formatter().text`: a method of an instance made on the spot. */
function madeHere(call: SyntaxNode, semantic: SemanticModel, attribute: string): string | undefined {
  const constructor = call.childForFieldName('function');
  const target = constructor && constructorTarget(constructor, semantic);
  return target === undefined ? undefined : `${target}#${attribute}`;
}

/**
 * The class target of an instance: a name whose one binding in the function (or, for a module
 * global, in the module) is `name = ProjectClass(...)`. A name bound more than once is skipped:
 * which value reaches the call is not known without flow analysis.
 */
function instanceClass(binding: Binding, semantic: SemanticModel, scope: Scope): string | undefined {
  if (binding.kind !== 'assignment' || (binding.scope !== scope && binding.scope.kind !== 'module')) return undefined;
  if ((binding.scope.bindings.get(binding.name)?.length ?? 0) !== 1) return undefined;
  const value = binding.value && unparenthesize(binding.value);
  if (value?.type !== 'call') return undefined;
  const constructor = value.childForFieldName('function');
  return constructor ? constructorTarget(constructor, semantic) : undefined;
}

/** What a constructor call names: a class of this module or one reached through imports. */
function constructorTarget(constructor: SyntaxNode, semantic: SemanticModel): string | undefined {
  const target = constructor.type === 'identifier' ? nameTarget(constructor, semantic) : undefined;
  if (target !== undefined) return target;
  const qualified = constructor.type === 'attribute' ? semantic.qualifiedName(constructor) : undefined;
  return qualified === undefined || qualified.startsWith('builtins.') ? undefined : `q:${qualified}`;
}
