// Builds scopes and bindings from the nodes the linter's single traversal collected.
import {
  definitionName,
  isAsyncFunction,
  targetIdentifiers,
  typeAliasName,
  type SyntaxNode,
} from '../syntax/index.js';
import { Scope, type Binding, type BindingKind } from './scope.js';

/** Node types the semantic model needs from the traversal, in addition to what rules ask for. */
export const SEMANTIC_NODE_TYPES = [
  'function_definition',
  'class_definition',
  'lambda',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'assignment',
  'augmented_assignment',
  'named_expression',
  'for_statement',
  'with_item',
  'except_clause',
  'global_statement',
  'nonlocal_statement',
  'type_alias_statement',
  'case_clause',
] as const;

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);

/** The scope tree of one module, plus every scope keyed by the node that creates it. */
export interface BuiltScopes {
  readonly module: Scope;
  readonly byNodeId: ReadonlyMap<number, Scope>;
  /** Every binding keyed by the id of the node that names it. */
  readonly bindingsByNameId: ReadonlyMap<number, Binding>;
  readonly imports: readonly Binding[];
}

/** Builds the scope tree from `nodes`, which must be in document (pre-)order. */
export function buildScopes(root: SyntaxNode, nodes: readonly SyntaxNode[]): BuiltScopes {
  const module = new Scope('module', root, undefined, root.startIndex, root.endIndex, '', false);
  const byNodeId = new Map<number, Scope>([[root.id, module]]);
  const imports: Binding[] = [];
  const bindingsByNameId = new Map<number, Binding>();
  const stack: Scope[] = [module];

  const scopeAt = (offset: number): Scope => {
    while (stack.length > 1 && (stack[stack.length - 1] as Scope).end <= offset) stack.pop();
    for (let i = stack.length - 1; i > 0; i--) {
      const scope = stack[i] as Scope;
      if (scope.contains(offset)) return scope;
    }
    return module;
  };

  const bind = (
    scope: Scope,
    kind: BindingKind,
    nameNode: SyntaxNode,
    statement: SyntaxNode,
    extra: { qualifiedName?: string; value?: SyntaxNode; annotation?: SyntaxNode; name?: string } = {},
  ): Binding => {
    const name = extra.name ?? nameNode.text;
    const target = bindingScope(scope, name, kind, module);
    const binding: Binding = {
      name,
      kind,
      node: nameNode,
      statement,
      scope: target,
      offset: nameNode.startIndex,
      // Every field always set, absent ones as undefined: one object shape for all bindings.
      qualifiedName: extra.qualifiedName,
      value: extra.value,
      annotation: extra.annotation,
    };
    target.addBinding(binding);
    bindingsByNameId.set(nameNode.id, binding);
    return binding;
  };

  const open = (node: SyntaxNode, created: Scope): void => {
    byNodeId.set(node.id, created);
    stack.push(created);
  };

  // Each case is its own function: V8 compiles this loop small, and a node type first met late in
  // a run re-optimizes only its own case.
  for (const node of nodes) {
    const scope = scopeAt(node.startIndex);
    switch (node.type) {
      case 'function_definition':
      case 'class_definition':
        bindDefinition(node, scope, bind, open);
        break;
      case 'lambda':
        openLambda(node, scope, bind, open);
        break;
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression':
        openComprehension(node, scope, bind, open);
        break;
      case 'import_statement':
        for (const binding of importBindings(node, scope, bind)) imports.push(binding);
        break;
      case 'import_from_statement':
      case 'future_import_statement':
        for (const binding of fromImportBindings(node, scope, bind)) imports.push(binding);
        break;
      case 'assignment':
        bindAssignment(node, scope, bind);
        break;
      case 'augmented_assignment':
        bindAugmentedTarget(node, scope, bind);
        break;
      case 'named_expression':
        bindWalrus(node, scope, bind);
        break;
      case 'for_statement':
        bindForTargets(node, scope, bind);
        break;
      case 'with_item':
      case 'except_clause':
        bindAsTargets(node, scope, bind);
        break;
      case 'global_statement':
      case 'nonlocal_statement':
        declareScopeNames(node, scope);
        break;
      case 'type_alias_statement':
        bindTypeAlias(node, scope, bind);
        break;
      case 'case_clause':
        for (const id of matchCaptures(node)) bind(scope, 'match-capture', id, node);
        break;
      default:
        break;
    }
  }
  return { module, byNodeId, bindingsByNameId, imports };
}

type Bind = (
  scope: Scope,
  kind: BindingKind,
  nameNode: SyntaxNode,
  statement: SyntaxNode,
  extra?: { qualifiedName?: string; value?: SyntaxNode; annotation?: SyntaxNode; name?: string },
) => Binding;

