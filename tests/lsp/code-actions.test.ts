// Code actions over the protocol, each applied to the document and the result checked: quick fixes
// (safe and unsafe), Fix all (as `check --fix` fixes), Sort imports, and resolving source actions.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText } from '../../src/api/index.js';
import { LspClient, clientCapabilities, uri } from '../harness/lsp-client.js';
import { makeWorkspace, type TempWorkspace } from '../harness/temp-workspace.js';

const MODULE = `from typing import Optional
import sys
import os


def lookup(key: str) -> Optional[int]:
    return None


def main(argv: list[str]):
    print(sys.argv, os.sep, argv)
`;

/** The edits a workspace edit makes to `uri` (in documentChanges or changes). */
function editsFor(edit: WorkspaceEdit | undefined, target: string): TextEdit[] {
  const fromDocumentChanges = (edit?.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri === target ? change.edits : []));
  return [...fromDocumentChanges, ...(edit?.changes?.[target] ?? [])] as TextEdit[];
}

function apply(text: string, edit: WorkspaceEdit | undefined, target: string): string {
  return TextDocument.applyEdits(TextDocument.create(target, 'python', 1, text), editsFor(edit, target));
}

const everywhere = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };

describe('code actions', { timeout: 60_000 }, () => {
  let workspace: TempWorkspace;
  let client: LspClient;
  let file: string;
  before(async () => {
    workspace = makeWorkspace({});
    file = workspace.path('app/main.py');
    client = LspClient.start(workspace.root);
    await client.initialize([workspace.root]);
    await client.open(file, MODULE);
    await client.waitForDiagnostics(file, 1);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  const actions = (range = everywhere, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file) }, range, context: { diagnostics: [], ...(only && { only }) } });

  it('offers one quick fix per fixable finding in range, safe ones preferred and unsafe ones labelled', async () => {
    const fixes = (await actions(everywhere, ['quickfix'])).filter((a) => !a.title.includes(': Disable '));
    const quick = fixes.map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics?.map((d) => d.code)]);
    assert.deepEqual(quick, [
      ['pystandards (IMP001): Sort and format the import block', 'quickfix', true, ['IMP001']],
      ['pystandards (TYP004): Convert to `|` syntax and remove the unused import', 'quickfix', true, ['TYP004']],
      ['pystandards (TYP002): Add return type `-> None` (unsafe fix: review the change)', 'quickfix', false, ['TYP002']],
    ]);
    // A range over the `def lookup` line only holds the TYP004 finding.
    const onLookup = await actions({ start: { line: 5, character: 30 }, end: { line: 5, character: 30 } }, ['quickfix']);
    assert.deepEqual(onLookup.map((a) => a.title), ['pystandards (TYP004): Convert to `|` syntax and remove the unused import', 'pystandards (TYP004): Disable TYP004 for this line']);
  });

  it('applies a safe quick fix to exactly its span', async () => {
    const [typ004] = (await actions(everywhere, ['quickfix'])).filter((a) => a.diagnostics?.[0]?.code === 'TYP004');
    assert.equal(apply(MODULE, typ004?.edit, uri(file)), MODULE.replace('Optional[int]', 'int | None').replace('from typing import Optional\n', ''));
    assert.deepEqual(typ004?.edit?.documentChanges?.[0] && 'textDocument' in typ004.edit.documentChanges[0] ? typ004.edit.documentChanges[0].textDocument : undefined, { uri: uri(file), version: 1 });
  });

  it('applies an unsafe quick fix when chosen', async () => {
    const [typ002] = (await actions(everywhere, ['quickfix'])).filter((a) => a.diagnostics?.[0]?.code === 'TYP002');
    assert.equal(apply(MODULE, typ002?.edit, uri(file)), MODULE.replace('def main(argv: list[str]):', 'def main(argv: list[str]) -> None:'));
  });

  it('fixes everything safe with source.fixAll.pystandards, as check --fix does', async () => {
    const [fixAll, ...others] = await actions(everywhere, ['source.fixAll']);
    assert.deepEqual(others, []);
    assert.equal(fixAll?.title, 'pystandards: Fix all safe fixes');
    assert.equal(fixAll?.kind, 'source.fixAll.pystandards');
    const fixed = apply(MODULE, fixAll?.edit, uri(file));
    assert.equal(fixed, fixText(MODULE, { filename: file }).output);
    assert.equal(fixed, 'import os\nimport sys\n\n\ndef lookup(key: str) -> int | None:\n    return None\n\n\ndef main(argv: list[str]):\n    print(sys.argv, os.sep, argv)\n');
  });

  it('sorts the imports and nothing else with source.organizeImports.pystandards', async () => {
    const [organize] = await actions(everywhere, ['source.organizeImports']);
    assert.equal(organize?.title, 'pystandards: Sort imports');
    assert.equal(apply(MODULE, organize?.edit, uri(file)), MODULE.replace('from typing import Optional\nimport sys\nimport os\n', 'import os\nimport sys\nfrom typing import Optional\n'));
  });

  it('offers every kind when the client names none', async () => {
    const kinds = (await actions()).map((a) => a.kind);
    assert.deepEqual(kinds, ['quickfix', 'quickfix', 'quickfix', 'quickfix', 'quickfix', 'quickfix', 'source.fixAll.pystandards', 'source.organizeImports.pystandards']);
  });
});

