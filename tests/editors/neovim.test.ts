// A real editor: Neovim (Debian's package; 0.7 and later) runs its built-in LSP client against
// `pystandards server` on a file of the example backend, applies a quick fix and hovers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI, repoPath } from '../harness/paths.js';

const NVIM = spawnSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' }).stdout.trim();
// On CI (.ci/run installs Neovim) a missing editor is a failure; elsewhere the test says why it does not run.
const missing = NVIM === '' && process.env.CI !== 'true' ? 'nvim is not installed (apt-get install -y neovim; .ci/run installs it)' : false;

interface NvimDiagnostic {
  readonly code: string;
  readonly lnum: number;
  readonly col: number;
  readonly severity: number;
}

interface NvimResult {
  readonly ok: boolean;
  readonly error?: string;
  readonly before: readonly NvimDiagnostic[];
  readonly after: readonly NvimDiagnostic[];
  readonly titles: readonly string[];
  readonly action: string;
  readonly lines: readonly string[];
  readonly hover: string;
  readonly disabled_line: string;
  readonly after_disable: readonly NvimDiagnostic[];
  readonly stopped: boolean;
}

describe('Neovim', { timeout: 120_000 }, () => {
  it('shows our diagnostics, applies a quick fix to the buffer, hovers, disables a finding for its line, and stops the server', { skip: missing }, () => {
    assert.notEqual(NVIM, '', 'nvim is not installed: .ci/run should have installed Debian\'s neovim package');
    const root = repoPath('examples', 'customer-service');
    const file = path.join(root, 'src', 'models', 'customer.py');
    const original = readFileSync(file, 'utf8');
    const temp = mkdtempSync(path.join(os.tmpdir(), 'pystandards-nvim-'));
    try {
      const output = path.join(temp, 'result.json');
      const params = path.join(temp, 'params.json');
      writeFileSync(params, JSON.stringify({ node: process.execPath, cli: CLI, root, file, output }));
      const run = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${repoPath('tests', 'editors', 'neovim-e2e.lua')}`], {
        cwd: root,
        encoding: 'utf8',
        timeout: 100_000,
        env: { ...process.env, PYSTANDARDS_NVIM_PARAMS: params, XDG_CONFIG_HOME: temp, XDG_DATA_HOME: temp, XDG_STATE_HOME: temp, XDG_CACHE_HOME: temp },
      });
      assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}${run.stdout}`);
      const result = JSON.parse(readFileSync(output, 'utf8')) as NvimResult;
      assert.equal(result.error ?? null, null);
      assert.equal(result.ok, true);
      const codes = (list: readonly NvimDiagnostic[]) => list.map((d) => `${d.code} ${d.lnum + 1}:${d.col + 1}`).sort();
      assert.deepEqual(codes(result.before), ['NAM007 36:5', 'NAM008 14:1', 'TYP003 61:5', 'TYP004 38:14', 'TYP005 40:11', 'TYP005 54:15', 'TYP005 6:1', 'TYP005 6:1']);
      assert.equal(result.action, 'pystandards (TYP004): Convert to `|` syntax and remove the unused import');
      assert.equal(result.lines[5], 'from typing import Any, Dict, List');
      assert.equal(result.lines[37], '    address: Address | None = None');
      assert.deepEqual(result.lines.join('\n'), original.replace('from typing import Any, Dict, List, Optional', 'from typing import Any, Dict, List').replace('address: Optional[Address]', 'address: Address | None').replace(/\n$/, ''));
      assert.deepEqual(codes(result.after), ['NAM007 36:5', 'NAM008 14:1', 'TYP003 61:5', 'TYP005 40:11', 'TYP005 54:15', 'TYP005 6:1', 'TYP005 6:1']);
      assert.ok(result.hover.startsWith('**NAM007** · `mixed-case-class-attribute` · Naming Conventions'), result.hover);
      assert.ok(result.hover.includes('**From the standards: Naming Conventions**'));
      assert.equal(result.disabled_line, '    createdAt: datetime  # noqa: NAM007');
      assert.deepEqual(codes(result.after_disable), ['NAM008 14:1', 'TYP003 61:5', 'TYP005 40:11', 'TYP005 54:15', 'TYP005 6:1', 'TYP005 6:1']);
      assert.equal(result.stopped, true);
      assert.equal(readFileSync(file, 'utf8'), original, 'the fix changed the buffer only, never the file');
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
