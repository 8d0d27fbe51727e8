// The HTTP transport's guards, probed with raw requests: key, Host, Origin, body size, methods, binding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client } from '@modelcontextprotocol/client';
import { CLI, REPO_ROOT } from '../harness/paths.js';
import { INITIALIZE_BODY, TEST_API_KEY, connectHttp, mcpHeaders, rawRequest, startHttpServer, type HttpServer } from '../harness/mcp.js';
import { makeTempProject, type TempProject } from '../harness/temp-project.js';

let server: HttpServer;
let project: TempProject;

before(async () => {
  project = makeTempProject();
  server = await startHttpServer(['--root', project.root]);
});

after(async () => {
  assert.equal(await server.stop(), 0);
  project.remove();
});

const post = (headers: Record<string, string>, body: string | Buffer = INITIALIZE_BODY) =>
  rawRequest(server.port, { method: 'POST', path: '/mcp', headers: mcpHeaders(headers), body });

describe('API key', { timeout: 60_000 }, () => {
  it('no key: 401 with a JSON-RPC error', async () => {
    const response = await post({});
    assert.equal(response.status, 401);
    assert.deepEqual(JSON.parse(response.body), {
      jsonrpc: '2.0',
      error: { code: -32001, message: 'Unauthorized: send the API key as X-API-Key or Authorization: Bearer' },
      id: null,
    });
  });
  it('wrong key, in either header: 401', async () => {
    assert.equal((await post({ 'X-API-Key': 'wrong' })).status, 401);
    assert.equal((await post({ Authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post({ 'X-API-Key': `${TEST_API_KEY}x` })).status, 401);
    assert.equal((await post({ Authorization: TEST_API_KEY })).status, 401, 'the Bearer scheme is required');
  });
  it('right key as X-API-Key or Bearer token: 200', async () => {
    for (const headers of [{ 'X-API-Key': TEST_API_KEY }, { Authorization: `Bearer ${TEST_API_KEY}` }] as Record<string, string>[]) {
      const response = await post(headers);
      assert.equal(response.status, 200);
      assert.match(response.body, /"serverInfo"/);
    }
  });
  it('is required on every path, /healthz included', async () => {
    assert.equal((await rawRequest(server.port, { method: 'GET', path: '/healthz' })).status, 401);
    const health = await rawRequest(server.port, { method: 'GET', path: '/healthz', headers: { 'X-API-Key': TEST_API_KEY } });
    assert.equal(health.status, 200);
    assert.equal(JSON.parse(health.body).status, 'ok');
  });
});

describe('Host and Origin', { timeout: 60_000 }, () => {
  it('a foreign Host: 403, before the key is even looked at', async () => {
    for (const host of [`evil.example:${server.port}`, 'evil.example']) {
      const response = await post({ Host: host, 'X-API-Key': TEST_API_KEY });
      assert.equal(response.status, 403, host);
      assert.match(JSON.parse(response.body).error.message, /Invalid Host/);
    }
    assert.equal((await post({ Host: 'evil.example' })).status, 403);
  });
  it('a foreign Origin: 403', async () => {
    for (const origin of ['http://evil.example', 'https://localhost.evil.example', 'null']) {
      const response = await post({ Origin: origin, 'X-API-Key': TEST_API_KEY });
      assert.equal(response.status, 403, origin);
    }
  });
  it('loopback Host and Origin names pass', async () => {
    for (const headers of [{ Host: `localhost:${server.port}` }, { Origin: 'http://localhost:5173' }, { Origin: 'http://127.0.0.1' }] as Record<string, string>[]) {
      assert.equal((await post({ ...headers, 'X-API-Key': TEST_API_KEY })).status, 200, JSON.stringify(headers));
    }
  });
  it('no CORS headers are sent', async () => {
    const response = await post({ Origin: 'http://localhost:5173', 'X-API-Key': TEST_API_KEY });
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    const preflight = await rawRequest(server.port, { method: 'OPTIONS', path: '/mcp', headers: { Origin: 'http://localhost:5173', 'X-API-Key': TEST_API_KEY } });
    assert.equal(preflight.status, 405);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
  });
});

describe('request limits and methods', { timeout: 60_000 }, () => {
  it('a 20 MiB body with its Content-Length: read and dropped, then 413 (never a broken pipe for the sender)', async () => {
    const body = Buffer.alloc(20 * 1024 * 1024, 0x20);
    for (let i = 0; i < 5; i++) {
      const response = await post({ 'X-API-Key': TEST_API_KEY, 'Content-Length': String(body.length) }, body);
      assert.equal(response.status, 413);
      assert.match(response.body, /Request body too large/);
    }
  });
  it('a body just over 1 MiB sent without Content-Length (chunked): 413', async () => {
    const body = Buffer.alloc(1024 * 1024 + 10, 0x20);
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/mcp',
      headers: mcpHeaders({ 'X-API-Key': TEST_API_KEY, 'Transfer-Encoding': 'chunked' }),
      body,
    });
    assert.equal(response.status, 413);
  });
  it('GET and DELETE /mcp: 405 (the server keeps no sessions or streams)', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await rawRequest(server.port, { method, path: '/mcp', headers: { 'X-API-Key': TEST_API_KEY, Accept: 'text/event-stream' } });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.allow, 'POST');
    }
  });
  it('another path: 404', async () => {
    assert.equal((await rawRequest(server.port, { method: 'POST', path: '/api/mcp', headers: mcpHeaders({ 'X-API-Key': TEST_API_KEY }) })).status, 404);
  });
  it('the MCP transport\'s own checks still apply (Accept, Content-Type)', async () => {
    const noSse = await rawRequest(server.port, { method: 'POST', path: '/mcp', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-API-Key': TEST_API_KEY }, body: INITIALIZE_BODY });
    assert.equal(noSse.status, 406);
    const text = await rawRequest(server.port, { method: 'POST', path: '/mcp', headers: mcpHeaders({ 'Content-Type': 'text/plain', 'X-API-Key': TEST_API_KEY }), body: INITIALIZE_BODY });
    assert.equal(text.status, 415);
  });
});

describe('check_files over HTTP', { timeout: 60_000 }, () => {
  let client: Client;
  before(async () => {
    client = await connectHttp('modern', server.url, { Authorization: `Bearer ${TEST_API_KEY}` });
  });
  after(async () => {
    await client.close();
  });
  it('is offered when --root is given, and stays inside the root', async () => {
    const { tools } = await client.listTools();
    assert.ok(tools.some((tool) => tool.name === 'check_files'));
    const inside = await client.callTool({ name: 'check_files', arguments: { paths: ['app/bad_module.py'] } });
    assert.equal(inside.isError, undefined);
    assert.deepEqual((inside.structuredContent as { findings: { code: string }[] }).findings.map((f) => f.code), ['NAM002']);
    const outside = await client.callTool({ name: 'check_files', arguments: { paths: [path.join(project.outside, 'secret.py')] } });
    assert.equal(outside.isError, true);
  });
});

describe('binding', { timeout: 60_000 }, () => {
  it('refuses a non-loopback address without an API key', () => {
    const result = spawnSync(process.execPath, [CLI, 'mcp', '--http', '--host', '0.0.0.0', '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PYSTANDARDS_API_KEY: undefined },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /refusing to listen on 0\.0\.0\.0 without an API key: set PYSTANDARDS_API_KEY/);
  });
  it('refuses HTTP-only flags without --http', () => {
    const result = spawnSync(process.execPath, [CLI, 'mcp', '--port', '4000'], { cwd: REPO_ROOT, encoding: 'utf8', input: '', timeout: 20_000 });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--port needs --http/);
  });
});
