// ASY007: `input()` inside `async def` (Ruff ASYNC250).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY007',
  name: 'blocking-input-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC250'],
  messages: {
    blockingInput: 'Blocking `{{call}}()` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow `input()` inside `async def`.',
    what: `Flags calls of the builtin \`input\` inside an \`async def\`.\n\n${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      '`input()` waits for a human to type a line; the event loop waits with it. Read the terminal in a worker ' +
      'thread (`await asyncio.to_thread(input, prompt)`) or with an async console library.',
    bad: 'async def confirm(prompt: str) -> bool:\n    return input(prompt) == "y"\n',
    good: 'import asyncio\n\n\nasync def confirm(prompt: str) -> bool:\n    return await asyncio.to_thread(input, prompt) == "y"\n',
    comparison: "Same findings as Ruff's ASYNC250 (a `lambda` calling `input()` is not async context, as in Ruff ≥ 0.15).",
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'input', { call: 'blockingInput', configured: 'configuredCall' });
  },
});