const NAMES = `class bad_name:
    pass


class other_name:  # noqa: N802 (kept for the old API)
    pass


camelValue = """first line
last line"""
`;

describe('Disable CODE for this line', { timeout: 60_000 }, () => {
  it('writes or merges # noqa: CODE on the line the checker reads, and the finding goes', async () => {
    const workspace = makeWorkspace({});
    const file = workspace.path('app/names.py');
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root]);
      await client.open(file, NAMES);
      const published = await client.waitForDiagnostics(file, 1);
      assert.deepEqual(published.diagnostics.map((d) => `${d.code} ${d.range.start.line}`), ['NAM002 0', 'NAM002 4', 'NAM006 8']);
      const disable = async (line: number): Promise<CodeAction> => {
        const found = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file) }, range: { start: { line, character: 7 }, end: { line, character: 7 } }, context: { diagnostics: [], only: ['quickfix'] } });
        const action = found.find((a) => a.title.includes(': Disable '));
        assert.ok(action, `a Disable action on line ${line}`);
        return action;
      };
      const onBadName = await disable(0);
      assert.equal(onBadName.title, 'pystandards (NAM002): Disable NAM002 for this line');
      assert.deepEqual(onBadName.diagnostics?.map((d) => d.code), ['NAM002']);
      assert.equal(apply(NAMES, onBadName.edit, uri(file)).split('\n')[0], 'class bad_name:  # noqa: NAM002');
      const merged = apply(NAMES, (await disable(4)).edit, uri(file));
      assert.equal(merged.split('\n')[4], 'class other_name:  # noqa: N802, NAM002 (kept for the old API)');
      // A finding on the first line of a string over several lines is suppressed on its last line, as Ruff reads it.
      const onString = apply(NAMES, (await disable(8)).edit, uri(file));
      assert.deepEqual(onString.split('\n').slice(8, 10), ['camelValue = """first line', 'last line"""  # noqa: NAM006']);
      const all = apply(apply(onString, (await disable(0)).edit, uri(file)), undefined, uri(file));
      await client.change(file, 2, [{ text: all }]);
      assert.deepEqual((await client.waitForDiagnostics(file, 2)).diagnostics.map((d) => `${d.code} ${d.range.start.line}`), ['NAM002 4']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('leaves the edit to codeAction/resolve for a client that resolves, and offers nothing for a syntax error', async () => {
    const workspace = makeWorkspace({});
    const file = workspace.path('app/names.py');
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ resolve: true }) });
      await client.open(file, NAMES);
      await client.waitForDiagnostics(file, 1);
      const found = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file) }, range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, context: { diagnostics: [], only: ['quickfix'] } });
      const [action] = found;
      assert.equal(action?.title, 'pystandards (NAM002): Disable NAM002 for this line');
      assert.equal(action?.edit, undefined);
      const resolved = await client.request<CodeAction>('codeAction/resolve', action);
      assert.equal(apply(NAMES, resolved.edit, uri(file)).split('\n')[0], 'class bad_name:  # noqa: NAM002');
      await client.change(file, 2, [{ text: 'def broken(:\n' }]);
      await client.waitForDiagnostics(file, 2);
      const onError = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file) }, range: everywhere, context: { diagnostics: [] } });
      assert.deepEqual(onError.map((a) => a.title), ['pystandards: Sort imports']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});

describe('code actions with resolve and unsafe fixes', { timeout: 60_000 }, () => {
  it('leaves a source action\'s edit to codeAction/resolve, and Fix all takes unsafe fixes when the client setting says so', async () => {
    const workspace = makeWorkspace({});
    const file = workspace.path('app/main.py');
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ resolve: true }), initializationOptions: { settings: { unsafeFixes: true } } });
      await client.open(file, MODULE);
      await client.waitForDiagnostics(file, 1);
      const [fixAll] = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(file) }, range: everywhere, context: { diagnostics: [], only: ['source.fixAll.pystandards'] } });
      assert.equal(fixAll?.title, 'pystandards: Fix all safe and unsafe fixes');
      assert.equal(fixAll?.edit, undefined);
      const resolved = await client.request<CodeAction>('codeAction/resolve', fixAll);
      assert.equal(apply(MODULE, resolved.edit, uri(file)), fixText(MODULE, { filename: file, unsafe: true }).output);
      assert.match(apply(MODULE, resolved.edit, uri(file)), /def main\(argv: list\[str\]\) -> None:/);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });
});
