// `pystandards mcp`: argv → standards library, checker runner, stdio or HTTP transport.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { API_KEY_ENV } from '../mcp/auth.js';
import type { McpServices } from '../mcp/definitions/types.js';
import { LOOPBACK_NAMES, hostnameForHeader, isLoopbackHost, startHttpServer } from '../mcp/http.js';
import { CheckRunner } from '../mcp/runner.js';
import { serveOverStdio } from '../mcp/stdio.js';
import { StandardsLibrary } from '../standards/library.js';
import { MCP_HELP } from './help.js';
import { resolveStandardsDir, type CommandIo } from './standards-command.js';
import { UsageError } from './usage-error.js';

const DEFAULT_PORT = 3333;
const DEFAULT_TIME_BUDGET_SECONDS = 30;

function realDirectory(given: string, cwd: string, what: string): string {
  const absolute = path.resolve(cwd, given);
  try {
    if (statSync(absolute).isDirectory()) return realpathSync(absolute);
  } catch {
    // reported below
  }
  throw new UsageError(`${what} is not a folder: ${given}`);
}

function parseNumber(value: string | undefined, flag: string, fallback: number, min: number, max: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) {
    throw new UsageError(`${flag} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got \`${value}\``);
  }
  return number;
}

/** Runs the MCP server until its transport ends; resolves with the exit code. */
export async function runMcpCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      http: { type: 'boolean' },
      host: { type: 'string' },
      port: { type: 'string' },
      root: { type: 'string', multiple: true },
      standards: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'allowed-origin': { type: 'string', multiple: true },
      'time-budget': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(MCP_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`mcp takes no positional arguments (got \`${positionals[0]}\`)`);
  const httpOnly = (['host', 'port', 'allowed-host', 'allowed-origin'] as const).find((flag) => values[flag] !== undefined);
  if (!values.http && httpOnly) throw new UsageError(`--${httpOnly} needs --http`);
  // Refuse an unsafe or malformed setup before loading anything.
  const http = values.http ? httpSettings(values.host, values.port, values['allowed-host'] ?? [], values['allowed-origin'] ?? []) : undefined;
  const roots = values.root?.map((root) => realDirectory(root, io.cwd, '--root'));
  const budgetMs = parseNumber(values['time-budget'], '--time-budget', DEFAULT_TIME_BUDGET_SECONDS, 0.01, 3600, false) * 1000;
  const library = new StandardsLibrary({ teamDir: resolveStandardsDir(values.standards, roots?.[0] ?? io.cwd, io.cwd) });
  const log = (line: string): void => io.stderr(`${line}\n`);
  const runner = new CheckRunner({ budgetMs });
  runner.warm();
  try {
    if (!http) {
      // On stdio the client launched us in its project: the working folder is the default root.
      await serveOverStdio({ library, runner, roots: roots ?? [realpathSync(io.cwd)] }, log);
      return 0;
    }
    // Over HTTP, files are readable only when folders were named explicitly.
    const services: McpServices = { library, runner, roots };
    const server = await startHttpServer(services, { ...http, log }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot listen on ${http.host}:${http.port}: ${error.code ?? error.message}`);
    });
    const access = http.apiKey === undefined ? 'no API key' : 'API key required';
    log(`pystandards mcp: listening on ${server.url} (${access}; check_files ${roots ? `in ${roots.join(', ')}` : 'off'})`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  } finally {
    await runner.close();
  }
}

/** Validates the HTTP flags and the API key; a non-loopback bind needs a key. */
function httpSettings(hostFlag: string | undefined, portFlag: string | undefined, extraHosts: readonly string[], extraOrigins: readonly string[]) {
  const host = hostFlag ?? '127.0.0.1';
  const port = parseNumber(portFlag, '--port', DEFAULT_PORT, 0, 65535, true);
  const apiKey = process.env[API_KEY_ENV];
  if (apiKey !== undefined && apiKey.trim() === '') throw new UsageError(`${API_KEY_ENV} is set but empty`);
  const loopback = isLoopbackHost(host);
  if (!loopback && apiKey === undefined) {
    throw new UsageError(`refusing to listen on ${host} without an API key: set ${API_KEY_ENV}, or bind to 127.0.0.1`);
  }
  const wildcard = host === '0.0.0.0' || host === '::';
  const allowedHosts = [...LOOPBACK_NAMES, ...(loopback || wildcard ? [] : [hostnameForHeader(host)]), ...extraHosts];
  // Browsers on this machine may call a loopback server; a public one accepts only the origins named.
  const allowedOrigins = [...(loopback ? LOOPBACK_NAMES : []), ...extraOrigins];
  return { host, port, apiKey, allowedHosts, allowedOrigins };
}
