// The semantic model of one module: scope lookup, name resolution and qualified names.
import { unparenthesize, type SyntaxNode } from '../syntax/index.js';
import { buildScopes } from './build.js';
import { BUILTIN_NAMES } from './builtins.js';
import { classInfoOf, type ClassInfo } from './class-info.js';
import type { Binding, Scope } from './scope.js';

/** Scopes, bindings and name resolution for one parsed module. */
export class SemanticModel {
  readonly module: Scope;
  /** Every import binding of the module, in document order (the import table). */
  readonly imports: readonly Binding[];
  private readonly scopesByNodeId: ReadonlyMap<number, Scope>;
  private readonly bindingsByNameId: ReadonlyMap<number, Binding>;
  private readonly classInfos = new Map<number, ClassInfo>();

  /** `nodes` must include every node of `SEMANTIC_NODE_TYPES`, in document order, as `collectNodes` gives them (keyword tokens such as `lambda` left out). */
  constructor(root: SyntaxNode, nodes: readonly SyntaxNode[]) {
    const built = buildScopes(root, nodes);
    this.module = built.module;
    this.imports = built.imports;
    this.scopesByNodeId = built.byNodeId;
    this.bindingsByNameId = built.bindingsByNameId;
  }

  /** The binding a name node creates (the target of an assignment, an import alias, …). */
  bindingOf(nameNode: SyntaxNode): Binding | undefined {
    return this.bindingsByNameId.get(nameNode.id);
  }

  /** The innermost scope whose range holds `offset`. */
  scopeAt(offset: number): Scope {
    let scope = this.module;
    for (;;) {
      const inner = findChildContaining(scope.children, offset);
      if (!inner) return scope;
      scope = inner;
    }
  }

  /** The scope in which `node` is evaluated. */
  scopeOf(node: SyntaxNode): Scope {
    return this.scopeAt(node.startIndex);
  }

  /** The scope a function, class, lambda or comprehension node creates. */
  scopeCreatedBy(node: SyntaxNode): Scope | undefined {
    return this.scopesByNodeId.get(node.id);
  }

  /** The binding that `name` refers to at `offset`, or undefined for builtins and unknown names. */
  lookup(name: string, offset: number): Binding | undefined {
    const start = this.scopeAt(offset);
    for (let scope: Scope | undefined = start; scope; scope = scope.parent) {
      if (scope.globals.has(name)) return pickBinding(this.module, name, offset, start === this.module);
      if (scope.kind === 'class' && scope !== start) continue;
      if (scope.nonlocals.has(name)) continue;
      const found = pickBinding(scope, name, offset, scope === start);
      if (found) return found;
    }
    return undefined;
  }

  /** The binding an identifier node refers to. */
  resolve(identifier: SyntaxNode): Binding | undefined {
    return this.lookup(identifier.text, identifier.startIndex);
  }

  /** True when `name` at `offset` means the builtin of that name (nothing in scope shadows it). */
  isBuiltin(name: string, offset: number): boolean {
    return BUILTIN_NAMES.has(name) && !this.lookup(name, offset) && !this.mayComeFromStarImport(offset);
  }

  /**
   * The dotted name an expression stands for through imports: with `import requests as r`,
   * `r.get` is `requests.get`; with `from time import sleep as nap`, `nap` is `time.sleep`;
   * an unshadowed builtin `open` is `builtins.open`. Undefined for anything else.
   */
  qualifiedName(expression: SyntaxNode): string | undefined {
    const node = unparenthesize(expression);
    if (node.type === 'identifier') {
      const binding = this.resolve(node);
      if (binding) return binding.qualifiedName;
      return this.isBuiltin(node.text, node.startIndex) ? `builtins.${node.text}` : undefined;
    }
    if (node.type === 'attribute') {
      const object = node.childForFieldName('object');
      const attribute = node.childForFieldName('attribute');
      if (!object || !attribute) return undefined;
      const base = this.qualifiedName(object);
      if (!base || base.startsWith('builtins.')) return undefined;
      return `${base}.${attribute.text}`;
    }
    return undefined;
  }

  /** True when the qualified name of `expression` is one of `names`. */
  matchesQualifiedName(expression: SyntaxNode, names: ReadonlySet<string>): boolean {
    const name = this.qualifiedName(expression);
    return name !== undefined && names.has(name);
  }

  /**
   * The function or lambda scope that decides how code at `node` runs: the nearest enclosing
   * one, seen through comprehensions; undefined at module level or directly in a class body.
   * Parameter defaults and annotations run in the scope around the definition.
   */
  enclosingFunction(node: SyntaxNode): Scope | undefined {
    return this.enclosingFunctionAt(node.startIndex);
  }

  /**
   * `enclosingFunction` for code starting at `offset`: for callers that already hold the offset
   * and would otherwise pay a second native `startIndex` read per node.
   */
  enclosingFunctionAt(offset: number): Scope | undefined {
    for (let scope: Scope | undefined = this.scopeAt(offset); scope; scope = scope.parent) {
      if (scope.isFunctionLike) {
        if (offset >= scope.bodyStart) return scope;
      } else if (scope.kind !== 'comprehension') return undefined;
    }
    return undefined;
  }

  /** True when code at `node` runs directly in an `async def` (not in a nested def or lambda). */
  inAsyncContext(node: SyntaxNode): boolean {
    return this.enclosingFunction(node)?.isAsync ?? false;
  }

  /** Bases, decorators and kinds (Enum, BaseModel, dataclass, exception, …) of a class. */
  classInfo(classNode: SyntaxNode): ClassInfo {
    const cached = this.classInfos.get(classNode.id);
    if (cached) return cached;
    const info = classInfoOf(this, classNode, new Set());
    this.classInfos.set(classNode.id, info);
    return info;
  }

  private mayComeFromStarImport(offset: number): boolean {
    for (let scope: Scope | undefined = this.scopeAt(offset); scope; scope = scope.parent) {
      if (scope.hasStarImport) return true;
    }
    return false;
  }
}

function findChildContaining(children: readonly Scope[], offset: number): Scope | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const child = children[mid] as Scope;
    if (offset < child.start) high = mid - 1;
    else if (offset >= child.end) low = mid + 1;
    else return child;
  }
  return undefined;
}

/**
 * The binding of `name` in `scope` that a use at `offset` sees. Code in the same scope sees the
 * latest binding before it (module and class bodies run top to bottom, so nothing later counts);
 * code in nested functions runs later and sees the scope's last binding.
 */
function pickBinding(scope: Scope, name: string, offset: number, sameScope: boolean): Binding | undefined {
  const list = scope.bindings.get(name);
  if (!list || list.length === 0) return undefined;
  if (!sameScope) return list[list.length - 1];
  let before: Binding | undefined;
  for (const binding of list) if (binding.offset < offset) before = binding;
  if (before) return before;
  // A comprehension's element expression runs after its `for` targets are bound, though it is written first.
  return scope.isFunctionLike || scope.kind === 'comprehension' ? list[0] : undefined;
}
