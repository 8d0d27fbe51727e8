// The server keeps serving through faults: a rule that throws, a worker that dies or hangs, and a
// 10 MB document beside small ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../harness/lsp-client.js';
import { repoPath } from '../harness/paths.js';
import { makeWorkspace } from '../harness/temp-workspace.js';

const BAD = 'class bad_name:\n    pass\n';

describe('robustness', { timeout: 120_000 }, () => {
  it('reports a rule that crashes once, still publishes the other rules\' findings, and logs every crash', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root, { faulty: true });
    try {
      await client.initialize([workspace.root]);
      const first = workspace.path('first.py');
      const second = workspace.path('second.py');
      await client.open(first, `${BAD}# CRASH_RULE\n`);
      assert.deepEqual((await client.waitForDiagnostics(first, 1)).diagnostics.map((d) => d.code), ['NAM002']);
      await client.open(second, `${BAD}# CRASH_RULE\n`);
      assert.deepEqual((await client.waitForDiagnostics(second, 1)).diagnostics.map((d) => d.code), ['NAM002']);
      const shown = client.messages.filter((m) => m.message.includes('rule NAM999 (crashes-on-demand) failed'));
      assert.equal(shown.length, 1);
      assert.equal(shown[0]?.type, 1);
      await client.waitFor('two logged crashes', () => client.logs.filter((m) => m.message.includes('the test rule crashed on purpose')).length === 2);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('replaces a checker worker that dies, and one that hangs past its time budget, and goes on checking', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root, { faulty: true, env: { PYSTANDARDS_TEST_BUDGET_MS: '1500' } });
    try {
      await client.initialize([workspace.root]);
      const dies = workspace.path('dies.py');
      await client.open(dies, `${BAD}# EXIT_WORKER\n`);
      const died = await client.waitFor('the crash message', () => client.messages.find((m) => m.message.startsWith(`pystandards could not check ${dies}`)));
      assert.match(died.message, /the checker stopped unexpectedly \(exit code 3\)/);
      const hangs = workspace.path('hangs.py');
      await client.open(hangs, `${BAD}# HANG_WORKER\n`);
      const hung = await client.waitFor('the time-out message', () => client.messages.find((m) => m.message.startsWith(`pystandards could not check ${hangs}`)));
      assert.match(hung.message, /the check ran longer than 1\.5 s and was stopped/);
      const fine = workspace.path('fine.py');
      await client.open(fine, BAD);
      assert.deepEqual((await client.waitForDiagnostics(fine, 1)).diagnostics.map((d) => d.code), ['NAM002']);
      // The document that killed its worker is checked again once it changes.
      await client.change(dies, 2, [{ text: BAD }]);
      assert.deepEqual((await client.waitForDiagnostics(dies, 2)).diagnostics.map((d) => d.code), ['NAM002']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('checks small documents and answers hovers while a 10 MB document is being checked', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root]);
      const part = readFileSync(repoPath('examples', 'customer-service', 'src', 'services', 'customer_service.py'), 'utf8');
      let big = '';
      while (big.length < 10_000_000) big += `${part}\n`;
      const large = workspace.path('large.py');
      const small = workspace.path('small.py');
      await client.open(large, big);
      await client.open(small, BAD);
      const smallDiagnostics = await client.waitForDiagnostics(small, 1, 60_000);
      assert.deepEqual(smallDiagnostics.diagnostics.map((d) => d.code), ['NAM002']);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri(small) }, position: { line: 0, character: 8 } });
      assert.ok(hover);
      assert.equal(client.diagnostics.get(uri(large)), undefined, 'the large document was still being checked');
      const largeDiagnostics = await client.waitForDiagnostics(large, 1, 90_000);
      assert.ok(largeDiagnostics.diagnostics.length > 10_000);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('does not check a document over max-file-size, says so once, and goes on checking the others', async () => {
    const workspace = makeWorkspace({ 'pyproject.toml': '[tool.pystandards]\nmax-file-size = 1000\n' });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root]);
      const large = workspace.path('large.py');
      await client.open(large, BAD.repeat(50));
      const message = `pystandards: ${large} was not checked: it is over max-file-size (1000 bytes); exclude it, or raise max-file-size in [tool.pystandards]`;
      await client.waitFor('the message', () => client.messages.find((m) => m.message === message));
      assert.deepEqual((await client.waitForDiagnostics(large, 1)).diagnostics, []);
      await client.change(large, 2, [{ text: BAD.repeat(60) }]);
      const small = workspace.path('small.py');
      await client.open(small, BAD);
      assert.deepEqual((await client.waitForDiagnostics(small, 1)).diagnostics.map((d) => d.code), ['NAM002']);
      assert.equal(client.messages.filter((m) => m.message === message).length, 1);
      // Cut below the limit, it is checked again.
      await client.change(large, 3, [{ text: BAD }]);
      assert.deepEqual((await client.waitForDiagnostics(large, 3)).diagnostics.map((d) => d.code), ['NAM002']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});
