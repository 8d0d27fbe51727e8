// ASY003: subprocess and os process calls inside `async def` (Ruff ASYNC220, ASYNC221, ASYNC222).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS, documentedCalls } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY003',
  name: 'blocking-process-call-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC220', 'ASYNC221', 'ASYNC222'],
  messages: {
    blockingProcess: 'Blocking process call `{{call}}()` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow blocking process calls inside `async def`.',
    what: `Flags calls of ${documentedCalls('process')} inside an \`async def\`.\n\n${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      'Starting a process and waiting for it (`subprocess.run`, `os.system`, `os.waitpid`) blocks the event loop for ' +
      'as long as the child runs. `asyncio.create_subprocess_exec` / `create_subprocess_shell` start it without ' +
      'blocking and let you `await` its output.',
    bad:
      'import subprocess\n\n\nasync def git_revision() -> str:\n' +
      '    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True)\n',
    good:
      'import asyncio\n\n\nasync def git_revision() -> str:\n' +
      '    process = await asyncio.create_subprocess_exec("git", "rev-parse", "HEAD", stdout=asyncio.subprocess.PIPE)\n' +
      '    stdout, _ = await process.communicate()\n    return stdout.decode()\n',
    comparison:
      "One rule for Ruff's three: ASYNC220 (creating a process: `subprocess.Popen`, `os.popen`, `os.spawn*` without " +
      '`P_WAIT`), ASYNC221 (running one: `subprocess.run` and friends, `os.system`, `os.posix_spawn*`, `os.spawn*` ' +
      'with `P_WAIT`) and ASYNC222 (`os.wait*`); the findings are the same.',
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'process', { call: 'blockingProcess', configured: 'configuredCall' });
  },
});
