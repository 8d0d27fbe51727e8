// ASY004: opening files synchronously inside `async def` (Ruff ASYNC230, flake8-async ASYNC231).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS, documentedCalls } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY004',
  name: 'blocking-open-call-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC230', 'ASYNC231'],
  messages: {
    blockingOpen: 'Blocking file I/O `{{call}}()` in `async def {{function}}`: {{advice}}',
    blockingPathOpen: 'Blocking file I/O `{{call}}()` on a `{{type}}` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow opening, copying and moving files synchronously inside `async def`.',
    what:
      `Flags calls of ${documentedCalls('file')} inside an \`async def\`, and \`.open()\` on a \`pathlib.Path\`: ` +
      '`Path(name).open()`, or `path.open()` where `path` is bound to `Path(...)` (also `path.parent`, `path / "x"`, ' +
      '`path.with_suffix(...)`) or annotated `Path`.\n\n' +
      `${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      'Opening, reading and writing a file are synchronous system calls; on a slow or network disk they stall the ' +
      'event loop. Use `aiofiles.open(...)` / `anyio.Path`, or move the whole file operation into ' +
      '`await asyncio.to_thread(...)`.',
    bad:
      'async def export_report(path: str, text: str) -> None:\n' +
      '    with open(path, "w") as report:\n        report.write(text)\n',
    good:
      'import asyncio\n\n\ndef write_report(path: str, text: str) -> None:\n' +
      '    with open(path, "w") as report:\n        report.write(text)\n\n\n' +
      'async def export_report(path: str, text: str) -> None:\n    await asyncio.to_thread(write_report, path, text)\n',
    comparison:
      "Same findings as Ruff's ASYNC230 (`open`, `io.open`, `io.open_code`, `Path(...).open()`, `path.open()` on a " +
      'name bound to `Path(...)`), plus flake8-async\'s ASYNC231 (`os.fdopen`, which Ruff does not have) and ' +
      '`path.open()` on a parameter annotated `Path` (Ruff needs a `Path(...)` value), and beyond both the ' +
      '`shutil` functions that copy, move or delete files. `Path.read_text()` and the other pathlib methods are ' +
      "Ruff's ASYNC240 and ASY008's.",
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'file', { call: 'blockingOpen', method: 'blockingPathOpen', configured: 'configuredCall' });
  },
});
