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
  /** For a method: its class, and the methods it calls on its instance (`self.m()`) by name. */
  readonly owner?: string | undefined;
  readonly selfCalls?: ReadonlySet<string> | undefined;
}

/** What a target names, seen from the module alone. */
type Settled = { readonly kind: 'local'; readonly name: string } | { readonly kind: 'outside' } | undefined;

const MAX_BASES = 12;
/** A call the module settles as leading to nothing it could block on. */
const DROPPED = -2;
/** A call the module cannot settle: it is kept for the link phase, and may block. */
const UNSETTLED = -1;

/**
 * Each function's calls that may reach blocking code: those leaving the module or not settled
 * here, and those to a function of the module that may block (it blocks itself or makes such a
 * call). A module function or method without an entry made no call worth recording. Self calls
 * become `s:Class.method` targets only when kept: most settle inside the module.
 */
export function callsThatMayBlock(functions: readonly LocalFunction[], classes: readonly ClassFact[], semantic: SemanticModel): Map<string, string[]> {
  // Functions defined twice under one name (`if sys.platform …: def f` / `else: def f`) are one:
  // each by the index of its first definition.
  const indexByName = new Map<string, number>();
  const groupOf = functions.map((fn, index) => {
    const first = indexByName.get(fn.name);
    if (first !== undefined) return first;
    indexByName.set(fn.name, index);
    return index;
  });
  const classByName = new Map(classes.map((cls) => [cls.name, cls]));
  const settled = new Map<string, number>();
  // What a call leads to: the index of a function of the module, UNSETTLED or DROPPED.
  const edge = (target: string): number => {
    let answer = settled.get(target);
    if (answer === undefined) {
      answer = leadsTo(settleTarget(target, semantic.module, classByName), indexByName);
      settled.set(target, answer);
    }
    return answer;
  };
  // A method's calls on its instance, by class then method name: no target text is made for them
  // unless they are kept.
  const selfSettled = new Map<string, Map<string, number>>();
  const selfEdge = (owner: string, name: string): number => {
    let byMethod = selfSettled.get(owner);
    if (!byMethod) selfSettled.set(owner, (byMethod = new Map()));
    let answer = byMethod.get(name);
    if (answer === undefined) {
      answer = leadsTo(method(owner, name, classByName, false), indexByName);
      byMethod.set(name, answer);
    }
    return answer;
  };
  // Every call of every function, function by function (those of function i from firstCall[i] to
  // firstCall[i + 1]): what it leads to, and its target, or for a self call its method's name.
  const firstCall: number[] = [];
  const leads: number[] = [];
  const written: string[] = [];
  const bySelf: boolean[] = [];
  for (const fn of functions) {
    firstCall.push(leads.length);
    if (fn.calls) {
      for (const target of fn.calls) {
        leads.push(edge(target));
        written.push(target);
        bySelf.push(false);
      }
    }
    if (fn.selfCalls && fn.owner !== undefined) {
      for (const name of fn.selfCalls) {
        leads.push(selfEdge(fn.owner, name));
        written.push(name);
        bySelf.push(true);
      }
    }
  }
  firstCall.push(leads.length);
  const mayBlock = functions.map(() => false);
  const callsOf = (index: number, test: (leadsTo: number) => boolean): boolean => {
    for (let call = firstCall[index] as number; call < (firstCall[index + 1] as number); call++) if (test(leads[call] as number)) return true;
    return false;
  };
  const unsettled = (leadsTo: number): boolean => leadsTo === UNSETTLED;
  const blocking = (leadsTo: number): boolean => leadsTo >= 0 && (mayBlock[leadsTo] as boolean);
  functions.forEach((fn, index) => {
    if (fn.blocks || callsOf(index, unsettled)) mayBlock[groupOf[index] as number] = true;
  });
  // Fixed point, so that cycles of calls inside the module are settled too.
  for (let changed = true; changed; ) {
    changed = false;
    for (let index = 0; index < functions.length; index++) {
      const group = groupOf[index] as number;
      if (mayBlock[group] || !callsOf(index, blocking)) continue;
      mayBlock[group] = true;
      changed = true;
    }
  }
  const kept = new Map<string, string[]>();
  for (let index = 0; index < functions.length; index++) {
    if (!mayBlock[groupOf[index] as number]) continue;
    const fn = functions[index] as LocalFunction;
    const targets = new Set<string>();
    for (let call = firstCall[index] as number; call < (firstCall[index + 1] as number); call++) {
      const leadsTo = leads[call] as number;
      if (!unsettled(leadsTo) && !blocking(leadsTo)) continue;
      targets.add(bySelf[call] ? `s:${fn.owner}.${written[call]}` : (written[call] as string));
    }
    if (targets.size > 0) kept.set(fn.name, [...targets]);
  }
  return kept;
}

function leadsTo(local: Settled, indexByName: ReadonlyMap<string, number>): number {
  if (local === undefined) return UNSETTLED;
  return local.kind === 'local' ? (indexByName.get(local.name) ?? DROPPED) : DROPPED;
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
  // The class itself first, without the search's sets: most calls name its own methods.
  const own = classes.get(className);
  if (!own) return undefined;
  if (!skipOwn && own.methods.includes(name)) return { kind: 'local', name: `${className}.${name}` };
  if (own.bases.every((base) => base === null)) return { kind: 'outside' };
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
