// `pystandards server`: argv → the language server on stdio.
import { parseArgs } from 'node:util';
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
  startLanguageServer();
  return new Promise<number>(() => undefined);
}
