// ASY002: `time.sleep` inside `async def` (Ruff ASYNC251).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY002',
  name: 'blocking-sleep-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC251'],
  messages: {
    blockingSleep: 'Blocking sleep `{{call}}()` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow `time.sleep` inside `async def`.',
    what: `Flags calls of \`time.sleep\` inside an \`async def\`, \`time.sleep(0)\` included.\n\n${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      '`time.sleep` suspends the thread that runs the event loop: for its whole duration no other task runs, no ' +
      'request is answered. `await asyncio.sleep(...)` suspends only the current task.',
    bad: 'import time\n\n\nasync def retry_later() -> None:\n    time.sleep(2)\n',
    good: 'import asyncio\n\n\nasync def retry_later() -> None:\n    await asyncio.sleep(2)\n',
    comparison:
      "Same findings as Ruff's ASYNC251. There is no automatic fix (the catalog declares none): turning the " +
      'statement into `await asyncio.sleep(...)` is only valid where the call is a plain statement, and it changes ' +
      'which tasks run in between; the message says what to write.',
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'sleep', { call: 'blockingSleep', configured: 'configuredCall' });
  },
});
