// `npm run bench`: pystandards against Ruff (wasm) and the bare parse floor, as whole processes
// on the same machine and corpus, runs alternating; prints medians, peak memory and ratios.
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, cpSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stdlibPath } from './corpus.js';
import { measureMcpLatency } from './mcp-latency.js';
import { measureLsp } from './lsp-latency.js';
import { measureReportOpen } from './report-open.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'pystandards.js');
const DIST = path.join(ROOT, 'dist', 'bench');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  readonly seconds: number;
  readonly peakMb: number | undefined;
  /** User plus system CPU time, all threads: what the run cost, beside how long it took. */
  readonly cpuSeconds: number | undefined;
}

interface Case {
  readonly name: string;
  readonly command: readonly string[];
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Runs before each sample (outside the timing): e.g. removes what the previous run wrote, or changes a file. */
  readonly before?: () => void;
  readonly samples: Sample[];
}

/**
 * Runs a command once; wall time from spawn to exit, peak RSS and CPU time from GNU time when
 * present. Output goes to a file, as in CI (`> report.json`): read through a pipe, the 60–70 MB
 * that Ruff and pystandards print for the standard library would also time this script's own
 * reading and decoding of it (about 0.15 s each).
 */
function measure(command: readonly string[], cwd: string, output: string, env: Record<string, string> = {}): Sample {
  const argv = TIME ? [TIME, '-f', '%M %U %S', ...command] : [...command];
  const stdout = openSync(output, 'w');
  const started = performance.now();
  const result = spawnSync(argv[0] as string, argv.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  closeSync(stdout);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  }
  const [kb, user, system] = TIME ? (result.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
  const cpu = (user ?? Number.NaN) + (system ?? Number.NaN);
  return { seconds, peakMb: kb !== undefined && Number.isFinite(kb) ? kb / 1024 : undefined, cpuSeconds: Number.isFinite(cpu) ? cpu : undefined };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, threads: { type: 'string' }, corpus: { type: 'string' }, only: { type: 'string' } } });
  // `--only lsp`: the language server's figures alone (a minute, instead of the whole bench).
  if (values.only === 'lsp') return printTargets(lspTargets(await measureLsp()));
  // `--only adoption`: bulk suppressions and the report against plain cold runs, and the page in Chromium.
  const onlyAdoption = values.only === 'adoption';
  if (values.only !== undefined && !onlyAdoption) throw new Error(`--only takes \`lsp\` or \`adoption\`, got \`${values.only}\``);
  const runs = Number(values.runs);
  const threads = String(values.threads ?? Math.min(2, availableParallelism()));
  const corpus = values.corpus ?? stdlibPath();
  const example = path.join(ROOT, 'examples', 'customer-service');
  const node = process.execPath;
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'pystandards-bench-'));
  const config = path.join(cacheDir, 'pystandards.toml');
  writeFileSync(config, `cache-dir = ${JSON.stringify(path.join(cacheDir, 'cache'))}\nrespect-gitignore = false\n`);
  const small = path.join(cacheDir, 'one_file.py');
  writeFileSync(small, 'def get_customer(customer_id: int) -> int:\n    return customer_id\n');
  // A copy of the corpus whose one file changes before each sample: a warm run after an edit.
  const edited = path.join(cacheDir, 'edited');
  cpSync(corpus, edited, { recursive: true, filter: (source) => !source.includes(`${path.sep}site-packages`) });
  const editedFile = path.join(edited, 'asyncio', 'tasks.py');
  // Its own cache, as a project has: with the corpus's configuration both trees shared one cache
  // file, which each run after an edit rewrote whole (twice the entries of the tree it checks).
  const editedConfig = path.join(cacheDir, 'edited.toml');
  writeFileSync(editedConfig, `cache-dir = ${JSON.stringify(path.join(cacheDir, 'edited-cache'))}\nrespect-gitignore = false\n`);
  let edits = 0;
  const check = (threadCount: string, ...args: string[]) => [node, CLI, 'check', ...args, '--exit-zero', '--output-format', 'json', '--threads', threadCount];
  const ours = (...args: string[]) => check(threads, ...args);

  const coldArgs = [corpus, '--config', config, '--no-cache'];
  const suppressions = path.join(cacheDir, 'suppressions.json');
  const recorded = path.join(cacheDir, 'recorded-suppressions.json');
  const reportPage = path.join(cacheDir, 'report.html');
  const history = path.join(cacheDir, 'history');
  const report = [node, CLI, 'report', ...coldArgs, '--threads', threads, '-o', reportPage, '--history', history];
  const plainCold: Case = { name: 'pystandards cold (stdlib)', command: ours(...coldArgs), samples: [] };
  // The runs with suppressions print almost nothing (every finding but the syntax errors is suppressed):
  // they are held to a plain run that prints as little (--statistics), which leaves the suppression step's own cost.
  const adoption: Case[] = [
    { name: 'pystandards cold, --statistics (stdlib)', command: ours(...coldArgs, '--statistics'), samples: [] },
    {
      name: 'pystandards cold --suppress-all, --statistics (stdlib)',
      command: ours(...coldArgs, '--statistics', '--suppress-all', '--suppressions-location', recorded),
      before: () => rmSync(recorded, { force: true }),
      samples: [],
    },
    { name: 'pystandards cold, suppressions file, --statistics (stdlib)', command: ours(...coldArgs, '--statistics', '--suppressions-location', suppressions), samples: [] },
    { name: 'pystandards cold, suppressions file (stdlib)', command: ours(...coldArgs, '--suppressions-location', suppressions), samples: [] },
    // With --history, as a team runs it for its trend: each run reads the earlier reports and saves its own.
    { name: 'pystandards report cold (stdlib)', command: report, samples: [] },
  ];

  const cases: Case[] = onlyAdoption ? [plainCold, ...adoption] : [
    { name: 'ruff-wasm (stdlib)', command: [node, '--liftoff-only', path.join(DIST, 'ruff-wasm-check.js'), corpus], samples: [] },
    // Ruff with no rule selected: its own parse floor, to show what its rules cost over its parser.
    { name: 'ruff-wasm parse only (stdlib)', command: [node, '--liftoff-only', path.join(DIST, 'ruff-wasm-check.js'), corpus, '--parse-only'], samples: [] },
    plainCold,
    // One thread, like Ruff-wasm: how much the second thread buys on this machine.
    { name: 'pystandards cold, 1 thread (stdlib)', command: check('1', corpus, '--config', config, '--no-cache'), samples: [] },
    { name: 'pystandards warm (stdlib)', command: ours(corpus, '--config', config), samples: [] },
    // The project phase's cost: the same cold run with each file checked alone.
    { name: 'pystandards cold, no project graph (stdlib)', command: ours(corpus, '--config', config, '--no-cache', '--no-project-graph'), samples: [] },
    {
      name: 'pystandards warm, one file changed (stdlib)',
      command: ours(edited, '--config', editedConfig),
      before: () => appendFileSync(editedFile, `\n# edit ${++edits}\n`),
      samples: [],
    },
    { name: `parse floor (stdlib, ${threads} threads)`, command: [node, path.join(DIST, 'parse-floor.js'), corpus, threads], samples: [] },
    { name: 'ruff-wasm (example backend)', command: [node, '--liftoff-only', path.join(DIST, 'ruff-wasm-check.js'), example], samples: [] },
    { name: 'pystandards (example backend)', command: ours(example, '--no-cache'), samples: [] },
    { name: 'pystandards (one small file)', command: ours(small, '--no-cache'), samples: [] },
    ...adoption,
  ];

  console.log(`corpus: ${corpus}; ${runs} alternating runs per case; ${threads} worker threads`);
  const output = path.join(cacheDir, 'output');
  measure(ours(corpus, '--config', config), ROOT, output);
  // Twice: files copied less than two seconds before a run get no stamp in it (see fileStamp).
  measure(ours(edited, '--config', editedConfig), ROOT, output);
  measure(ours(edited, '--config', editedConfig), ROOT, output);
  // Today's findings recorded once: the file the runs with suppressions read.
  measure(ours(corpus, '--config', config, '--suppress-all', '--suppressions-location', suppressions), ROOT, output);
  // An earlier report, so that the page measured draws its trend chart too.
  measure(report, ROOT, output);
  for (let run = 0; run < runs; run++) {
    for (const item of cases) {
      item.before?.();
      item.samples.push(measure(item.command, item.cwd ?? ROOT, output, item.env));
    }
    process.stderr.write(`run ${run + 1}/${runs} done\n`);
  }

  const byName = (name: string) => cases.find((c) => c.name === name) as Case;
  const med = (name: string) => median(byName(name).samples.map((s) => s.seconds));
  console.log('\n| case | median s | min s | max s | median CPU s | peak MB |\n|---|---|---|---|---|---|');
  for (const item of cases) {
    const times = item.samples.map((s) => s.seconds);
    const cpu = item.samples.map((s) => s.cpuSeconds).filter((value): value is number => value !== undefined);
    const peak = Math.max(...item.samples.map((s) => s.peakMb ?? 0));
    const cells = [median(times), Math.min(...times), Math.max(...times)].map((value) => value.toFixed(3));
    console.log(`| ${item.name} | ${cells.join(' | ')} | ${cpu.length > 0 ? median(cpu).toFixed(2) : 'n/a'} | ${peak ? peak.toFixed(0) : 'n/a'} |`);
  }
  const cold = med('pystandards cold (stdlib)');
  const cpu = (name: string) => median(byName(name).samples.map((s) => s.cpuSeconds ?? Number.NaN));
  const adoptionFigures = await adoptionTargets(med, cpu, cold, reportPage, suppressions);
  rmSync(cacheDir, { recursive: true, force: true });
  if (onlyAdoption) return printTargets(adoptionFigures);
  const targets: [string, number, number][] = [
    ['cold / ruff-wasm (stdlib)', cold / med('ruff-wasm (stdlib)'), 1.5],
    ['cold / parse floor (stdlib)', cold / med(`parse floor (stdlib, ${threads} threads)`), 1.25],
    ['warm / cold (stdlib)', med('pystandards warm (stdlib)') / cold, 0.15],
    ['warm with one file changed / cold (stdlib)', med('pystandards warm, one file changed (stdlib)') / cold, 0.15],
    ['cold / cold without the project graph (stdlib)', cold / med('pystandards cold, no project graph (stdlib)'), 1.1],
    ['example backend / ruff-wasm', med('pystandards (example backend)') / med('ruff-wasm (example backend)'), 1.0],
    ['one small file, seconds', med('pystandards (one small file)'), 0.2],
  ];
  const mcp = await measureMcpLatency();
  console.log(`\nMCP check_python_code on a 300-line module: p50 ${mcp.p50.toFixed(1)} ms, p90 ${mcp.p90.toFixed(1)} ms`);
  const coldPeak = Math.max(...byName('pystandards cold (stdlib)').samples.map((s) => s.peakMb ?? 0));
  targets.push(['peak memory cold (stdlib), MB', coldPeak, 400]);
  targets.push(['MCP check_python_code p50 (300 lines), ms', mcp.p50, 20]);
  targets.push(...lspTargets(await measureLsp()));
  targets.push(...adoptionFigures);
  printTargets(targets);
  // The floor target's yardstick applied to Ruff: its full run over its parse-only run.
  const ruffOverFloor = med('ruff-wasm (stdlib)') / med('ruff-wasm parse only (stdlib)');
  console.log(`\nFor scale, ruff-wasm / its own parse-only run (stdlib): ${ruffOverFloor.toFixed(3)}`);
}

