import rule from '../../../src/rules/async/blocking-process-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const EXEC = 'use `await asyncio.create_subprocess_exec(...)`';
const SHELL = 'use `await asyncio.create_subprocess_shell(...)`';

testRule(rule, {
  valid: [
    {
      name: 'asyncio subprocesses',
      code: py`
        import asyncio

        async def run(cmd: list[str]) -> None:
            process = await asyncio.create_subprocess_exec(*cmd)
            await process.wait()
      `,
    },
    {
      name: 'subprocess in a nested def',
      code: py`
        import asyncio
        import subprocess

        async def run(cmd: list[str]) -> None:
            def work() -> None:
                subprocess.run(cmd, check=True)
            await asyncio.to_thread(work)
      `,
    },
    {
      name: 'os functions that do not run processes',
      code: py`
        import os

        async def run() -> None:
            os.getpid()
            os.environ.get("HOME")
      `,
    },
    {
      name: 'a local subprocess variable shadows the module',
      code: py`
        async def run(subprocess) -> None:
            subprocess.run()
      `,
    },
  ],
  invalid: [
    {
      name: 'subprocess.run',
      code: py`
        import subprocess

        async def run(cmd: list[str]) -> None:
            subprocess.run(cmd, check=True)
      `,
      errors: [{ messageId: 'blockingProcess', line: 4, column: 5, endColumn: 19, data: { call: 'subprocess.run', function: 'run', advice: EXEC } }],
    },
    {
      name: 'every subprocess API (Ruff ASYNC220/221)',
      code: py`
        import subprocess as sp

        async def run(cmd: str) -> None:
            sp.Popen(cmd)
            sp.call(cmd)
            sp.check_call(cmd)
            sp.check_output(cmd)
            sp.getoutput(cmd)
            sp.getstatusoutput(cmd)
      `,
      errors: [
        { messageId: 'blockingProcess', line: 4, column: 5, data: { call: 'subprocess.Popen', function: 'run', advice: EXEC } },
        { messageId: 'blockingProcess', line: 5, column: 5, data: { call: 'subprocess.call', function: 'run', advice: EXEC } },
        { messageId: 'blockingProcess', line: 6, column: 5, data: { call: 'subprocess.check_call', function: 'run', advice: EXEC } },
        { messageId: 'blockingProcess', line: 7, column: 5, data: { call: 'subprocess.check_output', function: 'run', advice: EXEC } },
        { messageId: 'blockingProcess', line: 8, column: 5, data: { call: 'subprocess.getoutput', function: 'run', advice: SHELL } },
        { messageId: 'blockingProcess', line: 9, column: 5, data: { call: 'subprocess.getstatusoutput', function: 'run', advice: SHELL } },
      ],
    },
    {
      name: 'os process functions (Ruff ASYNC220/221/222)',
      code: py`
        import os

        async def run(cmd: str, pid: int) -> None:
            os.system(cmd)
            os.popen(cmd)
            os.spawnl(os.P_NOWAIT, cmd)
            os.posix_spawn(cmd, [], {})
            os.waitpid(pid, 0)
      `,
      errors: [
        { messageId: 'blockingProcess', line: 4, column: 5, data: { call: 'os.system', function: 'run', advice: SHELL } },
        { messageId: 'blockingProcess', line: 5, column: 5, data: { call: 'os.popen', function: 'run', advice: SHELL } },
        { messageId: 'blockingProcess', line: 6, column: 5, data: { call: 'os.spawnl', function: 'run', advice: EXEC } },
        { messageId: 'blockingProcess', line: 7, column: 5, data: { call: 'os.posix_spawn', function: 'run', advice: EXEC } },
        {
          messageId: 'blockingProcess',
          line: 8,
          column: 5,
          data: {
            call: 'os.waitpid',
            function: 'run',
            advice: 'use `await process.wait()` on an `asyncio.subprocess.Process`, or `await asyncio.to_thread(os.waitpid, ...)`',
          },
        },
      ],
    },
    {
      name: 'from-import alias inside the function, and an awaited wrapper argument',
      code: py`
        import asyncio

        async def run(cmd: str) -> None:
            from subprocess import check_output as out
            await asyncio.wait_for(asyncio.shield(out(cmd)), 1)
      `,
      errors: [{ messageId: 'blockingProcess', line: 5, column: 43, data: { call: 'subprocess.check_output', function: 'run', advice: EXEC } }],
    },
  ],
});
