// Drives the built CLI's MCP server: SDK clients over stdio and HTTP, and raw HTTP requests.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { CLI, REPO_ROOT } from './paths.js';

/** `legacy`: the 2025 initialize handshake; `modern`: 2026-07-28 negotiated through server/discover. */
export type Era = 'legacy' | 'modern';
export const ERAS: readonly Era[] = ['legacy', 'modern'];

export const TEST_API_KEY = 'test-key-0123456789';

function newClient(era: Era): Client {
  return new Client({ name: 'pystandards-e2e', version: '1.0.0' }, { versionNegotiation: { mode: era === 'legacy' ? 'legacy' : 'auto' } });
}

/** Starts `pystandards mcp ARGS` over stdio and connects a client in `era`. */
export async function connectStdio(era: Era, args: readonly string[] = [], cwd = REPO_ROOT): Promise<Client> {
  const client = newClient(era);
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', ...args], cwd, stderr: 'ignore' }));
  return client;
}

export interface HttpServer {
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<number | null>;
}

/** Starts `pystandards mcp --http --port 0 ARGS` and waits for its "listening on" line. */
export function startHttpServer(args: readonly string[] = [], env: Record<string, string | undefined> = { PYSTANDARDS_API_KEY: TEST_API_KEY }): Promise<HttpServer> {
  const child = spawn(process.execPath, [CLI, 'mcp', '--http', '--port', '0', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, PYSTANDARDS_API_KEY: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stderr = '';
    const onData = (chunk: Buffer): void => {
      stderr += chunk.toString();
      const match = /listening on (http:\/\/\S+:(\d+)\/mcp)/.exec(stderr);
      if (!match?.[1] || !match[2]) return;
      child.stderr?.off('data', onData);
      child.stderr?.resume();
      resolve({
        port: Number(match[2]),
        url: `http://127.0.0.1:${match[2]}/mcp`,
        process: child,
        stop: async () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}

/** Connects a client in `era` to an HTTP server, sending the API key unless told otherwise. */
export async function connectHttp(era: Era, url: string, headers: Record<string, string> = { 'X-API-Key': TEST_API_KEY }): Promise<Client> {
  const client = newClient(era);
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** One HTTP request with full control of the headers (fetch forbids setting Host). */
export function rawRequest(port: number, options: { method: string; path: string; headers?: http.OutgoingHttpHeaders; body?: Buffer | string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** A 2025-era initialize request, as a raw JSON-RPC body. */
export const INITIALIZE_BODY = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw-probe', version: '1.0.0' } },
});

/** Headers a Streamable HTTP POST needs, plus `extra`. */
export function mcpHeaders(extra: http.OutgoingHttpHeaders = {}): http.OutgoingHttpHeaders {
  return { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...extra };
}