/** Opens the scope a new scope-creating node starts, and registers it by the node. */
type OpenScope = (node: SyntaxNode, created: Scope) => void;

/** A function or class: its name in the enclosing scope, then its own scope with the parameters. */
function bindDefinition(node: SyntaxNode, scope: Scope, bind: Bind, open: OpenScope): void {
  const nameNode = node.childForFieldName('name');
  if (nameNode) bind(scope, node.type === 'class_definition' ? 'class' : 'function', nameNode, node);
  const created = openDefinitionScope(node, scope);
  if (!created) return;
  open(node, created);
  if (node.type === 'function_definition') bindParameters(created, node.childForFieldName('parameters'), bind);
}

function openLambda(node: SyntaxNode, scope: Scope, bind: Bind, open: OpenScope): void {
  const params = node.childForFieldName('parameters');
  const body = node.childForFieldName('body');
  const start = (params ?? body ?? node).startIndex;
  const created = new Scope('lambda', node, scope, start, node.endIndex, '', false, body?.startIndex ?? node.endIndex);
  open(node, created);
  bindParameters(created, params, bind);
}

function openComprehension(node: SyntaxNode, scope: Scope, bind: Bind, open: OpenScope): void {
  const created = new Scope('comprehension', node, scope, node.startIndex, node.endIndex, '', false);
  open(node, created);
  for (const clause of node.namedChildren) {
    if (clause.type !== 'for_in_clause') continue;
    const left = clause.childForFieldName('left');
    for (const id of left ? targetIdentifiers(left) : []) bind(created, 'comprehension-target', id, clause);
  }
}

function bindAugmentedTarget(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const left = node.childForFieldName('left');
  if (left?.type === 'identifier') bind(scope, 'augmented-assignment', left, node);
}

function bindWalrus(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const name = node.childForFieldName('name');
  const value = node.childForFieldName('value');
  if (name) bind(walrusScope(scope), 'walrus', name, node, value ? { value } : {});
}

function bindForTargets(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const left = node.childForFieldName('left');
  for (const id of left ? targetIdentifiers(left) : []) bind(scope, 'for-target', id, node);
}

/** `with x as y` and `except E as e`. */
function bindAsTargets(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const pattern = node.type === 'with_item' ? node.childForFieldName('value') : node.namedChildren.find((c) => c.type === 'as_pattern');
  if (pattern?.type !== 'as_pattern') return;
  const alias = pattern.childForFieldName('alias');
  const kind = node.type === 'with_item' ? 'with-target' : 'exception';
  for (const id of alias ? targetIdentifiers(alias) : []) bind(scope, kind, id, node);
}

/** `global` and `nonlocal` names. */
function declareScopeNames(node: SyntaxNode, scope: Scope): void {
  for (const id of node.namedChildren) {
    if (id.type !== 'identifier') continue;
    (node.type === 'global_statement' ? scope.globals : scope.nonlocals).add(id.text);
  }
}

function bindTypeAlias(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const nameNode = typeAliasName(node);
  const value = node.childForFieldName('right');
  if (nameNode) bind(scope, 'type-alias', nameNode, node, value ? { value } : {});
}

function openDefinitionScope(node: SyntaxNode, parent: Scope): Scope | undefined {
  const body = node.childForFieldName('body');
  if (!body) return undefined;
  if (node.type === 'class_definition') {
    return new Scope('class', node, parent, body.startIndex, node.endIndex, definitionName(node), false);
  }
  const params = node.childForFieldName('parameters');
  const start = (params ?? body).startIndex;
  return new Scope('function', node, parent, start, node.endIndex, definitionName(node), isAsyncFunction(node), body.startIndex);
}

/** Where an assignment to `name` made in `scope` lands, after `global`/`nonlocal`. */
function bindingScope(scope: Scope, name: string, kind: BindingKind, module: Scope): Scope {
  if (kind === 'parameter') return scope;
  if (scope.globals.has(name)) return module;
  if (scope.nonlocals.has(name)) {
    for (let outer = scope.parent; outer; outer = outer.parent) {
      if (outer.kind === 'function' && !outer.nonlocals.has(name)) return outer;
    }
  }
  return scope;
}

/** PEP 572: a walrus inside a comprehension binds in the enclosing non-comprehension scope. */
function walrusScope(scope: Scope): Scope {
  let current = scope;
  while (current.kind === 'comprehension' && current.parent) current = current.parent;
  return current;
}

function bindParameters(scope: Scope, params: SyntaxNode | null, bind: Bind): void {
  if (!params) return;
  for (const param of params.namedChildren) {
    const name = parameterName(param);
    if (!name) continue;
    const annotation = param.childForFieldName('type') ?? undefined;
    bind(scope, 'parameter', name, param, annotation ? { annotation } : {});
  }
}

