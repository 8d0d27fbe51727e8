// Scopes and bindings: what each name means where, following Python's LEGB lookup.
import type { SyntaxNode } from '../syntax/index.js';

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export type BindingKind =
  | 'import'
  | 'from-import'
  | 'future-import'
  | 'function'
  | 'class'
  | 'assignment'
  | 'annotation'
  | 'augmented-assignment'
  | 'parameter'
  | 'for-target'
  | 'with-target'
  | 'exception'
  | 'walrus'
  | 'match-capture'
  | 'type-alias'
  | 'comprehension-target';

/** One place that binds a name in a scope. */
export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  /** The node that names the binding (an identifier, or a dotted name for `import a.b`). */
  readonly node: SyntaxNode;
  /** The statement or expression that makes the binding (`assignment`, `import_statement`, …). */
  readonly statement: SyntaxNode;
  readonly scope: Scope;
  /** Start offset of the name, used to pick the binding visible at a use. */
  readonly offset: number;
  /** For imports: the qualified name the binding stands for (`requests`, `time.sleep`). */
  readonly qualifiedName?: string;
  /** The assigned value of a simple `name = value` or `name: T = value`. */
  readonly value?: SyntaxNode;
  /** The annotation of `name: T` or of an annotated parameter. */
  readonly annotation?: SyntaxNode;
}

/** A Python scope: its range in the text, its bindings and its nested scopes. */
export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly children: Scope[] = [];
  /** Set when the scope holds `from m import *`: unknown names may come from there. */
  hasStarImport = false;

  constructor(
    readonly kind: ScopeKind,
    readonly node: SyntaxNode,
    readonly parent: Scope | undefined,
    /** Offsets of the part of the source that belongs to this scope. */
    readonly start: number,
    readonly end: number,
    /** The function or class name; empty for modules, lambdas and comprehensions. */
    readonly name: string,
    readonly isAsync: boolean,
    /**
     * Where a function's or lambda's body starts. Parameter defaults and annotations, between
     * `start` and here, are evaluated by the enclosing scope when the function is defined.
     */
    readonly bodyStart: number = start,
  ) {
    parent?.children.push(this);
  }

  contains(offset: number): boolean {
    return offset >= this.start && offset < this.end;
  }

  addBinding(binding: Binding): void {
    const list = this.bindings.get(binding.name);
    if (list) list.push(binding);
    else this.bindings.set(binding.name, [binding]);
  }

  /** True when the name is declared `global` or `nonlocal` here. */
  declaresOuter(name: string): boolean {
    return this.globals.has(name) || this.nonlocals.has(name);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda';
  }
}
