// ASY008: disk-touching `os.path` calls inside `async def` (Ruff ASYNC240, its os.path part).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS, documentedCalls, documentedTypes } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY008',
  name: 'blocking-os-path-call-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC240'],
  messages: {
    blockingOsPath: 'Blocking file-system call `{{call}}()` in `async def {{function}}`: {{advice}}',
    blockingPathMethod: 'Blocking file-system call `{{call}}()` on a `{{type}}` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow disk-touching `os.path` calls and `pathlib.Path` methods inside `async def`.',
    what:
      `Flags calls of ${documentedCalls('os-path')} inside an \`async def\`: the \`os.path\` functions that ask ` +
      'the operating system. Pure string functions (`join`, `basename`, `dirname`, `split`, `splitext`, `normpath`, ' +
      '`normcase`, `isabs`, …) are fine. Also methods of a `pathlib.Path` (a name bound to `Path(...)` or annotated ' +
      `\`Path\`, \`Path(...)\` itself, \`path.parent\`, \`path / "x"\`): ${documentedTypes('os-path')}.\n\n` +
      `${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      'Each of these is a system call (`stat`, `readlink`, `getcwd`, a password-database lookup) that can take as ' +
      'long as the disk or network file system needs, all of it on the event loop. Batch the file-system work in ' +
      '`await asyncio.to_thread(...)` or use `anyio.Path`.',
    bad:
      'import os\n\n\nasync def load_settings(path: str) -> str | None:\n' +
      '    if not os.path.exists(path):\n        return None\n    return path\n',
    good:
      'import asyncio\nimport os\n\n\nasync def load_settings(path: str) -> str | None:\n' +
      '    if not await asyncio.to_thread(os.path.exists, path):\n        return None\n    return path\n',
    comparison:
      "Ruff's ASYNC240, both parts: `os.path` functions and pathlib methods. Ruff flags every `os.path` function " +
      'outside a short list of pure ones; this rule does not flag `os.path.normpath` (pure string work, which Ruff ' +
      'and flake8-async flag) nor names `os.path` does not define. On pathlib it agrees with Ruff, except that ' +
      '`full_match` (pure) is not flagged and paths derived with `.parent`, `/` or `with_suffix(...)` are followed.',
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'os-path', { call: 'blockingOsPath', method: 'blockingPathMethod', configured: 'configuredCall' });
  },
});
