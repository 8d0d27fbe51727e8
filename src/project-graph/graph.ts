// The project's own code as one graph: modules by every name they can be imported under, and
// call targets (see `callTarget`) resolved to the functions and classes they name, through
// imports, re-exports in `__init__.py`, star imports, submodules, instances and class bases.
import path from 'node:path';
import { ModuleNamer } from './module-names.js';
import type { ClassFact, FunctionFact, ModuleSummary } from './summary.js';

export interface ModuleNode {
  readonly index: number;
  /** The name relative imports and messages use (the package-based one when there is one). */
  readonly name: string;
  readonly displayPath: string;
  readonly summary: ModuleSummary;
  /** By name; made on first use (most modules are never looked into). */
  readonly functions: ReadonlyMap<string, FunctionFact>;
  readonly classes: ReadonlyMap<string, ClassFact>;
  /** Where `from . import x` starts. */
  readonly package: string;
  readonly namespace: string;
}

/** A function of the project; `fact` is absent for one the summary had nothing to say about. */
export interface FunctionNode {
  readonly module: ModuleNode;
  readonly name: string;
  readonly fact: FunctionFact | undefined;
  /** True when the call passes the instance itself (so argument positions shift by one). */
  readonly boundCall: boolean;
}

export interface ClassNode {
  readonly module: ModuleNode;
  readonly fact: ClassFact;
}

type Resolved = { readonly kind: 'function'; readonly node: FunctionNode } | { readonly kind: 'class'; readonly node: ClassNode } | { readonly kind: 'module'; readonly node: ModuleNode };

export interface GraphFile {
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly summary: ModuleSummary;
  /** Modules of different projects never see each other (two projects may both have `app`). */
  readonly projectRoot: string;
  /** Absolute source roots of the file's settings. */
  readonly sourceRoots: readonly string[];
}

/** Re-exports and star imports may chain; past this depth a name is left unresolved. */
const MAX_HOPS = 12;

export class ProjectGraph {
  readonly modules: ModuleNode[] = [];
  private readonly byName = new Map<string, ModuleNode>();
  /** Calls resolve once per module and target: a module calls the same helpers many times. */
  private readonly called = new Map<ModuleNode, Map<string, FunctionNode | null>>();
  private readonly lineages = new Map<ClassFact, ClassNode[]>();

  constructor(files: readonly GraphFile[]) {
    const namer = new ModuleNamer();
    for (const file of files) {
      const names = namer.namesOf(file.absolutePath, file.sourceRoots);
      const name = names[0] ?? path.basename(file.absolutePath).replace(/\.pyi?$/, '');
      const summary = file.summary;
      let functions: Map<string, FunctionFact> | undefined;
      let classes: Map<string, ClassFact> | undefined;
      const node: ModuleNode = {
        index: this.modules.length,
        name,
        displayPath: file.displayPath,
        summary,
        get functions() {
          return (functions ??= new Map(summary.functions.map((fact) => [fact.name, fact])));
        },
        get classes() {
          return (classes ??= new Map(summary.classes.map((fact) => [fact.name, fact])));
        },
        package: ModuleNamer.packageOf(name, file.absolutePath),
        namespace: file.projectRoot,
      };
      this.modules.push(node);
      // A stub and its module share names; the first one listed (sorted paths: `.py` first) wins.
      for (const each of names) if (!this.byName.has(`${file.projectRoot}\u0000${each}`)) this.byName.set(`${file.projectRoot}\u0000${each}`, node);
    }
  }

