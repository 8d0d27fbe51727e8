// A second, independent client: the pinned MCP Inspector CLI against the built server, stdio and HTTP.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, REPO_ROOT, repoPath } from '../harness/paths.js';
import { TEST_API_KEY, startHttpServer, type HttpServer } from '../harness/mcp.js';

const INSPECTOR_DIR = repoPath('node_modules', '@modelcontextprotocol', 'inspector');

interface InspectorPackage {
  readonly version: string;
  readonly bin: Record<string, string>;
}

const inspector = JSON.parse(readFileSync(path.join(INSPECTOR_DIR, 'package.json'), 'utf8')) as InspectorPackage;
const pinned = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies[
  '@modelcontextprotocol/inspector'
];

/** Exit codes of the Inspector CLI (its docs/cli-smoke-testing.md). */
const EXIT = { ok: 0, authRequired: 3 } as const;

let storage: string;
let server: HttpServer;

interface Run {
  readonly code: number | null;
  readonly result: Record<string, unknown> | undefined;
  readonly stderr: string;
}

/** Runs the Inspector CLI with `args`; parses the `{"result": …}` envelope it prints on stdout. */
function inspect(args: readonly string[]): Promise<Run> {
  const launcher = path.join(INSPECTOR_DIR, inspector.bin['mcp-inspector'] ?? '');
  const child = spawn(process.execPath, [launcher, '--cli', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, MCP_STORAGE_DIR: storage, MCP_INSPECTOR_OAUTH_STATE_PATH: path.join(storage, 'oauth.json'), PYSTANDARDS_API_KEY: undefined },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      const parsed = stdout.trim() ? (JSON.parse(stdout) as { result?: Record<string, unknown> }) : {};
      resolve({ code, result: parsed.result, stderr });
    });
  });
}

const stdioServer = ['node', CLI, 'mcp', '--'];

before(async () => {
  storage = mkdtempSync(path.join(os.tmpdir(), 'pystandards-inspector-'));
  server = await startHttpServer();
});

after(async () => {
  await server.stop();
  rmSync(storage, { recursive: true, force: true });
});

describe('MCP Inspector CLI', { concurrency: true, timeout: 120_000 }, () => {
  it('is the pinned version', () => {
    assert.equal(inspector.version, pinned);
  });
  it('stdio: tools/list passes --strict schema checks', async () => {
    const run = await inspect([...stdioServer, '--method', 'tools/list', '--strict', '--format', 'json']);
    assert.equal(run.code, EXIT.ok, run.stderr);
    const tools = (run.result?.tools ?? []) as { name: string }[];
    assert.deepEqual(tools.map((tool) => tool.name), [
      'get_engineering_standards', 'load_relevant_standards', 'check_python_code', 'fix_python_code', 'check_files', 'check_changes', 'explain_rule', 'list_rules',
    ]);
  });
  it('stdio, 2026-07-28 era: a tool call returns structured findings', async () => {
    const args = JSON.stringify({ code: 'class bad_name:\n    pass\n' });
    const run = await inspect([...stdioServer, '--protocol-era', 'modern', '--method', 'tools/call', '--tool-name', 'check_python_code', '--tool-args-json', args, '--format', 'json']);
    assert.equal(run.code, EXIT.ok, run.stderr);
    const findings = (run.result?.structuredContent as { findings: { code: string; section: string }[] }).findings;
    assert.deepEqual(findings.map((f) => [f.code, f.section]), [['NAM002', 'naming']]);
  });
  it('HTTP with the key header: tools/list', async () => {
    const run = await inspect([server.url, '--header', `X-API-Key: ${TEST_API_KEY}`, '--method', 'tools/list', '--strict', '--format', 'json']);
    assert.equal(run.code, EXIT.ok, run.stderr);
    assert.equal(((run.result?.tools ?? []) as unknown[]).length, 6);
  });
  it('HTTP without the key: authentication required (exit 3)', async () => {
    const run = await inspect([server.url, '--stored-auth-only', '--method', 'tools/list', '--format', 'json']);
    assert.equal(run.code, EXIT.authRequired);
  });
});
