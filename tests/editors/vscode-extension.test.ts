// The VS Code extension (editors/vscode): it type-checks, bundles, loads against a stand-in `vscode`
// module, its settings are the ones the server reads, and it finds the server the way its docs say.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readClientSettings } from '../../src/lsp/client-settings.js';
import { repoPath } from '../harness/paths.js';

const EXTENSION = repoPath('editors', 'vscode');
const require = createRequire(import.meta.url);

interface Manifest {
  readonly main: string;
  readonly engines: { readonly vscode: string };
  readonly activationEvents: readonly string[];
  readonly dependencies: Readonly<Record<string, string>>;
  readonly contributes: { readonly configuration: { readonly properties: Readonly<Record<string, { default: unknown }>> }; readonly commands: readonly { command: string }[] };
}

type Resolve = (inputs: { configured: string; folders: readonly string[]; platform: string; exists: (file: string) => boolean }) => { command: string; args: readonly string[] };

describe('VS Code extension', { timeout: 120_000 }, () => {
  let out: string;
  before(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'pystandards-vscode-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('type-checks against the VS Code API and vscode-languageclient', () => {
    const run = spawnSync(process.execPath, [repoPath('node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(EXTENSION, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('bundles into one CommonJS file that exports activate and deactivate', () => {
    const build = spawnSync(process.execPath, [path.join(EXTENSION, 'build.mjs'), out], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    // Loaded under a stand-in `vscode` module (every name a class, as far as loading goes): the
    // bundle needs nothing else at load time.
    const probe = `
      const Module = require('node:module');
      const handler = { get: (target, key) => (key in target ? target[key] : (target[key] = stub())) };
      const stub = () => new Proxy(class {}, handler);
      const vscode = stub();
      const load = Module._load;
      Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
      const extension = require(${JSON.stringify(path.join(out, 'extension.js'))});
      process.stdout.write(JSON.stringify([typeof extension.activate, typeof extension.deactivate]));`;
    const loaded = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    assert.equal(loaded.status, 0, loaded.stderr);
    assert.deepEqual(JSON.parse(loaded.stdout), ['function', 'function']);
  });

  it('declares the manifest VS Code needs, with settings the server reads without complaint', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as Manifest;
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.ok(manifest.activationEvents.includes('onLanguage:python'));
    assert.ok(!/^[\^~]/.test(manifest.dependencies['vscode-languageclient'] ?? '^'), 'pinned exactly');
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command), ['pystandards.restart']);
    const settings = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([key, spec]) => [key.replace(/^pystandards\./, ''), spec.default]));
    assert.deepEqual(Object.keys(settings).sort(), ['extendSelect', 'ignore', 'path', 'select', 'trace.server', 'unsafeFixes']);
    // What VS Code sends for section `pystandards` with every default: no problem, nothing overridden.
    const sent = { path: settings.path, select: settings.select, extendSelect: settings.extendSelect, ignore: settings.ignore, unsafeFixes: settings.unsafeFixes, trace: { server: 'off' } };
    assert.deepEqual(readClientSettings(sent), { settings: { extendSelect: [], ignore: [], unsafeFixes: false }, problems: [] });
  });

  it('starts the configured server, else the workspace\'s own, else pystandards on PATH', () => {
    const { resolveServerCommand } = require(path.join(out, 'server-command.js')) as { resolveServerCommand: Resolve };
    const none = () => false;
    const installed = (file: string) => file === '/work/b/node_modules/.bin/pystandards';
    assert.deepEqual(resolveServerCommand({ configured: '/opt/pystandards/bin/pystandards.js', folders: ['/work/a'], platform: 'linux', exists: installed }), { command: 'node', args: ['/opt/pystandards/bin/pystandards.js', 'server'] });
    assert.deepEqual(resolveServerCommand({ configured: ' /usr/local/bin/pystandards ', folders: [], platform: 'linux', exists: none }), { command: '/usr/local/bin/pystandards', args: ['server'] });
    assert.deepEqual(resolveServerCommand({ configured: '', folders: ['/work/a', '/work/b'], platform: 'linux', exists: installed }), { command: '/work/b/node_modules/.bin/pystandards', args: ['server'] });
    assert.deepEqual(resolveServerCommand({ configured: '', folders: ['/work/a'], platform: 'linux', exists: none }), { command: 'pystandards', args: ['server'] });
    assert.deepEqual(resolveServerCommand({ configured: '', folders: [], platform: 'win32', exists: none }), { command: 'pystandards.cmd', args: ['server'] });
  });
});
