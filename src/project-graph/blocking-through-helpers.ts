// Blocking the event loop through the project's own helpers: a coroutine calls a sync function
// that blocks itself or through further sync functions of the project, at any depth. Found by
// one walk backwards from every function that calls a blocking API, so each function's shortest
// chain is known after linear work, cycles included.
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
 */
export function blockingThroughHelpers(graph: ProjectGraph, isAllowed: (node: FunctionNode) => boolean): ThroughHelperCall[] {
  const next = new Map<string, FunctionNode | null>();
  const blocks = new Map<string, DirectBlock>();
  const callers = new Map<string, FunctionNode[]>();
  const queue: FunctionNode[] = [];
  for (const module of graph.modules) {
    for (const fact of module.summary.functions) {
      if (fact.isAsync || fact.memoised) continue;
      const node: FunctionNode = { module, name: fact.name, fact, boundCall: false };
      if (isAllowed(node)) continue;
      if (fact.blocks) {
        next.set(keyOf(node), null);
        blocks.set(keyOf(node), fact.blocks);
        queue.push(node);
      }
      for (const target of fact.calls ?? []) {
        const callee = graph.calledFunction(module, target);
        if (!callee?.fact || callee.fact.isAsync || callee.fact.memoised) continue;
        const key = keyOf(callee);
        const list = callers.get(key);
        if (list) list.push(node);
        else callers.set(key, [node]);
      }
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const callee = queue[head] as FunctionNode;
    const block = blocks.get(keyOf(callee)) as DirectBlock;
    for (const caller of callers.get(keyOf(callee)) ?? []) {
      const key = keyOf(caller);
      if (next.has(key)) continue;
      next.set(key, callee);
      blocks.set(key, block);
      queue.push(caller);
    }
  }
  const found: ThroughHelperCall[] = [];
  for (const module of graph.modules) {
    for (const fact of module.summary.functions) {
      if (!fact.isAsync) continue;
      for (const site of fact.sites ?? []) {
        const helper = graph.calledFunction(module, site.target);
        if (!helper?.fact || helper.fact.isAsync || !next.has(keyOf(helper))) continue;
        const helpers: FunctionNode[] = [];
        for (let node: FunctionNode | null | undefined = helper; node && helpers.length <= MAX_SHOWN_HOPS; node = next.get(keyOf(node))) helpers.push(node);
        found.push({ module, coroutine: fact.name, site, chain: { helpers, block: blocks.get(keyOf(helper)) as DirectBlock } });
      }
    }
  }
  return found;
}

/** `load_profile (shop/services.py:3) → fetch_user (shop/db.py:5) → psycopg2.connect`. */
export function describeChain(chain: BlockingChain): string {
  const shown = chain.helpers.slice(0, MAX_SHOWN_HOPS).map((node) => `${node.name} (${node.module.displayPath}:${node.fact?.row ?? 0})`);
  const tail = chain.helpers.length > MAX_SHOWN_HOPS ? '…' : chain.block[1];
  return [...shown, tail].join(' → ');
}