/** The identifier a parameter node declares, whatever its shape (`*args: T`, `x=1`, …). */
export function parameterName(param: SyntaxNode): SyntaxNode | undefined {
  switch (param.type) {
    case 'identifier':
      return param;
    case 'default_parameter':
    case 'typed_default_parameter':
      return param.childForFieldName('name') ?? undefined;
    case 'typed_parameter':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern': {
      const inner = param.namedChildren.find((child) => child.type !== 'type' && child.type !== 'comment');
      if (!inner) return undefined;
      return inner.type === 'identifier' ? inner : parameterName(inner);
    }
    default:
      return undefined;
  }
}

function importBindings(node: SyntaxNode, scope: Scope, bind: Bind): Binding[] {
  const bindings: Binding[] = [];
  for (const name of node.childrenForFieldName('name')) {
    if (name.type === 'aliased_import') {
      const dotted = name.childForFieldName('name');
      const alias = name.childForFieldName('alias');
      if (dotted && alias) bindings.push(bind(scope, 'import', alias, node, { qualifiedName: dotted.text }));
    } else if (name.type === 'dotted_name') {
      const first = name.namedChild(0);
      if (first) bindings.push(bind(scope, 'import', first, node, { qualifiedName: first.text }));
    }
  }
  return bindings;
}

function fromImportBindings(node: SyntaxNode, scope: Scope, bind: Bind): Binding[] {
  const isFuture = node.type === 'future_import_statement';
  const moduleNode = node.childForFieldName('module_name');
  const moduleName = isFuture ? '__future__' : (moduleNode?.text.replace(/\s+/g, '') ?? '');
  const kind: BindingKind = isFuture ? 'future-import' : 'from-import';
  const prefix = moduleName.endsWith('.') ? moduleName : `${moduleName}.`;
  const bindings: Binding[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'wildcard_import') scope.hasStarImport = true;
    if (child === moduleNode || child.id === moduleNode?.id) continue;
    if (child.type === 'aliased_import') {
      const original = child.childForFieldName('name');
      const alias = child.childForFieldName('alias');
      if (original && alias) bindings.push(bind(scope, kind, alias, node, { qualifiedName: prefix + original.text }));
    } else if (child.type === 'dotted_name') {
      bindings.push(bind(scope, kind, child, node, { qualifiedName: prefix + child.text }));
    }
  }
  return bindings;
}

function bindAssignment(node: SyntaxNode, scope: Scope, bind: Bind): void {
  const left = node.childForFieldName('left');
  if (!left) return;
  const annotation = node.childForFieldName('type') ?? undefined;
  let value = node.childForFieldName('right') ?? undefined;
  while (value?.type === 'assignment') value = value.childForFieldName('right') ?? undefined;
  const kind: BindingKind = annotation && !node.childForFieldName('right') ? 'annotation' : 'assignment';
  if (left.type === 'identifier') {
    bind(scope, kind, left, node, { ...(value && { value }), ...(annotation && { annotation }) });
    return;
  }
  for (const id of targetIdentifiers(left)) bind(scope, kind, id, node);
}

/** Capture names of a `case` pattern: bare names, `*rest`, `**rest`, `as name`. */
function matchCaptures(clause: SyntaxNode): SyntaxNode[] {
  const pattern = clause.namedChildren.find((child) => child.type === 'case_pattern');
  if (!pattern) return [];
  const found: SyntaxNode[] = [];
  const stack = [pattern];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === 'dotted_name') {
      const isCapture = node.namedChildCount === 1 && node.parent?.type === 'case_pattern';
      const id = node.namedChild(0);
      if (isCapture && id && id.text !== '_') found.push(id);
      continue;
    }
    if ((node.type === 'splat_pattern' || node.type === 'as_pattern') && node.lastNamedChild?.type === 'identifier') {
      const id = node.lastNamedChild;
      if (id.text !== '_') found.push(id);
    }
    if (node.type === 'class_pattern') {
      for (const child of node.namedChildren.slice(1)) stack.push(child);
      continue;
    }
    if (node.type === 'keyword_pattern') {
      const value = node.namedChildren[1];
      if (value?.type === 'dotted_name' && value.namedChildCount === 1 && value.text !== '_') {
        const id = value.namedChild(0);
        if (id) found.push(id);
      }
      continue;
    }
    if (node.type === 'dict_pattern') {
      for (const child of node.childrenForFieldName('value')) stack.push(child);
      for (const child of node.namedChildren) if (child.type === 'splat_pattern') stack.push(child);
      continue;
    }
    for (const child of node.namedChildren) stack.push(child);
  }
  return found;
}

export const isComprehension = (node: SyntaxNode): boolean => COMPREHENSIONS.has(node.type);
