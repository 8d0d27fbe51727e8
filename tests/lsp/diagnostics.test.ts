// Diagnostics over the protocol: open, change, close, pull, syntax errors, positions in UTF-16,
// per-file-ignores, exclude, noqa, and the project rules on pyproject.toml.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, clientCapabilities, uri } from '../harness/lsp-client.js';
import { makeWorkspace, type TempWorkspace } from '../harness/temp-workspace.js';

/** Code, range and severity of each diagnostic, in a line each. */
function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} sev${d.severity}`);
}

const PYPROJECT = `[project]
name = "svc"
version = "1.0.0"
requires-python = ">=3.10"

[tool.pystandards]
extend-exclude = ["generated"]
per-file-ignores = { "tests/*" = ["NAM"] }
`;

const SERVICE = `from typing import Optional


class bad_name:
    pass


def lookup(key: str) -> Optional[int]:
    return None
`;

describe('diagnostics', { timeout: 60_000 }, () => {
  let workspace: TempWorkspace;
  let client: LspClient;
  before(async () => {
    workspace = makeWorkspace({ 'pyproject.toml': PYPROJECT });
    client = LspClient.start(workspace.root);
    await client.initialize([workspace.root]);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  it('publishes every finding of an opened file with its code, range, severity, source, link and section', async () => {
    const file = workspace.path('app/service.py');
    await client.open(file, SERVICE);
    const published = await client.waitForDiagnostics(file, 1);
    assert.equal(published.version, 1);
    assert.deepEqual(brief(published.diagnostics), ['NAM002 3:6-3:14 sev2', 'TYP004 7:24-7:37 sev2']);
    assert.deepEqual(published.diagnostics[0], {
      range: { start: { line: 3, character: 6 }, end: { line: 3, character: 14 } },
      severity: 2,
      code: 'NAM002',
      codeDescription: { href: 'https://github.com/pystandards/pystandards/blob/main/docs/rules/NAM002.md' },
      source: 'pystandards',
      message: 'Class name `bad_name` should be PascalCase',
      data: { section: 'naming', sectionTitle: 'Naming Conventions', fixable: null },
    });
    assert.deepEqual(published.diagnostics[1]?.data, { section: 'type_hints', sectionTitle: 'Type Hints', fixable: 'safe' });
  });

  it('follows incremental changes, publishing for the new version', async () => {
    const file = workspace.path('app/service.py');
    await client.change(file, 2, [{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 14 } }, text: 'BadName' }]);
    const published = await client.waitForDiagnostics(file, 2);
    assert.equal(published.version, 2);
    assert.deepEqual(brief(published.diagnostics), ['TYP004 7:24-7:37 sev2']);
    // Two changes sent back to back: the last text is what gets reported.
    await client.change(file, 3, [{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 13 } }, text: 'worse_name' }]);
    await client.change(file, 4, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const latest = await client.waitForDiagnostics(file, 4);
    assert.deepEqual(brief(latest.diagnostics), ['NAM002 4:6-4:16 sev2', 'TYP004 8:24-8:37 sev2']);
  });

  it('clears a closed file', async () => {
    const file = workspace.path('app/service.py');
    await client.close(file);
    await client.waitFor('an empty publish', () => {
      const last = client.diagnostics.get(uri(file))?.at(-1);
      return last !== undefined && last.diagnostics.length === 0;
    });
  });

  it('reports a file that does not parse as SYN001, an error', async () => {
    const file = workspace.path('app/broken.py');
    await client.open(file, 'def broken(:\n    return 1\n');
    const published = await client.waitForDiagnostics(file, 1);
    assert.deepEqual(brief(published.diagnostics), ['SYN001 0:11-0:11 sev1']);
    assert.match(String(published.diagnostics[0]?.message), /^Syntax error: /);
  });

  it('counts columns in UTF-16 units, past characters outside the BMP', async () => {
    const file = workspace.path('app/emoji.py');
    await client.open(file, 'EMOJI = "😀"; camelCase = 1\n');
    const published = await client.waitForDiagnostics(file, 1);
    assert.deepEqual(brief(published.diagnostics), ['NAM006 0:14-0:23 sev2']);
  });

  it('applies per-file-ignores, exclude and noqa as check does', async () => {
    const ignored = workspace.path('tests/test_names.py');
    const excluded = workspace.path('generated/models.py');
    const suppressed = workspace.path('app/legacy.py');
    await client.open(ignored, 'class bad_name:\n    pass\n');
    await client.open(excluded, 'class bad_name:\n    pass\n');
    await client.open(suppressed, 'class bad_name:  # noqa: N801\n    pass\n\n\nclass other_name:\n    pass\n');
    assert.deepEqual(brief((await client.waitForDiagnostics(ignored, 1)).diagnostics), []);
    assert.deepEqual(brief((await client.waitForDiagnostics(excluded, 1)).diagnostics), []);
    assert.deepEqual(brief((await client.waitForDiagnostics(suppressed, 1)).diagnostics), ['NAM002 4:6-4:16 sev2']);
  });

  it('checks an unsaved (untitled) document under the first folder\'s settings', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'python', version: 1, text: 'class bad_name:\n    pass\n' } });
    const published = await client.waitFor('the untitled document\'s diagnostics', () => client.diagnostics.get('untitled:Untitled-1')?.at(-1));
    assert.deepEqual(brief(published.diagnostics), ['NAM002 0:6-0:14 sev2']);
  });

  it('reports the project rules on pyproject.toml', async () => {
    const published = await client.waitForDiagnostics(workspace.path('pyproject.toml'));
    assert.deepEqual(brief(published.diagnostics), ['ENV001 3:0-3:26 sev2']);
    assert.match(String(published.diagnostics[0]?.message), /allows Python 3\.10; the standards require Python 3\.12 or newer/);
    // Hovering the finding in pyproject.toml explains ENV001 and the Environment section.
    await client.open(workspace.path('pyproject.toml'), PYPROJECT, 'toml');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri(workspace.path('pyproject.toml')) }, position: { line: 3, character: 5 } });
    assert.ok(hover?.contents.value.startsWith('**ENV001** · `unsupported-python-version` · Environment'), hover?.contents.value);
    assert.ok(hover?.contents.value.includes('**From the standards: Environment**'));
  });
});

describe('pull diagnostics', { timeout: 60_000 }, () => {
  it('answers textDocument/diagnostic with the findings, then "unchanged" for the same result, and does not push them', async () => {
    const workspace = makeWorkspace({});
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ pull: true, watch: true }) });
      const file = workspace.path('app.py');
      await client.open(file, 'class bad_name:\n    pass\n');
      const first = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
      assert.equal(first.kind, 'full');
      assert.deepEqual(brief(first.items), ['NAM002 0:6-0:14 sev2']);
      const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri: uri(file) }, previousResultId: first.resultId });
      assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
      await client.change(file, 2, [{ text: 'class GoodName:\n    pass\n' }]);
      const changed = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uri(file) }, previousResultId: first.resultId });
      assert.equal(changed.kind, 'full');
      assert.deepEqual(changed.items, []);
      assert.notEqual(changed.resultId, first.resultId);
      assert.equal(client.diagnostics.get(uri(file)), undefined);
      // A configuration change asks the client to pull again, and the pull sees the new settings.
      const pyproject = workspace.write('pyproject.toml', '[tool.pystandards]\nextend-select = ["NAM"]\nignore = ["TYP"]\n');
      await client.change(file, 3, [{ text: 'def run(argv):\n    pass\n' }]);
      const before = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
      assert.deepEqual(brief(before.items), ['TYP002 0:4-0:7 sev2', 'TYP001 0:8-0:12 sev2']);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(pyproject), type: 1 }] });
      await client.waitFor('a diagnostic refresh', () => client.refreshes > 0);
      const after = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uri(file) } });
      assert.deepEqual(brief(after.items), []);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});
