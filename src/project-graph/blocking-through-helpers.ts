// Blocking the event loop through the project's own helpers: a coroutine calls a sync function
// that blocks itself or through further sync functions of the project, at any depth. One walk
// forward from the coroutines' calls finds the functions they reach, one walk back from those that
// call a blocking API gives each its shortest chain: linear work, cycles included.
import type { FunctionNode, ModuleNode, ProjectGraph } from './graph.js';
import type { CallSite, DirectBlock } from './summary.js';

/** A chain is shown up to this many helpers; longer ones end in `→ …`. */
const MAX_SHOWN_HOPS = 6;

export interface BlockingChain {
  /** The helpers from the one the coroutine calls to the one that calls the API. */
  readonly helpers: readonly FunctionNode[];
  readonly block: DirectBlock;
}

/** A through-helper finding before it is placed: the call in the coroutine and the chain. */
export interface ThroughHelperCall {
  readonly module: ModuleNode;
  readonly coroutine: string;
  readonly site: CallSite;
  readonly chain: BlockingChain;
}

const keyOf = (node: FunctionNode): string => `${node.module.index}:${node.name}`;

/**
 * Every call from an `async def` to a project function that blocks. `isAllowed` names the helpers
 * the configuration marks safe (`async.allowed-calls`): the walk does not pass through them.
 * Only the sync functions reachable from a coroutine's calls are resolved, so a project with few
 * coroutines (a library) costs little however many functions it has.
 */
export function blockingThroughHelpers(graph: ProjectGraph, isAllowed: (node: FunctionNode) => boolean): ThroughHelperCall[] {
  const follows = (node: FunctionNode | undefined): node is FunctionNode =>
    node?.fact !== undefined && !node.fact.isAsync && !node.fact.memoised && !isAllowed(node);
  const sites: { module: ModuleNode; coroutine: string; site: CallSite; helper: FunctionNode }[] = [];
  const reached = new Map<string, FunctionNode>();
  const pending: FunctionNode[] = [];
  const reach = (node: FunctionNode): void => {
    const key = keyOf(node);
    if (reached.has(key)) return;
    reached.set(key, node);
    pending.push(node);
  };
  for (const module of graph.modules) {
    if (!module.summary.coroutines) continue;
    for (const fact of module.summary.functions) {
      if (!fact.isAsync) continue;
      for (const site of fact.sites ?? []) {
        const helper = graph.calledFunction(module, site.target);
        if (!follows(helper)) continue;
        sites.push({ module, coroutine: fact.name, site, helper });
        reach(helper);
      }
    }
  }
  // Forward from the coroutines' helpers: the part of the call graph that matters, reversed.
  const callers = new Map<string, FunctionNode[]>();
  const blockers: FunctionNode[] = [];
  for (let head = 0; head < pending.length; head++) {
    const node = pending[head] as FunctionNode;
    const fact = node.fact as NonNullable<FunctionNode['fact']>;
    if (fact.blocks) blockers.push(node);
    for (const target of fact.calls ?? []) {
      const callee = graph.calledFunction(node.module, target);
      if (!follows(callee)) continue;
      reach(callee);
      const key = keyOf(callee);
      const list = callers.get(key);
      if (list) list.push(node);
      else callers.set(key, [node]);
    }
  }
  // Backward from the functions that block: each function's next step on a shortest chain.
  const next = new Map<string, FunctionNode | null>();
  const blocks = new Map<string, DirectBlock>();
  for (const node of blockers) {
    next.set(keyOf(node), null);
    blocks.set(keyOf(node), (node.fact as NonNullable<FunctionNode['fact']>).blocks as DirectBlock);
  }
  for (let head = 0; head < blockers.length; head++) {
    const callee = blockers[head] as FunctionNode;
    const block = blocks.get(keyOf(callee)) as DirectBlock;
    for (const caller of callers.get(keyOf(callee)) ?? []) {
      const key = keyOf(caller);
      if (next.has(key)) continue;
      next.set(key, callee);
      blocks.set(key, block);
      blockers.push(caller);
    }
  }
  const found: ThroughHelperCall[] = [];
  for (const { module, coroutine, site, helper } of sites) {
    if (!next.has(keyOf(helper))) continue;
    const helpers: FunctionNode[] = [];
    for (let node: FunctionNode | null | undefined = helper; node && helpers.length <= MAX_SHOWN_HOPS; node = next.get(keyOf(node))) helpers.push(node);
    found.push({ module, coroutine, site, chain: { helpers, block: blocks.get(keyOf(helper)) as DirectBlock } });
  }
  return found;
}

/** `load_profile (shop/services.py:3) → fetch_user (shop/db.py:5) → psycopg2.connect`. */
export function describeChain(chain: BlockingChain): string {
  const shown = chain.helpers.slice(0, MAX_SHOWN_HOPS).map((node) => `${node.name} (${node.module.displayPath}:${node.fact?.row ?? 0})`);
  const tail = chain.helpers.length > MAX_SHOWN_HOPS ? '…' : chain.block[1];
  return [...shown, tail].join(' → ');
}
