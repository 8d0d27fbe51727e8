import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCheck, runCheckParallel } from '../../src/engine/index.js';
import { checkInPool } from '../../src/engine/worker-pool.js';
import { settingsWith } from '../harness/settings.js';
import { runCli, tempProject } from '../harness/cli.js';

const BAD = 'class customer_service:\n    pass\n\ndef getValue(X):\n    return X\n';

function manyFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`pkg/module_${String(i).padStart(3, '0')}.py`] = i % 3 === 0 ? BAD : `VALUE_${i} = ${i}\n`;
  return files;
}

const summary = (report: Awaited<ReturnType<typeof runCheckParallel>>): string[] =>
  report.files.flatMap((file) => file.findings.map((f) => `${f.filename}:${f.location.row}:${f.location.column} ${f.code}`));

describe('worker pool', () => {
  it('gives the same findings, in the same order, as checking on one thread', async () => {
    const root = tempProject(manyFiles(60));
    const sequential = runCheck(['.'], { cwd: root, select: ['NAM'] });
    const progress: number[] = [];
    const parallel = await runCheckParallel(['.'], { cwd: root, threads: 3, cache: false, select: ['NAM'], onProgress: (done) => progress.push(done) });
    assert.equal(parallel.fileCount, 60);
    assert.equal(progress.length, 60);
    assert.deepEqual(summary(parallel), summary(sequential));
    assert.ok(summary(parallel).length > 0);
    // With the cache, the main thread reads the files and hands their bytes to the workers.
    const cold = await runCheckParallel(['.'], { cwd: root, threads: 3, select: ['NAM'] });
    const warm = await runCheckParallel(['.'], { cwd: root, threads: 3, select: ['NAM'] });
    assert.deepEqual(summary(cold), summary(sequential));
    assert.deepEqual(summary(warm), summary(sequential));
  });

  it('--fix and --diff on workers: the same files written, the same findings left, as on one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`pkg/module_${String(i).padStart(3, '0')}.py`] = i % 2 === 0 ? `import sys\nimport os\n\n\ndef f_${i}(x: int):\n    return sys.path, os.sep\n` : `X_${i} = ${i}\n`;
    }
    const sequentialRoot = tempProject(files);
    const parallelRoot = tempProject(files);
    const diffRoot = tempProject(files);
    const write = { unsafe: false, output: 'write' } as const;
    const sequential = runCheck(['.'], { cwd: sequentialRoot, fix: write });
    const parallel = await runCheckParallel(['.'], { cwd: parallelRoot, threads: 3, fix: write });
    const diffs = await runCheckParallel(['.'], { cwd: diffRoot, threads: 3, fix: { unsafe: false, output: 'diff' } });
    const fixed = (report: typeof sequential) => report.files.map((file) => ('fixedCount' in file ? (file.fixedCount as number) : 0));
    assert.deepEqual(summary(parallel), summary(sequential));
    assert.deepEqual(fixed(parallel), fixed(sequential));
    assert.equal(fixed(parallel).reduce((a, b) => a + b, 0), 20);
    for (const name of Object.keys(files)) {
      const text = readFileSync(path.join(parallelRoot, name), 'utf8');
      assert.equal(text, readFileSync(path.join(sequentialRoot, name), 'utf8'));
      if (name.endsWith('0.py')) assert.ok(text.startsWith('import os\nimport sys\n'), name);
      // --diff describes the change and writes nothing.
      assert.equal(readFileSync(path.join(diffRoot, name), 'utf8'), files[name]);
    }
    assert.equal(diffs.files.filter((file) => 'diff' in file && file.diff !== '').length, 20);
  });

  it('a file that overruns its time budget is reported and the other files are still checked', async () => {
    const root = tempProject({ 'small.py': BAD });
    let big = '';
    for (let i = 0; i < 40000; i++) big += `def handler_${i}(a: int) -> int:\n    return a\n`;
    writeFileSync(path.join(root, 'big.py'), big);
    const settings = settingsWith({}, root);
    const tasks = ['big.py', 'small.py'].map((name, index) => ({ index, path: name, absolutePath: path.join(root, name), settingsIndex: 0 }));
    const reports = await checkInPool(tasks, { threads: 1, settings: [settings], overrides: {}, frames: true, fileTimeoutMs: 1 });
    assert.match(reports[0]?.errors[0] ?? '', /internal error while checking big\.py: took longer than/);
    assert.equal(reports[1]?.path, 'small.py');
  });
});

