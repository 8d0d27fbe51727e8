// The language server's figures: didChange → publishDiagnostics latency on 1,000- and 5,000-line
// modules, start to first diagnostics on the example backend, and RSS over 10,000 edits of one file.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'pystandards.js');
const EXAMPLE = path.join(ROOT, 'examples', 'customer-service');

export interface LspFigures {
  readonly change1000: { readonly p50: number; readonly p90: number };
  readonly change5000: { readonly p50: number; readonly p90: number };
  /** Milliseconds from spawning the server to the first diagnostics of an opened file. */
  readonly startToFirstDiagnostics: number;
  /** RSS in MB after the first 100 edits and after 10,000. */
  readonly rssAfter100: number;
  readonly rssAfter10000: number;
}

/** A module of `lines` lines made of the example backend's own files, repeated. */
function moduleOf(lines: number): string {
  const parts = ['src/services/customer_service.py', 'src/api/routes.py', 'src/models/customer.py'].map((file) => readFileSync(path.join(EXAMPLE, file), 'utf8'));
  const source = parts.join('\n').split('\n');
  const out: string[] = [];
  while (out.length < lines) out.push(...source);
  return `${out.slice(0, lines).join('\n')}\n`;
}

class Session {
  private waiting: { version: number; resolve: () => void } | undefined;
  firstDiagnostics: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    let first!: () => void;
    this.firstDiagnostics = new Promise((resolve) => (first = resolve));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (!params.uri.endsWith('.py')) return;
      first();
      if (this.waiting && (params.version ?? -1) >= this.waiting.version) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve();
      }
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.listen();
  }

  static async start(): Promise<Session> {
    const child = spawn(process.execPath, [CLI, 'server'], { cwd: EXAMPLE, stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new Session(child, connection);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(EXAMPLE).href,
      workspaceFolders: [{ uri: pathToFileURL(EXAMPLE).href, name: 'customer-service' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { workspaceFolders: true } },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  open(file: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'python', version: 1, text } });
  }

  /**
   * Inserts `text` as a line before `line` (or with `text` undefined, deletes line `line`) and
   * resolves when the diagnostics of that version arrive.
   */
  change(file: string, version: number, line: number, text: string | undefined): Promise<void> {
    const done = new Promise<void>((resolve) => (this.waiting = { version, resolve }));
    const end = text === undefined ? { line: line + 1, character: 0 } : { line, character: 0 };
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: pathToFileURL(file).href, version },
      contentChanges: [{ range: { start: { line, character: 0 }, end }, text: text ?? '' }],
    });
    return done;
  }

  rssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return kb / 1024;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

/**
 * Edits a module all over (a comment line added, then taken out again), timing each edit from
 * didChange to its diagnostics.
 */
async function changeLatency(lines: number, warmUp: number, edits: number): Promise<{ p50: number; p90: number }> {
  const session = await Session.start();
  const file = path.join(EXAMPLE, 'src', 'services', `bench_${lines}.py`);
  const text = moduleOf(lines);
  await session.open(file, text);
  await session.firstDiagnostics;
  const times: number[] = [];
  for (let i = 0; i < warmUp + edits; i++) {
    const line = (Math.floor(i / 2) * 37) % lines;
    const started = performance.now();
    await session.change(file, i + 2, line, i % 2 === 0 ? '# edited\n' : undefined);
    if (i >= warmUp) times.push(performance.now() - started);
  }
  await session.stop();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p90: percentile(times, 0.9) };
}

/** Milliseconds from spawning the server to the first diagnostics of a file of the example backend; the median of `runs`. */
async function startToFirst(runs: number): Promise<number> {
  const file = path.join(EXAMPLE, 'src', 'services', 'customer_service.py');
  const text = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const session = await Session.start();
    await session.open(file, text);
    await session.firstDiagnostics;
    times.push(performance.now() - started);
    await session.stop();
  }
  times.sort((a, b) => a - b);
  return percentile(times, 0.5);
}

/** RSS after 100 and after 10,000 edits of one file of the example backend, each edit awaited. */
async function rssOverEdits(): Promise<{ after100: number; after10000: number }> {
  const session = await Session.start();
  const file = path.join(EXAMPLE, 'src', 'api', 'routes.py');
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - 1;
  await session.open(file, text);
  await session.firstDiagnostics;
  let after100 = 0;
  for (let i = 0; i < 10_000; i++) {
    await session.change(file, i + 2, (Math.floor(i / 2) * 7) % lines, i % 2 === 0 ? 'x = 1\n' : undefined);
    if (i === 99) after100 = session.rssMb();
  }
  const after10000 = session.rssMb();
  await session.stop();
  return { after100, after10000 };
}

/** Every language-server figure `npm run bench` reports. */
export async function measureLsp(): Promise<LspFigures> {
  const change1000 = await changeLatency(1000, 30, 200);
  const change5000 = await changeLatency(5000, 10, 60);
  const startToFirstDiagnostics = await startToFirst(7);
  const rss = await rssOverEdits();
  return { change1000, change5000, startToFirstDiagnostics, rssAfter100: rss.after100, rssAfter10000: rss.after10000 };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const figures = await measureLsp();
  console.log(JSON.stringify(figures, null, 2));
}
