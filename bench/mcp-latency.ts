// Latency of `check_python_code` through the MCP server (stdio) on a 300-line module, once warm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WARM_UP = 10;
const CALLS = 60;

/** A realistic 300-line service module: the example backend's files, repeated and trimmed. */
function module300(): string {
  const parts = ['src/services/customer_service.py', 'src/api/routes.py', 'src/models/customer.py'].map((file) =>
    readFileSync(path.join(ROOT, 'examples', 'customer-service', file), 'utf8'),
  );
  const lines = parts.join('\n').split('\n');
  while (lines.length < 300) lines.push(...lines.slice(0, 300 - lines.length));
  return `${lines.slice(0, 300).join('\n')}\n`;
}

/** Median and 90th percentile of `check_python_code` round trips, in milliseconds. */
export async function measureMcpLatency(): Promise<{ p50: number; p90: number }> {
  const client = new Client({ name: 'pystandards-bench', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [path.join(ROOT, 'bin', 'pystandards.js'), 'mcp'], cwd: ROOT, stderr: 'ignore' }));
  const code = module300();
  const times: number[] = [];
  try {
    for (let i = 0; i < WARM_UP + CALLS; i++) {
      const started = performance.now();
      const result = await client.callTool({ name: 'check_python_code', arguments: { code, filename: 'app/service.py' } });
      if (result.isError) throw new Error(`check_python_code failed: ${JSON.stringify(result.content).slice(0, 300)}`);
      if (i >= WARM_UP) times.push(performance.now() - started);
    }
  } finally {
    await client.close();
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)] as number, p90: times[Math.floor(times.length * 0.9)] as number };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { p50, p90 } = await measureMcpLatency();
  console.log(`check_python_code (300 lines): p50 ${p50.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms`);
}