  /** What `target`, written in `module`, names; undefined when it is not the project's or not known. */
  resolve(module: ModuleNode, target: string): Resolved | undefined {
    const hash = target.indexOf('#');
    if (hash >= 0) {
      const owner = this.resolve(module, target.slice(0, hash));
      return owner?.kind === 'class' ? this.method(owner.node, target.slice(hash + 1), true, false) : undefined;
    }
    const colon = target.indexOf(':');
    const kind = target.slice(0, colon);
    const rest = target.slice(colon + 1);
    switch (kind) {
      case 'q':
        return this.qualified(module, rest, 0);
      case 'l':
        return this.within(module, rest.split('.'), 0);
      case 's':
      case 'super': {
        const [className, method] = rest.split('.') as [string, string | undefined];
        const owner = module.classes.get(className);
        return owner && method !== undefined ? this.method({ module, fact: owner }, method, true, kind === 'super') : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The function a call of `target` runs: a function, a method, or a class's `__init__`. */
  calledFunction(module: ModuleNode, target: string): FunctionNode | undefined {
    let known = this.called.get(module);
    if (!known) {
      known = new Map();
      this.called.set(module, known);
    }
    let found = known.get(target);
    if (found === undefined) {
      found = this.resolveCall(module, target) ?? null;
      known.set(target, found);
    }
    return found ?? undefined;
  }

  private resolveCall(module: ModuleNode, target: string): FunctionNode | undefined {
    const resolved = this.resolve(module, target);
    if (resolved?.kind === 'function') return resolved.node;
    if (resolved?.kind === 'class') {
      const init = this.method(resolved.node, '__init__', true, false);
      return init?.kind === 'function' ? init.node : undefined;
    }
    return undefined;
  }

  /** The project classes of `cls`'s method resolution order, depth first, each once. */
  lineage(cls: ClassNode): ClassNode[] {
    const known = this.lineages.get(cls.fact);
    if (known) return known;
    const order: ClassNode[] = [];
    const seen = new Set<ClassFact>();
    const visit = (node: ClassNode, depth: number): void => {
      if (seen.has(node.fact) || depth > MAX_HOPS) return;
      seen.add(node.fact);
      order.push(node);
      for (const base of node.fact.bases) {
        if (base === null) continue;
        const resolved = this.resolve(node.module, base);
        if (resolved?.kind === 'class') visit(resolved.node, depth + 1);
      }
    };
    visit(cls, 0);
    this.lineages.set(cls.fact, order);
    return order;
  }

  /** A method by name in the class or its project bases; a base the project does not define ends the search. */
  private method(cls: ClassNode, name: string, boundCall: boolean, skipOwn: boolean): Resolved | undefined {
    for (const node of this.lineage(cls)) {
      if (skipOwn && node.fact === cls.fact) continue;
      if (!node.fact.methods.includes(name)) continue;
      const fact = node.module.functions.get(`${node.fact.name}.${name}`);
      return { kind: 'function', node: { module: node.module, name: `${node.fact.name}.${name}`, fact, boundCall: boundCall && (fact?.bound ?? true) } };
    }
    return undefined;
  }

  private qualified(from: ModuleNode, dotted: string, hops: number): Resolved | undefined {
    const absolute = this.absolute(from, dotted);
    if (absolute === undefined) return undefined;
    const parts = absolute.split('.');
    for (let end = parts.length; end > 0; end--) {
      const module = this.byName.get(`${from.namespace}\u0000${parts.slice(0, end).join('.')}`);
      if (module) return this.within(module, parts.slice(end), hops);
    }
    return undefined;
  }

  /** `.db.fetch` in package `shop` is `shop.db.fetch`; `..x` goes one package up. */
  private absolute(from: ModuleNode, dotted: string): string | undefined {
    if (!dotted.startsWith('.')) return dotted;
    let dots = 0;
    while (dotted[dots] === '.') dots++;
    const base = from.package === '' ? [] : from.package.split('.');
    if (dots - 1 > base.length) return undefined;
    const kept = base.slice(0, base.length - (dots - 1));
    const rest = dotted.slice(dots);
    return [...kept, ...(rest === '' ? [] : [rest])].join('.');
  }

  /** A dotted path of names inside a module. */
  private within(module: ModuleNode, path: readonly string[], hops: number): Resolved | undefined {
    if (hops > MAX_HOPS) return undefined;
    const [head, ...rest] = path;
    if (head === undefined) return { kind: 'module', node: module };
    const cls = module.classes.get(head);
    if (cls) {
      if (rest.length === 0) return { kind: 'class', node: { module, fact: cls } };
      return rest.length === 1 ? this.method({ module, fact: cls }, rest[0] as string, false, false) : undefined;
    }
    if (rest.length === 0) {
      const fact = module.functions.get(head);
      if (fact) return { kind: 'function', node: { module, name: head, fact, boundCall: false } };
    }
    const imported = module.summary.imports[head];
    if (imported !== undefined) return this.qualified(module, [imported, ...rest].join('.'), hops + 1);
    const submodule = this.byName.get(`${module.namespace}\u0000${module.name}.${head}`);
    if (submodule && module.package === module.name) return this.within(submodule, rest, hops + 1);
    for (const star of module.summary.starImports) {
      const found = this.qualified(module, [star, ...path].join('.'), hops + 1);
      if (found) return found;
    }
    return undefined;
  }
}