/**
 * Bulk suppressions and the report against the targets of their issue: recording and reading the
 * suppressions file within 5% of a plain cold run, the report under twice one, its page under 5 MB
 * and drawn in Chromium in under 2 s.
 */
async function adoptionTargets(
  med: (name: string) => number,
  cpu: (name: string) => number,
  cold: number,
  reportPage: string,
  suppressions: string,
): Promise<[string, number, number][]> {
  const statistics = med('pystandards cold, --statistics (stdlib)');
  // CPU time is steadier than wall time on a busy machine: the same ratios in CPU seconds, for reference.
  const cpuRatio = (name: string, base: string) => (cpu(name) / cpu(base)).toFixed(3);
  console.log(
    `\nIn CPU time: --suppress-all ${cpuRatio('pystandards cold --suppress-all, --statistics (stdlib)', 'pystandards cold, --statistics (stdlib)')}, ` +
      `suppressions file ${cpuRatio('pystandards cold, suppressions file, --statistics (stdlib)', 'pystandards cold, --statistics (stdlib)')}, ` +
      `report ${cpuRatio('pystandards report cold (stdlib)', 'pystandards cold (stdlib)')} of the plain cold run`,
  );
  const pageMb = statSync(reportPage).size / (1024 * 1024);
  console.log(`Suppressions file of the standard library: ${(statSync(suppressions).size / 1024).toFixed(0)} KB; report page: ${pageMb.toFixed(2)} MB`);
  console.log(`Cold run with the suppressions file, JSON output / plain cold run, JSON output: ${(med('pystandards cold, suppressions file (stdlib)') / cold).toFixed(3)} (it prints only what is not suppressed)`);
  const targets: [string, number, number][] = [
    ['cold --suppress-all / cold (stdlib, both --statistics)', med('pystandards cold --suppress-all, --statistics (stdlib)') / statistics, 1.05],
    ['cold with suppressions file / cold (stdlib, both --statistics)', med('pystandards cold, suppressions file, --statistics (stdlib)') / statistics, 1.05],
    ['report cold / plain cold (stdlib)', med('pystandards report cold (stdlib)') / cold, 2],
    ['report page size (stdlib), MB', pageMb, 5],
  ];
  const opened = await measureReportOpen(reportPage, 5);
  if (!opened) console.log('Report page open time: /usr/bin/chromium is missing, not measured');
  else {
    console.log(`Report page in Chromium, goto → charts drawn: ${opened.wallMs.map((ms) => ms.toFixed(0)).join(', ')} ms (page clock: ${opened.pageMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
    targets.push(['report page open → charts drawn (stdlib, median of 5), s', median(opened.wallMs) / 1000, 2]);
  }
  return targets;
}

/** The language server's figures against the targets of its issue. */
function lspTargets(lsp: Awaited<ReturnType<typeof measureLsp>>): [string, number, number][] {
  console.log(`\nLanguage server: RSS ${lsp.rssAfter100.toFixed(1)} MB after 100 edits, ${lsp.rssAfter10000.toFixed(1)} MB after 10,000`);
  return [
    ['LSP didChange → diagnostics p50 (1,000 lines), ms', lsp.change1000.p50, 20],
    ['LSP didChange → diagnostics p90 (1,000 lines), ms', lsp.change1000.p90, 40],
    ['LSP didChange → diagnostics p50 (5,000 lines), ms', lsp.change5000.p50, 80],
    ['LSP start → first diagnostics (example backend), ms', lsp.startToFirstDiagnostics, 300],
    ['LSP RSS after 10,000 edits / after 100', lsp.rssAfter10000 / lsp.rssAfter100, 1.2],
  ];
}

function printTargets(targets: readonly [string, number, number][]): void {
  console.log('\n| ratio | value | target | |\n|---|---|---|---|');
  for (const [name, value, target] of targets) console.log(`| ${name} | ${value.toFixed(3)} | ≤ ${target} | ${value <= target ? 'met' : 'missed'} |`);
}

await main();
