// `pystandards mcp` and `pystandards standards`: argv → standards library, checker runner, transport.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isKnownSelector } from '../api/index.js';
import { SettingsResolver } from '../engine/index.js';
import { API_KEY_ENV } from '../mcp/auth.js';
import type { McpServices } from '../mcp/definitions/types.js';
import { LOOPBACK_NAMES, hostnameForHeader, isLoopbackHost, startHttpServer } from '../mcp/http.js';
import { CheckRunner } from '../mcp/runner.js';
import { serveOverStdio } from '../mcp/stdio.js';
import { StandardsLibrary, sectionUri } from '../standards/library.js';
import { MCP_HELP, STANDARDS_HELP } from './help.js';
import { UsageError } from './usage-error.js';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

const DEFAULT_PORT = 3333;
const DEFAULT_TIME_BUDGET_SECONDS = 30;

/** The team standards folder: `--standards`, else `standards-dir` of the project's configuration. */
export function resolveStandardsDir(flag: string | undefined, projectFolder: string, cwd: string): string | undefined {
  if (flag !== undefined) return path.resolve(cwd, flag);
  const settings = new SettingsResolver({ isKnownSelector }).forPath(projectFolder, true);
  return settings.standardsDir === undefined ? undefined : path.resolve(settings.projectRoot, settings.standardsDir);
}

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

  const roots = values.root?.map((root) => realDirectory(root, io.cwd, '--root'));
  const budgetMs = parseNumber(values['time-budget'], '--time-budget', DEFAULT_TIME_BUDGET_SECONDS, 0.01, 3600, false) * 1000;
  const teamDir = resolveStandardsDir(values.standards, roots?.[0] ?? io.cwd, io.cwd);
  const library = new StandardsLibrary({ teamDir });
  const log = (line: string): void => io.stderr(`${line}\n`);

  if (!values.http) {
    // On stdio the client launched us in its project: the working folder is the default root.
    const runner = new CheckRunner({ budgetMs });
    const services: McpServices = { library, runner, roots: roots ?? [realpathSync(io.cwd)] };
    await serveOverStdio(services, log);
    await runner.close();
    return 0;
  }

  const host = values.host ?? '127.0.0.1';
  const port = parseNumber(values.port, '--port', DEFAULT_PORT, 0, 65535, true);
  const apiKey = process.env[API_KEY_ENV];
  if (apiKey !== undefined && apiKey.trim() === '') throw new UsageError(`${API_KEY_ENV} is set but empty`);
  if (!isLoopbackHost(host) && apiKey === undefined) {
    throw new UsageError(`refusing to listen on ${host} without an API key: set ${API_KEY_ENV}, or bind to 127.0.0.1`);
  }
  const loopback = isLoopbackHost(host);
  const wildcard = host === '0.0.0.0' || host === '::';
  const allowedHosts = [...LOOPBACK_NAMES, ...(loopback || wildcard ? [] : [hostnameForHeader(host)]), ...(values['allowed-host'] ?? [])];
  const allowedOrigins = [...(loopback ? LOOPBACK_NAMES : []), ...(values['allowed-origin'] ?? [])];
  // Over HTTP, files are readable only when folders were named explicitly.
  const runner = new CheckRunner({ budgetMs });
  const services: McpServices = { library, runner, roots };
  const server = await startHttpServer(services, { host, port, apiKey, allowedHosts, allowedOrigins, log });
  log(`pystandards mcp: listening on ${server.url} (${apiKey === undefined ? 'no API key' : 'API key required'}; check_files ${roots ? `in ${roots.join(', ')}` : 'off'})`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await runner.close();
  return 0;
}

/** Prints the standards, a section, or the list of sections. */
export function runStandardsCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      standards: { type: 'string' },
      list: { type: 'boolean' },
      'output-format': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(STANDARDS_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('standards takes at most one SECTION');
  const format = values['output-format'] ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`unknown output format \`${format}\` (expected markdown or json)`);
  const library = new StandardsLibrary({ teamDir: resolveStandardsDir(values.standards, io.cwd, io.cwd) });
  if (values.list) {
    if (format === 'json') io.stdout(`${JSON.stringify(library.index(), null, 2)}\n`);
    else {
      const width = Math.max(...library.sections.map((s) => s.id.length));
      io.stdout(library.sections.map((s) => `${s.id.padEnd(width)}  ${s.title}${s.origin === 'built-in' ? '' : ` (${s.origin})`}`).join('\n') + '\n');
    }
    return 0;
  }
  const selector = positionals[0] ?? 'all';
  const sections = library.select(selector);
  if (!sections) throw new UsageError(`unknown section \`${selector}\` (available: ${library.selectors.join(', ')})`);
  if (format === 'json') {
    const listing = sections.map((s) => ({ id: s.id, title: s.title, origin: s.origin, uri: sectionUri(s.id), rules: s.rules.map((r) => r.code), markdown: s.markdown }));
    io.stdout(`${JSON.stringify({ version: library.index().version, sha256: library.sha256, sections: listing }, null, 2)}\n`);
    return 0;
  }
  io.stdout(selector.trim().toLowerCase() === 'all' ? library.markdown : sections.map((s) => s.markdown).join('\n'));
  return 0;
}
