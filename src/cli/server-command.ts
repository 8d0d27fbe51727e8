// `pystandards server`: argv → the language server on stdio.
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { startLanguageServer } from '../lsp/server.js';
import { SERVER_HELP } from './help.js';
import type { CommandIo } from './standards-command.js';
import { UsageError } from './usage-error.js';

/** Serves LSP until the client sends `exit` (which ends the process); resolves only for `--help`. */
export async function runServerCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    // Clients add these when they start a server (vscode-languageclient: --stdio, --clientProcessId=N).
    options: { stdio: { type: 'boolean' }, clientProcessId: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(SERVER_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`server takes no positional arguments (got \`${positionals[0]}\`)`);
  useLongRunningHeap();
  startLanguageServer();
  return new Promise<number>(() => undefined);
}

/**
 * Heap settings for a process that lives for hours checking the same files over and over; they
 * hold for the checker workers started after them (each isolate reads them when it is made).
 * V8's defaults let the young generation grow to 16 MB semi-spaces and the old one to several
 * times what survives: over 10,000 edits of one file the server's RSS rose 1.5× (92 → 139 MB)
 * before it levelled off. With 2 MB semi-spaces and a heap that grows by 20% at a time it stays
 * within 1.1× (figures in docs/architecture.md), for checks about 15% slower (7.4 ms instead of
 * 6.2 for 1,000 lines; a 10 MB file 2.5 s instead of 2.1).
 */
function useLongRunningHeap(): void {
  setFlagsFromString('--max-semi-space-size=2');
  setFlagsFromString('--heap-growing-percent=20');
}
