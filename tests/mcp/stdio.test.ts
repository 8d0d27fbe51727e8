// The stdio transport's hygiene: only protocol messages on stdout, exit 0 when stdin closes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI, REPO_ROOT } from '../harness/paths.js';

interface Exchange {
  readonly stdout: string;
  readonly code: number | null;
}

/** Sends `lines` to `pystandards mcp`, waits for `expected` responses, then closes stdin. */
function exchange(lines: readonly object[], expected: number): Promise<Exchange> {
  const child = spawn(process.execPath, [CLI, 'mcp'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.split('\n').filter(Boolean).length >= expected) child.stdin.end();
    });
    child.once('exit', (code) => resolve({ stdout, code }));
    for (const line of lines) child.stdin.write(`${JSON.stringify(line)}\n`);
    if (expected === 0) child.stdin.end();
  });
}

describe('stdio transport', { timeout: 60_000 }, () => {
  it('writes only JSON-RPC messages to stdout and exits 0 when stdin closes', async () => {
    const { stdout, code } = await exchange(
      [
        { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_python_code', arguments: { code: 'class bad_name:\n    pass\n' } } },
      ],
      2,
    );
    assert.equal(code, 0);
    assert.ok(stdout.endsWith('\n'));
    const messages = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { jsonrpc: string; id: number; result: Record<string, unknown> });
    assert.deepEqual(messages.map((m) => [m.jsonrpc, m.id]), [['2.0', 1], ['2.0', 2]]);
    assert.equal((messages[1]?.result.structuredContent as { findings: { code: string }[] }).findings[0]?.code, 'NAM002');
  });
  it('exits 0 at once when stdin is closed before any message, having written nothing', async () => {
    const { stdout, code } = await exchange([], 0);
    assert.deepEqual([stdout, code], ['', 0]);
  });
});
