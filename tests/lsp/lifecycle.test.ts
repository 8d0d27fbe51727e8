// The server's life: initialize's answer, shutdown and exit, unknown methods, and a client that goes away.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { LspClient } from '../harness/lsp-client.js';
import { CLI } from '../harness/paths.js';
import { makeWorkspace } from '../harness/temp-workspace.js';

describe('language server lifecycle', { timeout: 60_000 }, () => {
  it('prints its usage for server --help and rejects positional arguments', () => {
    const help = spawnSync(process.execPath, [CLI, 'server', '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: pystandards server\n/);
    assert.match(spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout, /pystandards server {23}Run the language server \(LSP on stdio\) for editors/);
    const wrong = spawnSync(process.execPath, [CLI, 'server', 'src'], { encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stderr, 'pystandards: error: server takes no positional arguments (got `src`)\n');
  });

  it('answers initialize with its capabilities and exits 0 after shutdown and exit', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root);
    try {
      const result = await client.initialize([workspace.root]);
      assert.deepEqual(result.serverInfo?.name, 'pystandards');
      assert.deepEqual(result.capabilities, {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.pystandards', 'source.organizeImports.pystandards'], resolveProvider: true },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      });
      assert.equal(await client.stop(), 0);
    } finally {
      workspace.remove();
    }
  });

  it('offers pull diagnostics to a client that supports them', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root);
    try {
      const { clientCapabilities } = await import('../harness/lsp-client.js');
      const result = await client.initialize([workspace.root], { capabilities: clientCapabilities({ pull: true }) });
      assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'pystandards', interFileDependencies: false, workspaceDiagnostics: false });
      assert.equal(await client.stop(), 0);
    } finally {
      workspace.remove();
    }
  });

  it('answers an unknown request with MethodNotFound, ignores an unknown notification, and keeps serving', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root]);
      await assert.rejects(client.request('pystandards/unknownThing', {}), (error: { code: number }) => error.code === -32601);
      await client.notify('pystandards/unknownNotification', {});
      const file = workspace.path('app.py');
      await client.open(file, 'class bad_name:\n    pass\n');
      const published = await client.waitForDiagnostics(file);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['NAM002']);
      assert.equal(await client.stop(), 0);
    } finally {
      workspace.remove();
    }
  });

  it('exits 1 on exit without shutdown, as the protocol asks', async () => {
    const client = LspClient.start();
    await client.initialize([]);
    await client.notify('exit', undefined);
    assert.equal(await client.waitForExit(), 1);
  });

  it('stops when its client closes stdin', async () => {
    const client = LspClient.start();
    await client.initialize([]);
    client.process.stdin?.end();
    assert.equal(await client.waitForExit(), 1);
  });
});
