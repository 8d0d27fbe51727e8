// Hover over the protocol: a finding shows its rule and the standards section; a noqa comment says what its codes are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, uri } from '../harness/lsp-client.js';
import { makeWorkspace, type TempWorkspace } from '../harness/temp-workspace.js';

const MODULE = `class bad_name:
    pass


class other_name:  # noqa: N801, XYZ123, ERR004
    pass
`;

describe('hover', { timeout: 60_000 }, () => {
  let workspace: TempWorkspace;
  let client: LspClient;
  let file: string;
  before(async () => {
    workspace = makeWorkspace({});
    file = workspace.path('app/names.py');
    client = LspClient.start(workspace.root);
    await client.initialize([workspace.root]);
    await client.open(file, MODULE);
    await client.waitForDiagnostics(file, 1);
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });

  const hover = (line: number, character: number) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character } });

  it('shows the rule, the finding and the text of the standards section on a finding', async () => {
    const result = await hover(0, 8);
    const contents = result?.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.deepEqual(result?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 14 } });
    const lines = contents.value.split('\n');
    assert.deepEqual(lines.slice(0, 5), ['**NAM002** · `invalid-class-name` · Naming Conventions', '', 'Class name `bad_name` should be PascalCase', '', 'Enforce PascalCase class names.']);
    assert.ok(lines.includes('**Same as:** `N801` (pep8-naming, in Ruff and flake8)'));
    assert.ok(lines.includes('[NAM002 documentation](https://github.com/pystandards/pystandards/blob/main/docs/rules/NAM002.md)'));
    assert.ok(lines.includes('**From the standards: Naming Conventions**'));
    assert.ok(lines.includes('*Name things the PEP 8 way, so the shape of a name tells the reader what kind of thing it is.*'));
    assert.ok(contents.value.includes('| Classes (and exceptions, with an `Error` suffix) | PascalCase | `CustomerService` |'));
  });

  it('says what each code of a noqa comment is: ours, a Ruff / flake8 equivalent, or unknown', async () => {
    const result = await hover(4, 24);
    const contents = result?.contents as MarkupContent;
    assert.deepEqual(result?.range, { start: { line: 4, character: 19 }, end: { line: 4, character: 47 } });
    assert.deepEqual(contents.value.split('\n'), [
      '**noqa**: suppresses these findings on this line:',
      '',
      '- `N801` (pep8-naming, in Ruff and flake8): read by pystandards as **NAM002** · `invalid-class-name` (Naming Conventions): Enforce PascalCase class names.',
      '- `XYZ123`: not a pystandards code; pystandards ignores it, other tools may read it',
      '- `ERR004` · `exception-name-error-suffix` (Error Handling; Ruff / flake8: `N818`): Require an `Error` suffix on exception class names.',
    ]);
  });

  it('explains a file-level directive and a blanket noqa', async () => {
    await client.change(file, 2, [{ text: '# pystandards: noqa\nx = 1  # noqa\n' }]);
    await client.waitForDiagnostics(file, 2);
    assert.equal(((await hover(0, 3))?.contents as MarkupContent).value, '**noqa**: suppresses every pystandards finding in this file (and, for Ruff and flake8, theirs).');
    assert.equal(((await hover(1, 10))?.contents as MarkupContent).value, '**noqa**: suppresses every pystandards finding on this line (and, for Ruff and flake8, theirs).');
  });

  it('answers null where there is nothing to say', async () => {
    assert.equal(await hover(1, 0), null);
  });
});
