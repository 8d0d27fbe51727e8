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

interface RawAnswer {
  readonly id: number | string | null;
  readonly error?: { readonly code: number; readonly message: string };
  readonly result?: { readonly structuredContent?: { readonly findings: readonly { readonly code: string }[] } };
}

/** Sends `lines` as they are (each ended by a newline) to `pystandards mcp`, waits for `expected` answers, then closes stdin. */
function exchangeRaw(lines: readonly string[], expected: number): Promise<{ readonly answers: RawAnswer[]; readonly code: number | null }> {
  const child = spawn(process.execPath, [CLI, 'mcp'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.split('\n').filter(Boolean).length >= expected) child.stdin.end();
    });
    child.once('exit', (code) => resolve({ answers: stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as RawAnswer), code }));
    for (const line of lines) child.stdin.write(`${line}\n`);
  });
}

describe('stdio transport: oversized and malformed lines', { timeout: 60_000 }, () => {
  const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
  const initialized = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
  const check = (id: number): string => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'check_python_code', arguments: { code: 'class bad_name:\n    pass\n' } } });
  // Over the 10 MiB bound by a little: the SDK's own transport closed itself here and answered nothing after.
  const oversized = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_python_code', arguments: { code: `# ${'x'.repeat(10 * 1024 * 1024)}\n` } } });

  it('each gets a JSON-RPC error, is dropped, and the session goes on answering', async () => {
    const { answers, code } = await exchangeRaw(
      [initialize, initialized, oversized, '{"jsonrpc": "2.0", "id": 3, "method":', '{"hello": 1}', '{"jsonrpc": "2.0", "id": 4}', '[1, 2]', '', check(5)],
      7,
    );
    assert.equal(code, 0);
    assert.deepEqual(
      answers.filter((answer) => answer.error).map((answer) => [answer.id, answer.error?.code, answer.error?.message]),
      [
        [null, -32000, 'Message too large: a message may hold at most 10485760 bytes; this one was discarded'],
        [null, -32700, 'Parse error: Invalid JSON'],
        [null, -32600, 'Invalid Request: not a JSON-RPC 2.0 message'],
        [4, -32600, 'Invalid Request: not a JSON-RPC 2.0 message'],
        [null, -32600, 'Invalid Request: not a JSON-RPC 2.0 message'],
      ],
    );
    const served = answers.filter((answer) => !answer.error);
    assert.deepEqual(served.map((answer) => answer.id), [1, 5]);
    assert.deepEqual(served[1]?.result?.structuredContent?.findings.map((finding) => finding.code), ['NAM002']);
  });
});
