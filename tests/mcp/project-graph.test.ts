// MCP check_files on one file of a project links it against the rest of its root: a coroutine
// that blocks through a helper in another module is reported, as `check` on the folder reports it;
// check_python_code on the same text keeps to the snippet.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client } from '@modelcontextprotocol/client';
import { connectStdio } from '../harness/mcp.js';

const FILES: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "shop"\nrequires-python = ">=3.12"\n',
  'shop/__init__.py': '',
  'shop/db.py': 'import psycopg2\n\n\ndef fetch_user(user_id: int) -> object:\n    return psycopg2.connect(f"user={user_id}")\n',
  'shop/api.py': 'from shop.db import fetch_user\n\n\nasync def get_user(user_id: int) -> object:\n    return fetch_user(user_id)\n',
};

describe('MCP and the project graph (stdio)', { timeout: 120_000 }, () => {
  let root: string;
  let client: Client;
  before(async () => {
    root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pystandards-mcp-graph-')));
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    client = await connectStdio('modern', ['--root', root]);
  });
  after(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('check_files on one file sees the helpers elsewhere in the root', async () => {
    const result = await client.callTool({ name: 'check_files', arguments: { paths: ['shop/api.py'] } });
    const findings = (result.structuredContent as { findings: { filename: string; line: number; code: string; message: string }[] }).findings;
    assert.deepEqual(findings.map((f) => `${f.filename}:${f.line} ${f.code}`), ['shop/api.py:5 ASY005']);
    assert.match(findings[0]?.message ?? '', /fetch_user \(shop\/db\.py:4\) → psycopg2\.connect/);
  });

  it('check_python_code keeps to the snippet', async () => {
    const result = await client.callTool({ name: 'check_python_code', arguments: { code: FILES['shop/api.py'], filename: 'shop/api.py' } });
    const findings = (result.structuredContent as { findings: { code: string }[] }).findings;
    assert.deepEqual(findings.map((f) => f.code), []);
  });
});
