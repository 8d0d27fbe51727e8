import rule from '../../../src/rules/async/get-event-loop-in-coroutine.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const ADVICE = 'use `asyncio.get_running_loop()`';

testRule(rule, {
  valid: [
    {
      name: 'get_running_loop',
      code: py`
        import asyncio

        async def work() -> None:
            loop = asyncio.get_running_loop()
      `,
    },
    {
      name: 'get_event_loop outside a coroutine',
      code: py`
        import asyncio

        def main() -> None:
            loop = asyncio.get_event_loop()
            loop.run_until_complete(work())
      `,
    },
    {
      name: 'get_event_loop in a sync callback inside a coroutine',
      code: py`
        import asyncio

        async def work() -> None:
            def callback() -> None:
                asyncio.get_event_loop().stop()
      `,
    },
    {
      name: 'a policy’s get_event_loop method',
      code: py`
        import asyncio

        async def work() -> None:
            asyncio.get_event_loop_policy().get_event_loop()
      `,
    },
  ],
  invalid: [
    {
      name: 'standards run_in_executor example',
      code: py`
        import asyncio

        async def cpu_intensive_task(data: bytes) -> bytes:
            loop = asyncio.get_event_loop()
            return await loop.run_in_executor(None, process_data, data)
      `,
      output: py`
        import asyncio

        async def cpu_intensive_task(data: bytes) -> bytes:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(None, process_data, data)
      `,
      errors: [
        { messageId: 'getEventLoop', line: 4, column: 12, endColumn: 34, data: { call: 'asyncio.get_event_loop', function: 'cpu_intensive_task', advice: ADVICE } },
      ],
    },
    {
      name: 'aliased module keeps its alias',
      code: py`
        import asyncio as aio

        async def work() -> None:
            aio.get_event_loop().call_soon(print)
      `,
      output: py`
        import asyncio as aio

        async def work() -> None:
            aio.get_running_loop().call_soon(print)
      `,
      errors: [{ messageId: 'getEventLoop', line: 4, column: 5, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
    {
      name: 'from-import with the asyncio module in scope',
      code: py`
        import asyncio
        from asyncio import get_event_loop

        async def work() -> None:
            get_event_loop()
      `,
      output: py`
        import asyncio
        from asyncio import get_event_loop

        async def work() -> None:
            asyncio.get_running_loop()
      `,
      errors: [{ messageId: 'getEventLoop', line: 5, column: 5, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
    {
      name: 'from-import with get_running_loop imported too',
      code: py`
        from asyncio import get_event_loop, get_running_loop

        async def work() -> None:
            get_event_loop()
      `,
      output: py`
        from asyncio import get_event_loop, get_running_loop

        async def work() -> None:
            get_running_loop()
      `,
      errors: [{ messageId: 'getEventLoop', line: 4, column: 5, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
    {
      name: 'no fix: a bare from-import with nothing to name get_running_loop',
      code: py`
        from asyncio import get_event_loop

        async def work() -> None:
            get_event_loop()
      `,
      output: null,
      errors: [{ messageId: 'getEventLoop', line: 4, column: 5, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
    {
      name: 'no fix inside a generator expression (it may run after the coroutine)',
      code: py`
        import asyncio

        async def work(items: list[int]) -> None:
            loops = (asyncio.get_event_loop() for _ in items)
      `,
      output: null,
      errors: [{ messageId: 'getEventLoop', line: 4, column: 14, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
    {
      name: 'fix inside a list comprehension',
      code: py`
        import asyncio

        async def work(items: list[int]) -> None:
            loops = [asyncio.get_event_loop() for _ in items]
      `,
      output: py`
        import asyncio

        async def work(items: list[int]) -> None:
            loops = [asyncio.get_running_loop() for _ in items]
      `,
      errors: [{ messageId: 'getEventLoop', line: 4, column: 14, data: { call: 'asyncio.get_event_loop', function: 'work', advice: ADVICE } }],
    },
  ],
});
