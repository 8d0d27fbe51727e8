// What the annotation rules need to know about a `def`: method or not, static/class, overloads.
import type { SemanticModel } from '../../semantic/index.js';
import { decoratorCallee, decoratorsOf, definitionName, type SyntaxNode } from '../../syntax/index.js';

const OVERLOAD = new Set(['typing.overload', 'typing_extensions.overload']);
const ABSTRACT = new Set([
  'abc.abstractmethod',
  'abc.abstractproperty',
  'abc.abstractclassmethod',
  'abc.abstractstaticmethod',
]);

/** How a function is defined, as flake8-annotations classifies it. */
export interface FunctionFacts {
  readonly name: string;
  /** Defined directly in a class body (a nested `def` inside a method is not a method). */
  readonly isMethod: boolean;
  readonly isStatic: boolean;
  readonly isClassMethod: boolean;
  /** Qualified names of the decorators (the callee for `@d(...)`); unresolved ones as written. */
  readonly decorators: readonly string[];
}

/**
 * Facts already found, per file's model and `def` node id: the parameter and return rules both ask
 * for every function. Keyed by the one model object, not by node objects, whose identity hashes
 * cost more than the cache saved.
 */
const factsByModel = new WeakMap<SemanticModel, Map<number, FunctionFacts>>();

/** Classifies `def` node `node`. */
export function functionFacts(node: SyntaxNode, semantic: SemanticModel): FunctionFacts {
  let factsById = factsByModel.get(semantic);
  if (!factsById) {
    factsById = new Map();
    factsByModel.set(semantic, factsById);
  }
  let facts = factsById.get(node.id);
  if (!facts) {
    const decorators = decoratorQualifiedNames(node, semantic);
    const isMethod = semantic.scopeOf(node).kind === 'class';
    facts = {
      name: definitionName(node),
      isMethod,
      isStatic: isMethod && decorators.includes('builtins.staticmethod'),
      isClassMethod: isMethod && decorators.includes('builtins.classmethod'),
      decorators,
    };
    factsById.set(node.id, facts);
  }
  return facts;
}

/** Qualified names of a definition's decorators (the callee for `@d(...)`), unresolved ones as written. */
export function decoratorQualifiedNames(definition: SyntaxNode, semantic: SemanticModel): string[] {
  return decoratorsOf(definition).map((decorator) => {
    const callee = decoratorCallee(decorator);
    if (!callee) return '';
    return semantic.qualifiedName(callee) ?? builtinIgnoringStarImports(callee, semantic) ?? callee.text;
  });
}

/**
 * `builtins.<name>` for an identifier no binding shadows. Unlike `qualifiedName`, a star import
 * is not taken to shadow builtins (Ruff resolves names the same way).
 */
export function builtinIgnoringStarImports(node: SyntaxNode, semantic: SemanticModel): string | undefined {
  if (node.type !== 'identifier' || semantic.resolve(node)) return undefined;
  return `builtins.${node.text}`;
}

export function isOverloadStub(facts: FunctionFacts): boolean {
  return facts.decorators.some((name) => OVERLOAD.has(name));
}

export function isAbstract(facts: FunctionFacts): boolean {
  return facts.decorators.some((name) => ABSTRACT.has(name));
}

/**
 * True for the implementation that follows `@overload` stubs: the nearest earlier definition in
 * the same block is an `@overload` function of the same name. Ruff compares with the previous
 * definition only, so a class or another function in between ends the overload group.
 */
export function isOverloadImplementation(node: SyntaxNode, facts: FunctionFacts, semantic: SemanticModel): boolean {
  if (isOverloadStub(facts)) return false;
  const statement = node.parent?.type === 'decorated_definition' ? node.parent : node;
  for (let sibling = statement.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
    const definition = sibling.type === 'decorated_definition' ? sibling.childForFieldName('definition') : sibling;
    if (!definition || (definition.type !== 'function_definition' && definition.type !== 'class_definition')) continue;
    if (definition.type === 'class_definition' || definitionName(definition) !== facts.name) return false;
    return decoratorQualifiedNames(definition, semantic).some((name) => OVERLOAD.has(name));
  }
  return false;
}

/** A parameter as the annotation rules see it: its node, name, kind and annotation. */
export interface ParameterFacts {
  readonly node: SyntaxNode;
  readonly name: SyntaxNode;
  readonly kind: 'plain' | 'args' | 'kwargs';
  readonly annotated: boolean;
}

/** The parameters of a `def`, without the `/` and `*` markers. */
export function parametersOf(node: SyntaxNode): ParameterFacts[] {
  const params = node.childForFieldName('parameters');
  const found: ParameterFacts[] = [];
  for (const param of params?.namedChildren ?? []) {
    const shape = parameterShape(param);
    if (shape) found.push(shape);
  }
  return found;
}

function parameterShape(param: SyntaxNode): ParameterFacts | undefined {
  switch (param.type) {
    case 'identifier':
      return { node: param, name: param, kind: 'plain', annotated: false };
    case 'default_parameter':
    case 'typed_default_parameter': {
      const name = param.childForFieldName('name');
      if (name?.type !== 'identifier') return undefined;
      return { node: param, name, kind: 'plain', annotated: param.type === 'typed_default_parameter' };
    }
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern': {
      const name = param.namedChildren.find((child) => child.type === 'identifier');
      if (!name) return undefined;
      return { node: param, name, kind: param.type === 'list_splat_pattern' ? 'args' : 'kwargs', annotated: false };
    }
    case 'typed_parameter': {
      const inner = param.namedChildren.find((child) => child.type !== 'type' && child.type !== 'comment');
      if (!inner) return undefined;
      const shape = inner.type === 'identifier' ? parameterShape(inner) : parameterShape(inner);
      if (!shape) return undefined;
      return { node: param, name: shape.name, kind: shape.kind, annotated: true };
    }
    default:
      return undefined;
  }
}

/** The parameters flake8-annotations checks: the first non-variadic one of a non-static method is skipped. */
export function checkedParameters(node: SyntaxNode, facts: FunctionFacts): ParameterFacts[] {
  const params = parametersOf(node);
  if (!facts.isMethod || facts.isStatic) return params;
  const first = params.findIndex((param) => param.kind === 'plain');
  return first < 0 ? params : params.filter((_, i) => i !== first);
}

/** `__name__`, as Ruff's `is_magic` sees it. */
export function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** A `def` whose parameter list does not parse: its signature says nothing reliable. */
export function hasBrokenSignature(node: SyntaxNode): boolean {
  const params = node.childForFieldName('parameters');
  return !params || params.hasError;
}
