// Configuration over the protocol: each folder of a multi-root workspace resolves its own pyproject.toml,
// changes are picked up without a restart, a broken file is one diagnostic plus a message, and client
// settings override the rule selection.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, clientCapabilities, uri } from '../harness/lsp-client.js';
import { makeWorkspace } from '../harness/temp-workspace.js';

const BAD = 'from typing import Optional\n\n\nclass bad_name:\n    value: Optional[int] = None\n';

function codes(diagnostics: readonly Diagnostic[] | undefined): string[] {
  return (diagnostics ?? []).map((d) => String(d.code));
}

/** Waits until the diagnostics last published for `file` have exactly `expected` codes. */
async function expectCodes(client: LspClient, file: string, expected: readonly string[]): Promise<void> {
  await client.waitFor(`${file} to show ${expected.join(', ') || 'nothing'}`, () => {
    const last = client.diagnostics.get(uri(file))?.at(-1);
    return last !== undefined && JSON.stringify(codes(last.diagnostics)) === JSON.stringify(expected);
  });
}

describe('configuration', { timeout: 90_000 }, () => {
  it('resolves each folder of a multi-root workspace from its own pyproject.toml', async () => {
    const first = makeWorkspace({ 'pyproject.toml': '[tool.pystandards]\nignore = ["NAM002"]\n', 'app/x.py': BAD });
    const second = makeWorkspace({ 'app/x.py': BAD });
    const client = LspClient.start(first.root);
    try {
      await client.initialize([first.root, second.root]);
      await client.open(first.path('app/x.py'), BAD);
      await client.open(second.path('app/x.py'), BAD);
      await expectCodes(client, first.path('app/x.py'), ['TYP004']);
      await expectCodes(client, second.path('app/x.py'), ['NAM002', 'TYP004']);
    } finally {
      await client.stop();
      first.remove();
      second.remove();
    }
  });

  it('takes each folder\'s target version from its declared Python, as check does', async () => {
    const generic = 'class Box[T = int]:\n    item: T\n';
    const newer = makeWorkspace({ 'pyproject.toml': '[project]\nname = "a"\nversion = "1"\nrequires-python = ">=3.13"\n' });
    const older = makeWorkspace({ 'pyproject.toml': '[project]\nname = "b"\nversion = "1"\nrequires-python = ">=3.12"\n' });
    const client = LspClient.start(newer.root);
    try {
      await client.initialize([newer.root, older.root]);
      await client.open(newer.path('box.py'), generic);
      await client.open(older.path('box.py'), generic);
      // Type parameter defaults are Python 3.13 syntax: an error only where the project allows 3.12.
      await expectCodes(client, newer.path('box.py'), []);
      await expectCodes(client, older.path('box.py'), ['SYN001']);
    } finally {
      await client.stop();
      newer.remove();
      older.remove();
    }
  });

  it('picks up a changed pyproject.toml on workspace/didChangeWatchedFiles, and registers the files it watches', async () => {
    const workspace = makeWorkspace({ 'app/x.py': BAD });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ watch: true }) });
      const file = workspace.path('app/x.py');
      await client.open(file, BAD);
      await expectCodes(client, file, ['NAM002', 'TYP004']);
      const registration = await client.waitFor('the watcher registration', () => client.registrations.find((r) => (r as { method: string }).method === 'workspace/didChangeWatchedFiles')) as { registerOptions: { watchers: { globPattern: string }[] } };
      const globs = registration.registerOptions.watchers.map((w) => w.globPattern);
      for (const glob of ['**/pyproject.toml', '**/setup.cfg', '**/.python-version', '**/requirements*.txt', '**/.gitignore']) assert.ok(globs.includes(glob), glob);
      const pyproject = workspace.write('pyproject.toml', '[tool.pystandards]\nignore = ["TYP"]\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(pyproject), type: 1 }] });
      await expectCodes(client, file, ['NAM002']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('watches the folders itself for a client that cannot watch files', async () => {
    const workspace = makeWorkspace({ 'pyproject.toml': '[tool.pystandards]\n', 'app/x.py': BAD });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root]);
      const file = workspace.path('app/x.py');
      await client.open(file, BAD);
      await expectCodes(client, file, ['NAM002', 'TYP004']);
      writeFileSync(workspace.path('pyproject.toml'), '[tool.pystandards]\nignore = ["NAM002"]\n');
      await expectCodes(client, file, ['TYP004']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('shows a broken configuration as one diagnostic on the file and a message, checks nothing under it, and recovers when it is fixed', async () => {
    const workspace = makeWorkspace({ 'pyproject.toml': '[tool.pystandards]\nselect = ["NAM"]\nselct = ["TYP"]\n', 'app/x.py': BAD });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ watch: true }) });
      const file = workspace.path('app/x.py');
      const pyproject = workspace.path('pyproject.toml');
      await client.open(file, BAD);
      const published = await client.waitFor('the configuration diagnostic', () => client.diagnostics.get(uri(pyproject))?.at(-1)?.diagnostics.filter((d) => d.code === 'config').length === 1 && client.diagnostics.get(uri(pyproject))?.at(-1));
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.range.start, d.source]), [['config', 1, { line: 2, character: 0 }, 'pystandards']]);
      assert.match(String(published.diagnostics[0]?.message), /^pystandards cannot use this configuration: unknown option `tool\.pystandards\.selct` \(did you mean `select`\?\)$/);
      const message = await client.waitFor('a showMessage', () => client.messages.find((m) => m.type === 1));
      assert.match(message.message, new RegExp(`^pystandards: ${pyproject.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:1: unknown option \`tool.pystandards.selct\``));
      await expectCodes(client, file, []);
      writeFileSync(pyproject, '[tool.pystandards]\nselect = ["NAM"]\n');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(pyproject), type: 2 }] });
      await expectCodes(client, file, ['NAM002']);
      await client.waitFor('the configuration diagnostic to go', () => client.diagnostics.get(uri(pyproject))?.at(-1)?.diagnostics.every((d) => d.code !== 'config'));
      assert.equal(client.messages.filter((m) => m.type === 1).length, 1);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('hides the findings recorded in pystandards-suppressions.json, shows a code whole once it has more, and reports a corrupt file while hiding nothing', async () => {
    const suppressions = { 'app/x.py': { NAM002: { count: 1 } }, 'pyproject.toml': { ENV001: { count: 1 } } };
    const workspace = makeWorkspace({
      'pyproject.toml': '[project]\nname = "svc"\nversion = "1.0.0"\nrequires-python = ">=3.10"\n\n[tool.pystandards]\n',
      'pystandards-suppressions.json': `${JSON.stringify(suppressions, null, 2)}\n`,
      'app/x.py': BAD,
    });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { capabilities: clientCapabilities({ watch: true }) });
      const file = workspace.path('app/x.py');
      await client.open(file, BAD);
      await expectCodes(client, file, ['TYP004']);
      // The project rules' findings on pyproject.toml are judged by the same file: ENV001 shows once its entry goes.
      assert.equal(client.diagnostics.get(uri(workspace.path('pyproject.toml'))), undefined);
      const withoutEnv = workspace.write('pystandards-suppressions.json', `${JSON.stringify({ 'app/x.py': suppressions['app/x.py'] }, null, 2)}\n`);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(withoutEnv), type: 2 }] });
      await expectCodes(client, workspace.path('pyproject.toml'), ['ENV001']);
      await expectCodes(client, file, ['TYP004']);
      // A second NAM002 in the file: more than recorded, so both show (the counts cannot say which is new).
      await client.change(file, 2, [{ text: `${BAD}\n\nclass second_bad:\n    pass\n` }]);
      await expectCodes(client, file, ['NAM002', 'TYP004', 'NAM002']);
      const suppressionsFile = workspace.write('pystandards-suppressions.json', '{ not json');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(suppressionsFile), type: 2 }] });
      // The project pass and the document check each publish the configuration problems they know of; wait for the one that has it.
      const published = await client.waitFor('the diagnostic on the suppressions file', () => {
        const last = client.diagnostics.get(uri(suppressionsFile))?.at(-1);
        return last && last.diagnostics.length > 0 ? last : undefined;
      });
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity]), [['config', 1]]);
      assert.match(String(published.diagnostics[0]?.message), /not a suppressions file: invalid JSON/);
      // Nothing is hidden by a file that cannot be read: every finding shows until it is fixed.
      await expectCodes(client, file, ['NAM002', 'TYP004', 'NAM002']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('lets initializationOptions and then didChangeConfiguration override select and ignore, and warns of unknown codes', async () => {
    const workspace = makeWorkspace({ 'app/x.py': BAD });
    const client = LspClient.start(workspace.root);
    try {
      await client.initialize([workspace.root], { initializationOptions: { settings: { ignore: ['NAM', 'NOPE42'] } } });
      const file = workspace.path('app/x.py');
      await client.open(file, BAD);
      await expectCodes(client, file, ['TYP004']);
      const warning = await client.waitFor('a warning', () => client.messages.find((m) => m.type === 2));
      assert.equal(warning.message, 'pystandards: unknown rule code or prefix `NOPE42` in setting `ignore`; it is left out');
      // Layered key by key: `ignore` still comes from initializationOptions, and an exact code beats a prefix, as on the command line.
      await client.notify('workspace/didChangeConfiguration', { settings: { pystandards: { select: ['NAM002'] } } });
      await expectCodes(client, file, ['NAM002']);
      await client.notify('workspace/didChangeConfiguration', { settings: { pystandards: { select: ['TYP004', 'NAM'] } } });
      await expectCodes(client, file, ['TYP004']);
      await client.notify('workspace/didChangeConfiguration', { settings: { pystandards: { select: ['NAM002', 'TYP004'], ignore: [] } } });
      await expectCodes(client, file, ['NAM002', 'TYP004']);
    } finally {
      await client.stop();
      workspace.remove();
    }
  });

  it('reads per-folder settings through workspace/configuration, and a folder added later gets its own', async () => {
    const first = makeWorkspace({ 'app/x.py': BAD });
    const second = makeWorkspace({ 'app/x.py': BAD });
    const client = LspClient.start(first.root);
    client.configuration = (scope) => (scope === uri(first.root) ? { ignore: ['TYP004'] } : scope === uri(second.root) ? { select: ['TYP'] } : { extendSelect: [] });
    try {
      await client.initialize([first.root], { capabilities: clientCapabilities({ configuration: true }) });
      await client.open(first.path('app/x.py'), BAD);
      await expectCodes(client, first.path('app/x.py'), ['NAM002']);
      await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uri(second.root), name: 'second' }], removed: [] } });
      await client.open(second.path('app/x.py'), BAD);
      await expectCodes(client, second.path('app/x.py'), ['TYP004']);
      await expectCodes(client, first.path('app/x.py'), ['NAM002']);
    } finally {
      await client.stop();
      first.remove();
      second.remove();
    }
  });
});