/** The one cache file of a project. */
function cacheFile(root: string): string {
  const versionFolder = readdirSync(path.join(root, '.pystandards_cache')).find((name) => name !== '.gitignore') as string;
  const [name] = readdirSync(path.join(root, '.pystandards_cache', versionFolder));
  return path.join(root, '.pystandards_cache', versionFolder, name as string);
}

type HeaderEntry = [hash: string, stamp: string, errors: string[], length: number, seen: number, summaryLength: number, coroutines: 0 | 1];

/** The entries listed in a cache file's header line. */
function cacheEntries(root: string): Record<string, HeaderEntry> {
  const text = readFileSync(cacheFile(root), 'utf8');
  return (JSON.parse(text.slice(0, text.indexOf('\n'))) as { entries: Record<string, HeaderEntry> }).entries;
}

/** Rewrites the day each listed file's entry was last seen (the body is left as it is). */
function setSeenDays(root: string, days: Record<string, number>): void {
  const file = cacheFile(root);
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as { entries: Record<string, HeaderEntry> };
  for (const [key, entry] of Object.entries(header.entries)) {
    const day = days[key.split('\u0000')[0] as string];
    if (day !== undefined) entry[4] = day;
  }
  writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(header)), bytes.subarray(newline)]));
}

describe('result cache', () => {
  it('a warm run gives the same output, under .pystandards_cache with its own .gitignore', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', ...manyFiles(5) });
    const cold = runCli(['check', '.', '--output-format', 'json'], { cwd: root });
    assert.ok(existsSync(path.join(root, '.pystandards_cache', '.gitignore')));
    const warm = runCli(['check', '.', '--output-format', 'json'], { cwd: root });
    assert.equal(warm.stdout, cold.stdout);
    assert.equal(warm.status, 1);
  });

  it('a changed file, changed settings or a corrupt cache give fresh results', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', 'a.py': BAD });
    const first = runCli(['check', '.', '-q'], { cwd: root }).stdout;
    assert.match(first, /a\.py:1:7: NAM002/);
    writeFileSync(path.join(root, 'a.py'), 'class Fine:\n    pass\n');
    assert.equal(runCli(['check', '.', '-q'], { cwd: root }).stdout, '');
    writeFileSync(path.join(root, 'a.py'), BAD);
    assert.equal(runCli(['check', '.', '-q', '--select', 'NAM003'], { cwd: root }).stdout, 'a.py:4:5: NAM003 Function name `getValue` should be snake_case\n');
    const cacheRoot = path.join(root, '.pystandards_cache');
    for (const version of readdirSync(cacheRoot).filter((name) => name !== '.gitignore')) {
      for (const file of readdirSync(path.join(cacheRoot, version))) writeFileSync(path.join(cacheRoot, version, file), '{ not json');
    }
    assert.equal(runCli(['check', '.', '-q'], { cwd: root }).stdout, first);
  });

  it('entries a run does not touch keep their findings when it rewrites the cache', () => {
    const files = { 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', ...manyFiles(9) };
    const root = tempProject(files);
    runCli(['check', '.', '--output-format', 'json'], { cwd: root });
    // A new finding in the middle file: its entry is replaced, the others are copied from the old body.
    writeFileSync(path.join(root, 'pkg/module_004.py'), 'def getValue(X):\n    return X\n');
    const rewritten = runCli(['check', '.', '--output-format', 'json'], { cwd: root }).stdout;
    const fresh = runCli(['check', '.', '--output-format', 'json', '--no-cache'], { cwd: root }).stdout;
    assert.equal(rewritten, fresh);
    assert.equal(runCli(['check', '.', '--output-format', 'json'], { cwd: root }).stdout, fresh);
    assert.match(fresh, /module_004\.py/);
    // Each entry's bytes, found by the lengths in the header, are its own file's findings and then
    // its summary (an entry that did not parse would only be a miss, which the outputs above cannot
    // tell from a hit).
    const bytes = readFileSync(cacheFile(root));
    let offset = bytes.indexOf(0x0a) + 1;
    const codes = Object.entries(cacheEntries(root)).map(([key, [, , , length, , summaryLength]]) => {
      const stored = JSON.parse(bytes.toString('utf8', offset, (offset += length))) as [string][];
      const summary = JSON.parse(bytes.toString('utf8', offset, (offset += summaryLength))) as { functions: unknown[] };
      assert.ok(Array.isArray(summary.functions));
      return `${key.split('\u0000')[0]} ${stored.map(([code]) => code).join(',')}`;
    });
    assert.equal(offset, bytes.length);
    assert.deepEqual(codes.filter((line) => line.startsWith('pkg/module_00')), [
      'pkg/module_000.py NAM002,NAM003,TYP002,NAM004,TYP001',
      'pkg/module_001.py ',
      'pkg/module_002.py ',
      'pkg/module_003.py NAM002,NAM003,TYP002,NAM004,TYP001',
      'pkg/module_004.py NAM003,TYP002,NAM004,TYP001',
      'pkg/module_005.py ',
      'pkg/module_006.py NAM002,NAM003,TYP002,NAM004,TYP001',
      'pkg/module_007.py ',
      'pkg/module_008.py ',
    ]);
  });

  it('a damaged cache file (cut short, or grown) gives fresh, correct results', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', ...manyFiles(6) });
    const first = runCli(['check', '.', '-q'], { cwd: root }).stdout;
    const file = cacheFile(root);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 5));
    assert.equal(runCli(['check', '.', '-q'], { cwd: root }).stdout, first);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('[]')]));
    assert.equal(runCli(['check', '.', '-q'], { cwd: root }).stdout, first);
  });

  it('entries no run has seen for 30 days are dropped when the cache is written again', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', 'a.py': BAD, 'gone_long_ago.py': BAD, 'gone_lately.py': BAD });
    runCli(['check', '.', '-q'], { cwd: root });
    rmSync(path.join(root, 'gone_long_ago.py'));
    rmSync(path.join(root, 'gone_lately.py'));
    const today = Math.floor(Date.now() / 86_400_000);
    setSeenDays(root, { 'a.py': today - 40, 'gone_long_ago.py': today - 31, 'gone_lately.py': today - 29 });
    // The run sees a.py again (so the cache is written), keeps the entry seen 29 days ago and drops the other.
    runCli(['check', '.', '-q'], { cwd: root });
    const seen = Object.fromEntries(Object.entries(cacheEntries(root)).map(([key, entry]) => [key.split('\u0000')[0], today - entry[4]]));
    assert.deepEqual(Object.keys(seen).sort(), ['a.py', 'gone_lately.py']);
    assert.ok((seen['a.py'] as number) <= 0, 'a.py was marked seen today');
  });

  it('cache files no run has written for 30 days go when the cache is written, and so do old version folders', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', 'a.py': BAD });
    runCli(['check', '.', '-q'], { cwd: root });
    const current = cacheFile(root);
    const folder = path.dirname(current);
    const olderVersion = path.join(root, '.pystandards_cache', '0.0.1');
    mkdirSync(olderVersion);
    const ageInDays: Record<string, number> = {
      [path.join(folder, `${'a'.repeat(20)}.cache`)]: 31,
      [path.join(folder, `${'b'.repeat(20)}.cache`)]: 29,
      [path.join(folder, `${'c'.repeat(20)}.cache.123.456.tmp`)]: 2,
      [path.join(folder, `${'d'.repeat(20)}.cache.123.789.tmp`)]: 0,
      [path.join(folder, 'notes.txt')]: 100,
      [path.join(olderVersion, `${'e'.repeat(20)}.cache`)]: 45,
    };
    for (const [file, days] of Object.entries(ageInDays)) {
      writeFileSync(file, '');
      const then = new Date(Date.now() - days * 86_400_000);
      utimesSync(file, then, then);
    }
    // A changed file makes the run write its cache, which is when stale files are looked for.
    writeFileSync(path.join(root, 'a.py'), `${BAD}\n`);
    runCli(['check', '.', '-q'], { cwd: root });
    const left = Object.keys(ageInDays).filter((file) => existsSync(file)).map((file) => path.relative(root, file));
    assert.deepEqual(left.sort(), [
      `.pystandards_cache/${path.basename(folder)}/${'b'.repeat(20)}.cache`,
      `.pystandards_cache/${path.basename(folder)}/${'d'.repeat(20)}.cache.123.789.tmp`,
      `.pystandards_cache/${path.basename(folder)}/notes.txt`,
    ]);
    assert.ok(existsSync(current), 'the cache in use stays');
    assert.ok(!existsSync(olderVersion), 'an emptied version folder is removed');
  });

  it('an unchanged stamp (mtime, size, inode) skips reading the file; any change to it reads and hashes again', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', 'a.py': BAD, 'fresh.py': BAD });
    const file = path.join(root, 'a.py');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    const first = runCli(['check', '.', '-q'], { cwd: root }).stdout;
    const stamps = () => Object.fromEntries(Object.entries(cacheEntries(root)).map(([key, [, stamp]]) => [key.split('\u0000')[0], stamp !== '']));
    // A file modified within the last two seconds gets no stamp: a second change could hide in the same mtime tick.
    assert.deepEqual(stamps(), { 'a.py': true, 'fresh.py': false });
    assert.equal(runCli(['check', '.', '-q'], { cwd: root }).stdout, first);
    // Same size, new content, an mtime set back to another past time: the stamp differs, so the file is read again.
    writeFileSync(file, BAD.replace('getValue(X)', 'get_valu(X)'));
    const earlier = new Date(Date.now() - 7_200_000);
    utimesSync(file, earlier, earlier);
    assert.equal(readFileSync(file, 'utf8').length, BAD.length);
    assert.doesNotMatch(runCli(['check', '.', '-q'], { cwd: root }).stdout, /a\.py:4:5: NAM003/);
  });

  it('a folder tree under no pyproject.toml is one project: one cache, holding every file', () => {
    const root = tempProject({ 'a/one.py': BAD, 'a/b/two.py': BAD, 'c/three.py': 'X = 1\n', 'c/d/e/four.py': BAD });
    runCli(['check', '.'], { cwd: root });
    const caches: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        if (entry.name === '.pystandards_cache') caches.push(path.relative(root, path.join(dir, entry.name)));
        else walk(path.join(dir, entry.name));
      }
    };
    walk(root);
    assert.deepEqual(caches, ['.pystandards_cache']);
    assert.equal(Object.keys(cacheEntries(root)).length, 4);
  });

  it('text output after a JSON run still shows code frames (the cache keeps them apart)', () => {
    const root = tempProject({ 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.12"\n', 'a.py': BAD });
    runCli(['check', '.', '--output-format', 'json'], { cwd: root });
    assert.match(runCli(['check', '.'], { cwd: root }).stdout, /1 \| class customer_service:/);
  });

  it('--no-cache writes nothing; cache-dir moves the cache', () => {
    const root = tempProject({ 'pyproject.toml': '[tool.pystandards]\ncache-dir = "build/lint-cache"\n', 'a.py': BAD });
    runCli(['check', '.', '--no-cache'], { cwd: root });
    assert.equal(existsSync(path.join(root, 'build', 'lint-cache')), false);
    runCli(['check', '.'], { cwd: root });
    assert.equal(readFileSync(path.join(root, 'build', 'lint-cache', '.gitignore'), 'utf8').includes('*'), true);
  });

  it('--threads must be a whole number', () => {
    const result = runCli(['check', '.', '--threads', 'many'], { cwd: tempProject({ 'a.py': BAD }) });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--threads expects a whole number/);
  });
});
