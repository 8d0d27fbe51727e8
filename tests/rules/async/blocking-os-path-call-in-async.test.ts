import rule from '../../../src/rules/async/blocking-os-path-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const advice = (name: string): string => `use \`await asyncio.to_thread(os.path.${name}, ...)\` or \`anyio.Path\``;

const PATH = 'use `anyio.Path` (`await anyio.Path(...).{name}(...)`) or `await asyncio.to_thread(path.{name}, ...)`';

testRule(rule, {
  valid: [
    {
      name: 'pure string functions',
      code: py`
        import os

        async def build(base: str, name: str) -> str:
            path = os.path.join(base, name)
            os.path.basename(path)
            os.path.dirname(path)
            os.path.splitext(path)
            os.path.normcase(path)
            os.path.isabs(path)
            return os.path.normpath(path)
      `,
    },
    {
      name: 'passed to to_thread',
      code: py`
        import asyncio
        import os

        async def check(path: str) -> bool:
            return await asyncio.to_thread(os.path.exists, path)
      `,
    },
    {
      name: 'pure pathlib methods compute a path',
      code: py`
        from pathlib import Path

        async def names(path: Path) -> str:
            return path.with_suffix(".bak").joinpath("x").relative_to("/").as_posix()
      `,
    },
    {
      name: 'anyio.Path is asynchronous',
      code: py`
        import anyio

        async def check(name: str) -> bool:
            return await anyio.Path(name).exists()
      `,
    },
    {
      name: 'a local named os',
      code: py`
        async def check(os, path: str) -> bool:
            return os.path.exists(path)
      `,
    },
  ],
  invalid: [
    {
      name: 'pathlib methods on a parameter annotated Path (ASYNC240, pathlib part)',
      code: py`
        from pathlib import Path

        async def check(path: Path) -> str | None:
            if path.exists():
                return path.read_text()
            return None
      `,
      errors: [
        { messageId: 'blockingPathMethod', line: 4, column: 8, endColumn: 19, data: { call: 'path.exists', type: 'pathlib.Path', function: 'check', advice: PATH.replace(/\{name\}/g, 'exists') } },
        { messageId: 'blockingPathMethod', line: 5, column: 16, data: { call: 'path.read_text', type: 'pathlib.Path', function: 'check', advice: PATH.replace(/\{name\}/g, 'read_text') } },
      ],
    },
    {
      name: 'paths derived with /, .parent and with_suffix (beyond Ruff)',
      code: py`
        from pathlib import Path

        UPLOADS = Path("/srv/uploads")

        async def store(name: str, data: bytes) -> None:
            target = UPLOADS / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.with_suffix(".tmp").write_bytes(data)
            Path(name).unlink()
      `,
      errors: [
        { messageId: 'blockingPathMethod', line: 7, column: 5, data: { call: 'target.parent.mkdir', type: 'pathlib.Path', function: 'store', advice: PATH.replace(/\{name\}/g, 'mkdir') } },
        { messageId: 'blockingPathMethod', line: 8, column: 5, data: { call: 'target.with_suffix(".tmp").write_bytes', type: 'pathlib.Path', function: 'store', advice: PATH.replace(/\{name\}/g, 'write_bytes') } },
        { messageId: 'blockingPathMethod', line: 9, column: 5, data: { call: 'Path(name).unlink', type: 'pathlib.Path', function: 'store', advice: PATH.replace(/\{name\}/g, 'unlink') } },
      ],
    },
    {
      name: 'os.path.exists',
      code: py`
        import os

        async def check(path: str) -> bool:
            return os.path.exists(path)
      `,
      errors: [{ messageId: 'blockingOsPath', line: 4, column: 12, endColumn: 26, data: { call: 'os.path.exists', function: 'check', advice: advice('exists') } }],
    },
    {
      name: 'through from os import path, import os.path as osp, from os.path import',
      code: py`
        import os.path as osp
        from os import path
        from os.path import getsize as size_of

        async def check(name: str) -> None:
            path.isfile(name)
            osp.getmtime(name)
            size_of(name)
      `,
      errors: [
        { messageId: 'blockingOsPath', line: 6, column: 5, data: { call: 'os.path.isfile', function: 'check', advice: advice('isfile') } },
        { messageId: 'blockingOsPath', line: 7, column: 5, data: { call: 'os.path.getmtime', function: 'check', advice: advice('getmtime') } },
        { messageId: 'blockingOsPath', line: 8, column: 5, data: { call: 'os.path.getsize', function: 'check', advice: advice('getsize') } },
      ],
    },
    {
      name: 'in a comprehension',
      code: py`
        import os

        async def existing(paths: list[str]) -> list[str]:
            return [p for p in paths if os.path.isdir(p)]
      `,
      errors: [{ messageId: 'blockingOsPath', line: 4, column: 33, data: { call: 'os.path.isdir', function: 'existing', advice: advice('isdir') } }],
    },
    {
      name: 'realpath, abspath, expanduser (they ask the OS)',
      code: py`
        import os

        async def resolve(path: str) -> None:
            os.path.realpath(path)
            os.path.abspath(path)
            os.path.expanduser(path)
      `,
      errors: [
        { messageId: 'blockingOsPath', line: 4, column: 5, data: { call: 'os.path.realpath', function: 'resolve', advice: advice('realpath') } },
        { messageId: 'blockingOsPath', line: 5, column: 5, data: { call: 'os.path.abspath', function: 'resolve', advice: advice('abspath') } },
        { messageId: 'blockingOsPath', line: 6, column: 5, data: { call: 'os.path.expanduser', function: 'resolve', advice: advice('expanduser') } },
      ],
    },
  ],
});
