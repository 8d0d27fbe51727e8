// `check --fix` on copies of real packages: everything still compiles, Ruff and we agree it is sorted, a second run changes nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../harness/cli.js';
import { pythonFiles, readUtf8, ruffOracle, stdlibPath } from './ruff-oracle.js';

const PACKAGES = ['asyncio', 'email', 'json', 'http', 'logging', 'unittest'];

function snapshot(files: readonly string[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file, readFileSync(file)]));
}

/** Files among `files` that `python3 -m py_compile` rejects. */
function notCompiling(files: readonly string[]): string[] {
  const script = [
    'import os, py_compile, sys, tempfile',
    'out = os.path.join(tempfile.mkdtemp(), "x.pyc")',
    'for f in sys.argv[1:]:',
    '    try: py_compile.compile(f, cfile=out, doraise=True)',
    '    except py_compile.PyCompileError: print(f)',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.split('\n').filter(Boolean);
}

describe('check --fix on copies of standard-library packages', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pystandards-fix-'));
  for (const name of PACKAGES) {
    cpSync(path.join(stdlibPath(), name), path.join(root, name), { recursive: true, filter: (source) => !source.includes('__pycache__') });
  }
  const files = pythonFiles(root);
  const compiledBefore = new Set(files).size - notCompiling(files).length;
  const before = snapshot(files);
  const first = runCli(['check', '--fix', '--exit-zero', '.'], { cwd: root });
  const afterFirst = snapshot(files);
  const changed = files.filter((file) => !before.get(file)?.equals(afterFirst.get(file) as Buffer));
  const second = runCli(['check', '--fix', '--exit-zero', '.'], { cwd: root });
  const afterSecond = snapshot(files);
  const ruff = ruffOracle(['I001']);
  const ruffLeft = files.filter((file) => ruff(readUtf8(file) ?? '').some((finding) => finding.code === 'I001'));
  const ours = runCli(['check', '--select', 'IMP001', '--output-format', 'json', '.'], { cwd: root });
  console.log(`${PACKAGES.join(', ')}: ${files.length} files, ${changed.length} rewritten by --fix; ${ruffLeft.length} with I001 afterwards`);

  it('the first --fix runs without errors and rewrites files', () => {
    assert.equal(first.stderr, '');
    assert.ok(changed.length > 0);
  });
  it('every file still compiles', () => {
    assert.deepEqual(notCompiling(files), []);
    assert.equal(compiledBefore, files.length);
  });
  it('Ruff reports no I001 on the result', () => assert.deepEqual(ruffLeft, []));
  it('our own check reports no IMP001', () => {
    assert.equal(ours.status, 0, ours.stdout.slice(0, 2000));
    assert.deepEqual(JSON.parse(ours.stdout), []);
  });
  it('a second --fix changes no byte', () => {
    assert.equal(second.stderr, '');
    assert.deepEqual(files.filter((file) => !afterFirst.get(file)?.equals(afterSecond.get(file) as Buffer)), []);
  });
});
