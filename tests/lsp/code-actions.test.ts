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
    const quick = (await actions(everywhere, ['quickfix'])).map((a) => [a.title, a.kind, a.isPreferred, a.diagnostics?.map((d) => d.code)]);
    assert.deepEqual(quick, [
      ['pystandards (IMP001): Sort and format the import block', 'quickfix', true, ['IMP001']],
      ['pystandards (TYP004): Convert to `|` syntax and remove the unused import', 'quickfix', true, ['TYP004']],
      ['pystandards (TYP002): Add return type `-> None` (unsafe fix: review the change)', 'quickfix', false, ['TYP002']],
    ]);
    // A range over the `def lookup` line only holds the TYP004 finding.
    const onLookup = await actions({ start: { line: 5, character: 30 }, end: { line: 5, character: 30 } }, ['quickfix']);
    assert.deepEqual(onLookup.map((a) => a.title), ['pystandards (TYP004): Convert to `|` syntax and remove the unused import']);
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
    assert.deepEqual(kinds, ['quickfix', 'quickfix', 'quickfix', 'source.fixAll.pystandards', 'source.organizeImports.pystandards']);
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
