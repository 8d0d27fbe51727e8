import rule from '../../../src/rules/async/blocking-open-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const OPEN = 'use `aiofiles.open(...)` or `await asyncio.to_thread(...)`';
const PATH_OPEN = 'use `anyio.Path(...).open()` or `aiofiles.open(...)`';

testRule(rule, {
  valid: [
    {
      name: 'aiofiles',
      code: py`
        import aiofiles

        async def read(path: str) -> str:
            async with aiofiles.open(path) as handle:
                return await handle.read()
      `,
    },
    {
      name: 'open in a function run through to_thread',
      code: py`
        import asyncio

        async def read(path: str) -> str:
            def load() -> str:
                with open(path) as handle:
                    return handle.read()
            return await asyncio.to_thread(load)
      `,
    },
    {
      name: 'a local open shadows the builtin (Ruff ASYNC230 fixture)',
      code: py`
        async def read(path: str) -> None:
            def open(name: str) -> None: ...
            open(path)
      `,
    },
    {
      name: 'a module-level open shadows the builtin',
      code: py`
        from aiofiles import open

        async def read(path: str) -> None:
            async with open(path) as handle:
                await handle.read()
      `,
    },
    {
      name: 'an anyio.Path is async',
      code: py`
        import anyio

        async def read(path: anyio.Path) -> None:
            await path.open()
      `,
    },
    {
      name: 'other Path methods belong to Ruff ASYNC240, not here',
      code: py`
        from pathlib import Path

        async def read(name: str) -> str:
            return Path(name).read_text()
      `,
    },
    {
      name: 'a name rebound to something that is not a Path',
      code: py`
        from pathlib import Path

        async def read(name: str) -> None:
            path = Path(name)
            path = make_remote(path)
            path.open()
      `,
    },
    {
      name: 'allowed by its bare builtin name',
      code: py`
        async def read(path: str) -> None:
            open(path)
      `,
      options: { async: { 'allowed-calls': ['open'] } },
    },
  ],
  invalid: [
    {
      name: 'shutil copies and deletes (beyond Ruff)',
      code: py`
        import shutil

        async def archive(source: str, target: str) -> None:
            shutil.copytree(source, target)
            shutil.rmtree(source)
      `,
      errors: [
        { messageId: 'blockingOpen', line: 4, column: 5, data: { call: 'shutil.copytree', function: 'archive', advice: 'use `await asyncio.to_thread(shutil.copytree, ...)` (or `anyio`)' } },
        { messageId: 'blockingOpen', line: 5, column: 5, data: { call: 'shutil.rmtree', function: 'archive', advice: 'use `await asyncio.to_thread(shutil.rmtree, ...)` (or `anyio`)' } },
      ],
    },
    {
      name: 'builtin open',
      code: py`
        async def export(path: str) -> None:
            with open(path, "w") as handle:
                handle.write("x")
      `,
      errors: [{ messageId: 'blockingOpen', line: 2, column: 10, endColumn: 14, data: { call: 'open', function: 'export', advice: OPEN } }],
    },
    {
      name: 'io.open, io.open_code and os.fdopen (flake8-async ASYNC231)',
      code: py`
        import io
        import os

        async def export(path: str, fd: int) -> None:
            io.open(path)
            io.open_code(path)
            os.fdopen(fd)
      `,
      errors: [
        { messageId: 'blockingOpen', line: 5, column: 5, data: { call: 'io.open', function: 'export', advice: OPEN } },
        { messageId: 'blockingOpen', line: 6, column: 5, data: { call: 'io.open_code', function: 'export', advice: 'use `await asyncio.to_thread(io.open_code, ...)`' } },
        { messageId: 'blockingOpen', line: 7, column: 5, data: { call: 'os.fdopen', function: 'export', advice: 'use `await asyncio.to_thread(os.fdopen, ...)`' } },
      ],
    },
    {
      name: 'Path(...).open() and a name bound to Path(...)',
      code: py`
        import pathlib
        from pathlib import Path

        async def export(name: str) -> None:
            Path(name).open()
            target = pathlib.Path(name)
            target.open("w")
      `,
      errors: [
        { messageId: 'blockingPathOpen', line: 5, column: 5, data: { call: 'Path(name).open', type: 'pathlib.Path', function: 'export', advice: PATH_OPEN } },
        { messageId: 'blockingPathOpen', line: 7, column: 5, data: { call: 'target.open', type: 'pathlib.Path', function: 'export', advice: PATH_OPEN } },
      ],
    },
    {
      name: 'beyond Ruff: a parameter annotated Path',
      code: py`
        from pathlib import Path

        async def export(target: Path) -> None:
            with target.open("w") as handle:
                handle.write("x")
      `,
      errors: [{ messageId: 'blockingPathOpen', line: 4, column: 10, data: { call: 'target.open', type: 'pathlib.Path', function: 'export', advice: PATH_OPEN } }],
    },
    {
      name: 'open in a comprehension and an awaited wrapper',
      code: py`
        async def read_all(paths: list[str]) -> list[str]:
            return [open(p).read() for p in paths]
      `,
      errors: [{ messageId: 'blockingOpen', line: 2, column: 13, data: { call: 'open', function: 'read_all', advice: OPEN } }],
    },
  ],
});
