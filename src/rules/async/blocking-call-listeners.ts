// The listeners every async rule shares: classify each call once, report the rule's own category.
import type { Fix } from '../../fix/index.js';
import type { Listeners, RuleContext } from '../../linter/index.js';
import type { BlockingCategory } from './blocking-apis.js';
import { blockingCallAnalyzer, type BlockingCall, type BlockingCallAnalyzer } from './blocking-call-analyzer.js';

/** Message for a call listed in `extra-blocking-calls`; every async rule carries it. */
export const CONFIGURED_CALL_MESSAGE = '`{{call}}()` blocks the event loop in `async def {{function}}`: {{advice}}';

/**
 * Message for a call in a coroutine to a project function that blocks, directly or through
 * further project functions (found by the link phase); every async rule but ASY006 carries it.
 */
export const THROUGH_HELPER_MESSAGE =
  '`{{call}}()` blocks the event loop in `async def {{function}}` through the project\'s own code: {{chain}}; ' +
  'run it with `await asyncio.to_thread(...)` or make the chain async';

/** Which of a rule's message ids to use for each shape of finding. */
export interface BlockingMessageIds<M extends string> {
  /** A blocking function or constructor (`requests.get`, `open`). */
  readonly call: M;
  /** A blocking method on a name of a blocking type (`session.get` on a `requests.Session`). */
  readonly method?: M;
  /** A call the project listed in `extra-blocking-calls`. */
  readonly configured: M;
}

/** Listeners reporting the blocking calls of `category` inside `async def`. */
export function blockingCallListeners<M extends string>(
  context: RuleContext<M>,
  category: BlockingCategory,
  messageIds: BlockingMessageIds<M>,
  fixFor?: (found: BlockingCall) => Fix | undefined,
): Listeners {
  let analyzer: BlockingCallAnalyzer | undefined;
  return {
    module() {
      analyzer = blockingCallAnalyzer(context.source, context.semantic, context.settings);
    },
    call(node) {
      if (!analyzer?.hasAsyncFunctions) return;
      const found = analyzer.classify(node);
      if (found?.category !== category) return;
      const messageId = found.configured ? messageIds.configured : found.receiverType ? (messageIds.method ?? messageIds.call) : messageIds.call;
      const fix = found.configured ? undefined : fixFor?.(found);
      context.report({
        node: found.callee,
        messageId,
        data: { call: found.name, function: found.function.name, advice: found.advice, type: found.receiverType ?? '' },
        ...(fix && { fix }),
      });
    },
  };
}
