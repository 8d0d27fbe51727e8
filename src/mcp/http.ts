// The Streamable HTTP transport: POST /mcp (both protocol eras) and GET /healthz, behind the guards.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMcpHandler } from '@modelcontextprotocol/server';
import { hostHeaderValidation, originValidation, toNodeHandler } from '@modelcontextprotocol/node';
import { VERSION } from '../api/index.js';
import { isAuthorized } from './auth.js';
import type { McpServices } from './definitions/types.js';
import { serverFactory } from './server.js';

/** Request bodies above this are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Host names every loopback server answers to (Host and Origin checks compare hostnames only). */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

export interface HttpOptions {
  readonly host: string;
  readonly port: number;
  /** Required on every request when set. */
  readonly apiKey: string | undefined;
  /** Hostnames accepted in the Host header. */
  readonly allowedHosts: readonly string[];
  /** Hostnames accepted in the Origin header (requests without Origin always pass this check). */
  readonly allowedOrigins: readonly string[];
  readonly log: (line: string) => void;
}

export interface RunningHttpServer {
  /** The MCP endpoint, e.g. http://127.0.0.1:3333/mcp. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Whether binding to `host` keeps the server reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The Host-header form of a bind address (`::1` → `[::1]`). */
export function hostnameForHeader(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host.toLowerCase();
}

function sendJsonRpcError(res: ServerResponse, status: number, code: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}

/** Past this much discarded body, a refused request's connection is cut. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Reads and drops the body, then answers 413. Answering first would not do: Node closes a
 * connection whose request body is still unread once the response is sent, and a client still
 * sending then sees a broken pipe instead of the answer. Past a bound the connection is cut after
 * the answer. Nothing is kept.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  let discarded = 0;
  const answer = (): void => {
    if (!res.headersSent) sendJsonRpcError(res, 413, -32000, `Request body too large (limit ${MAX_BODY_BYTES} bytes)`);
  };
  const drop = (chunk: Buffer): void => {
    discarded += chunk.length;
    if (discarded <= DISCARD_LIMIT_BYTES) return;
    req.off('data', drop);
    res.once('finish', () => req.socket.destroy());
    answer();
  };
  req.on('data', drop);
  req.on('end', answer);
}

/** Starts listening; resolves once the port is bound. */
export function startHttpServer(services: McpServices, options: HttpOptions): Promise<RunningHttpServer> {
  const mcp = createMcpHandler(serverFactory(services), {
    maxRequestBodySize: MAX_BODY_BYTES,
    onerror: (error) => options.log(`pystandards mcp: ${error.message}`),
  });
  const handle = toNodeHandler(mcp, { maxRequestBodySize: MAX_BODY_BYTES, onerror: (error) => options.log(`pystandards mcp: ${error.message}`) });
  const checkHost = hostHeaderValidation([...options.allowedHosts]);
  const checkOrigin = originValidation([...options.allowedOrigins]);

  const reject = (req: IncomingMessage, status: number, why: string): void => {
    options.log(`pystandards mcp: ${status} ${req.method ?? '?'} ${req.url ?? ''}: ${why}`);
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // Order matters: DNS-rebinding guards first, then the key, then the body limit.
    if (!checkHost(req, res)) return reject(req, 403, `Host ${req.headers.host ?? '(none)'} not allowed`);
    if (!checkOrigin(req, res)) return reject(req, 403, `Origin ${req.headers.origin ?? ''} not allowed`);
    if (options.apiKey !== undefined && !isAuthorized(req.headers, options.apiKey)) {
      reject(req, 401, 'missing or wrong API key');
      return sendJsonRpcError(res, 401, -32001, 'Unauthorized: send the API key as X-API-Key or Authorization: Bearer');
    }
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJsonRpcError(res, 405, -32000, 'Method not allowed', { Allow: 'GET, HEAD' });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return void res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ status: 'ok', name: 'pystandards', version: VERSION }));
    }
    if (pathname !== '/mcp') return sendJsonRpcError(res, 404, -32000, 'Not found: the MCP endpoint is POST /mcp');
    if (req.method !== 'POST') return sendJsonRpcError(res, 405, -32000, 'Method not allowed: this server is stateless; use POST /mcp', { Allow: 'POST' });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) {
      reject(req, 413, `body of ${length} bytes`);
      return refuseBody(req, res);
    }
    void handle(req, res);
  };

  const server = http.createServer(onRequest);
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${hostnameForHeader(options.host)}:${port}/mcp`,
        port,
        close: async () => {
          await mcp.close();
          server.closeAllConnections();
          await new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}
