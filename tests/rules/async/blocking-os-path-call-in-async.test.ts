import rule from '../../../src/rules/async/blocking-os-path-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const advice = (name: string): string => `use \`await asyncio.to_thread(os.path.${name}, ...)\` or \`anyio.Path\``;

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
      name: 'pathlib methods are not this rule',
      code: py`
        from pathlib import Path

        async def check(path: Path) -> bool:
            return path.exists()
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
