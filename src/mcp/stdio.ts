// The stdio transport: one connection over stdin/stdout; ends (exit 0) when stdin closes.
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { McpServices } from './definitions/types.js';
import { LineTransport } from './line-transport.js';
import { serverFactory } from './server.js';

/**
 * Serves until the client closes stdin. Only protocol messages are written to stdout; a line too
 * long or not a message is answered with an error and the session goes on (LineTransport).
 */
export function serveOverStdio(services: McpServices, log: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    const handle = serveStdio(serverFactory(services), { transport: new LineTransport(), onerror: (error) => log(`pystandards mcp: ${error.message}`) });
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      void handle.close().finally(resolve);
    };
    process.stdin.once('end', end);
    process.stdin.once('close', end);
  });
}
