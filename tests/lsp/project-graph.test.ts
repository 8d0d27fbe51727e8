// The editor and the project graph: a coroutine's document shows the findings that follow its
// calls into other modules of the folder, refreshed when a helper is saved.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LspClient, uri } from '../harness/lsp-client.js';
import { makeWorkspace, type TempWorkspace } from '../harness/temp-workspace.js';

const PYPROJECT = '[project]\nname = "shop"\nrequires-python = ">=3.12"\n';
const BLOCKING_DB = 'import psycopg2\n\n\ndef fetch_user(user_id: int) -> object:\n    return psycopg2.connect(f"user={user_id}")\n';
const FIXED_DB = 'def fetch_user(user_id: int) -> object:\n    return {"user": user_id}\n';
const API = 'from shop.db import fetch_user\n\n\nasync def get_user(user_id: int) -> object:\n    return fetch_user(user_id)\n';

const codes = (client: LspClient, file: string): string[] => (client.diagnostics.get(uri(file))?.at(-1)?.diagnostics ?? []).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);

describe('project graph in the editor', { timeout: 60_000 }, () => {
  let workspace: TempWorkspace;
  let client: LspClient;
  before(async () => {
    workspace = makeWorkspace({ 'pyproject.toml': PYPROJECT, 'shop/__init__.py': '', 'shop/db.py': BLOCKING_DB, 'shop/api.py': API });
    client = LspClient.start(workspace.root);
    await client.initialize([workspace.root]);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('shows a coroutine blocking through a helper of another module, and drops it when the helper is fixed and saved', async () => {
    const api = workspace.path('shop/api.py');
    const db = workspace.path('shop/db.py');
    await client.open(api, API);
    await client.waitFor('the through-helper finding', () => codes(client, api).includes('ASY005 4:11'));
    const message = String(client.diagnostics.get(uri(api))?.at(-1)?.diagnostics[0]?.message ?? '');
    assert.match(message, /fetch_user \(shop\/db\.py:4\) → psycopg2\.connect/);

    await client.open(db, BLOCKING_DB);
    await client.change(db, 2, [{ text: FIXED_DB }]);
    writeFileSync(db, FIXED_DB);
    await client.notify('textDocument/didSave', { textDocument: { uri: uri(db) } });
    await client.waitFor('the finding to go after the save', () => !codes(client, api).includes('ASY005 4:11'));
    assert.deepEqual(codes(client, api), []);
  });
});
