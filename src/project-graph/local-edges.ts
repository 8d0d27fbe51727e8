// Calls a module's summary can settle by itself: to its own functions and methods, to methods its
// classes inherit from outside the project (`self.assertEqual` on a `unittest.TestCase`), to its
// own exception classes. Those that can never reach a blocking API are dropped before the summary
// is stored, so the link phase and the cache carry only the edges that may matter.
import type { Scope, SemanticModel } from '../semantic/index.js';
import type { ClassFact } from './summary.js';

/** A function's name in the module (`f`, `Class.m`), whether it blocks itself, and the targets it calls. */
export interface LocalFunction {
  readonly name: string;
  readonly blocks: boolean;
  readonly calls: ReadonlySet<string> | undefined;
}

/** What a target names, seen from the module alone. */
type Settled = { readonly kind: 'local'; readonly name: string } | { readonly kind: 'outside' } | undefined;

const MAX_BASES = 12;

/**
 * Each function's calls that may reach blocking code: those leaving the module or not settled
 * here, and those to a function of the module that may block (it blocks itself or makes such a
 * call). A module function or method without an entry made no call worth recording.
 */
export function callsThatMayBlock(functions: readonly LocalFunction[], classes: readonly ClassFact[], semantic: SemanticModel): Map<string, string[]> {
  const byName = new Map(functions.map((fn) => [fn.name, fn]));
  const classByName = new Map(classes.map((cls) => [cls.name, cls]));
  const settled = new Map<string, Settled>();
  const settle = (target: string): Settled => {
    if (settled.has(target)) return settled.get(target);
    const answer = settleTarget(target, semantic.module, classByName);
    settled.set(target, answer);
    return answer;
  };
  const mayBlock = new Set<string>();
  for (const fn of functions) {
    if (fn.blocks || [...(fn.calls ?? [])].some((target) => settle(target) === undefined)) mayBlock.add(fn.name);
  }
  // Fixed point, so that cycles of calls inside the module are settled too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const fn of functions) {
      if (mayBlock.has(fn.name)) continue;
      if ([...(fn.calls ?? [])].some((target) => { const local = settle(target); return local?.kind === 'local' && mayBlock.has(local.name); })) {
        mayBlock.add(fn.name);
        changed = true;
      }
    }
  }
  const kept = new Map<string, string[]>();
  for (const fn of functions) {
    const calls = [...(fn.calls ?? [])].filter((target) => {
      const local = settle(target);
      return local === undefined || (local.kind === 'local' && byName.has(local.name) && mayBlock.has(local.name));
    });
    if (calls.length > 0) kept.set(fn.name, calls);
  }
  return kept;
}

function settleTarget(target: string, module: Scope, classes: ReadonlyMap<string, ClassFact>): Settled {
  const hash = target.indexOf('#');
  if (hash >= 0) {
    const owner = target.slice(0, hash);
    return owner.startsWith('l:') ? method(owner.slice(2), target.slice(hash + 1), classes, false) : undefined;
  }
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const rest = target.slice(colon + 1);
  if (kind === 'l') {
    if (rest.includes('.')) return undefined;
    if (classes.has(rest)) return method(rest, '__init__', classes, false);
    return isTopLevelFunction(module, rest) ? { kind: 'local', name: rest } : undefined;
  }
  if (kind === 's' || kind === 'super') {
    const dot = rest.indexOf('.');
    return method(rest.slice(0, dot), rest.slice(dot + 1), classes, kind === 'super');
  }
  return undefined;
}

/**
 * A method by name up the class's bases within the module: found there, it is local; not found,
 * with no base from elsewhere in the project, it comes from outside the project (a library base
 * or `object`); with such a base, it is for the link phase.
 */
function method(className: string, name: string, classes: ReadonlyMap<string, ClassFact>, skipOwn: boolean): Settled {
  const seen = new Set<string>();
  const queue = [className];
  while (queue.length > 0 && seen.size < MAX_BASES) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    const cls = classes.get(current);
    if (!cls) return undefined;
    if (!(skipOwn && current === className) && cls.methods.includes(name)) return { kind: 'local', name: `${current}.${name}` };
    for (const base of cls.bases) {
      if (base === null) continue;
      if (!base.startsWith('l:') || base.includes('.', 2)) return undefined;
      queue.push(base.slice(2));
    }
  }
  return queue.length > 0 ? undefined : { kind: 'outside' };
}

function isTopLevelFunction(module: Scope, name: string): boolean {
  const bindings = module.bindings.get(name);
  return bindings !== undefined && bindings.length > 0 && bindings.every((binding) => binding.kind === 'function');
}
