import rule from '../../../src/rules/async/blocking-sleep-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const ADVICE = 'use `await asyncio.sleep(...)`';

testRule(rule, {
  valid: [
    {
      name: 'asyncio.sleep',
      code: py`
        import asyncio

        async def wait() -> None:
            await asyncio.sleep(1)
      `,
    },
    {
      name: 'time.sleep in a sync function',
      code: py`
        import time

        def wait() -> None:
            time.sleep(1)
      `,
    },
    {
      name: 'time.sleep in a nested def run in a thread',
      code: py`
        import asyncio
        import time

        async def wait() -> None:
            def pause() -> None:
                time.sleep(1)
            await asyncio.to_thread(pause)
      `,
    },
    {
      name: 'time.sleep in a lambda',
      code: py`
        import asyncio
        import time

        async def wait() -> None:
            await asyncio.to_thread(lambda: time.sleep(1))
      `,
    },
    {
      name: 'passing time.sleep without calling it',
      code: py`
        import asyncio
        import time

        async def wait() -> None:
            await asyncio.to_thread(time.sleep, 1)
      `,
    },
    {
      name: 'a local sleep function shadows the import',
      code: py`
        from time import sleep

        async def wait() -> None:
            async def sleep(seconds: float) -> None: ...
            await sleep(1)
      `,
    },
    {
      name: 'a parameter named time',
      code: py`
        async def wait(time) -> None:
            time.sleep(1)
      `,
    },
    {
      name: 'another module’s sleep',
      code: py`
        import trio

        async def wait() -> None:
            await trio.sleep(1)
      `,
    },
    {
      name: 'allowed-calls',
      code: py`
        import time

        async def wait() -> None:
            time.sleep(0)
      `,
      options: { async: { 'allowed-calls': ['time.sleep'] } },
    },
  ],
  invalid: [
    {
      name: 'time.sleep',
      code: py`
        import time

        async def retry() -> None:
            time.sleep(2)
      `,
      output: null,
      errors: [
        { messageId: 'blockingSleep', line: 4, column: 5, endLine: 4, endColumn: 15, data: { call: 'time.sleep', function: 'retry', advice: ADVICE } },
      ],
    },
    {
      name: 'from time import sleep as nap',
      code: py`
        from time import sleep as nap

        async def retry() -> None:
            nap(0.5)
      `,
      errors: [{ messageId: 'blockingSleep', line: 4, column: 5, data: { call: 'time.sleep', function: 'retry', advice: ADVICE } }],
    },
    {
      name: 'import time as t',
      code: py`
        import time as t

        async def retry() -> None:
            t.sleep(1)
      `,
      errors: [{ messageId: 'blockingSleep', line: 4, column: 5, data: { call: 'time.sleep', function: 'retry', advice: ADVICE } }],
    },
    {
      name: 'function-local import',
      code: py`
        async def retry() -> None:
            from time import sleep
            sleep(1)
      `,
      errors: [{ messageId: 'blockingSleep', line: 3, column: 5, data: { call: 'time.sleep', function: 'retry', advice: ADVICE } }],
    },
    {
      name: 'inside a comprehension and inside a nested async def',
      code: py`
        import time

        def outer() -> None:
            async def inner() -> None:
                [time.sleep(d) for d in (1, 2)]
      `,
      errors: [{ messageId: 'blockingSleep', line: 5, column: 10, data: { call: 'time.sleep', function: 'inner', advice: ADVICE } }],
    },
    {
      name: 'awaited call',
      code: py`
        import time

        async def retry() -> None:
            await time.sleep(1)
      `,
      errors: [{ messageId: 'blockingSleep', line: 4, column: 11, data: { call: 'time.sleep', function: 'retry', advice: ADVICE } }],
    },
    {
      name: 'extra-blocking-calls with an ASY002 prefix',
      code: py`
        import backoff_utils

        async def retry() -> None:
            backoff_utils.pause(3)
      `,
      options: { async: { 'extra-blocking-calls': { 'backoff_utils.pause': 'ASY002: use `await asyncio.sleep(...)`' } } },
      errors: [{ messageId: 'configuredCall', line: 4, column: 5, data: { call: 'backoff_utils.pause', function: 'retry', advice: ADVICE } }],
    },
    {
      name: 'extra-blocking-calls replaces the advice of a listed name',
      code: py`
        import time

        async def retry() -> None:
            time.sleep(3)
      `,
      options: { async: { 'extra-blocking-calls': { 'time.sleep': 'ASY002: use `await anyio.sleep(...)`' } } },
      errors: [{ messageId: 'configuredCall', line: 4, column: 5, data: { call: 'time.sleep', function: 'retry', advice: 'use `await anyio.sleep(...)`' } }],
    },
  ],
});
