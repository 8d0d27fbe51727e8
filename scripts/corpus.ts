// `npm run corpus -- DIR...`: every rule on real code, per-rule counts and a random sample of
// findings with their code frames, for a person to read and judge (precision work).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, checkPathsParallel, type Finding } from '../src/api/index.js';

const HELP = `usage: npm run corpus -- DIR... [options]

Checks DIR as a new user would (the rules on by default, the projects' own pyproject.toml read)
and prints the findings per rule, then a random sample of each rule's findings with a few lines
of context.

  --select CODES     rules to run (comma-separated codes or prefixes, ALL for every rule)
  --rules CODES      only these codes or prefixes in the sample (comma-separated; default all)
  --sample N         findings sampled per rule (default 5)
  --seed N           seed of the sample, so a run can be repeated (default 1)
  --context N        lines of context above and below a finding (default 3)
  --save FILE        write the per-rule counts as JSON
  --compare FILE     print the counts beside those of an earlier --save
`;

interface Counts {
  readonly [code: string]: number;
}

/** A small deterministic generator (mulberry32), so a sample can be read again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], size: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, size);
}

const sourceCache = new Map<string, string[]>();
function linesOf(file: string): string[] {
  let lines = sourceCache.get(file);
  if (!lines) {
    try {
      lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = [];
    }
    sourceCache.set(file, lines);
  }
  return lines;
}

function frame(finding: Finding, context: number): string {
  const lines = linesOf(finding.absoluteFilename);
  const first = Math.max(1, finding.location.row - context);
  const last = Math.min(lines.length, finding.endLocation.row + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let row = first; row <= last; row++) {
    const marker = row >= finding.location.row && row <= finding.endLocation.row ? '>' : ' ';
    out.push(`  ${marker} ${String(row).padStart(width)} | ${lines[row - 1] ?? ''}`);
  }
  return out.join('\n');
}

function countsOf(findings: readonly Finding[]): Counts {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
  return counts;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      select: { type: 'string' },
      rules: { type: 'string' },
      sample: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      context: { type: 'string', default: '3' },
      save: { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const report = await checkPathsParallel(positionals, { select: values.select?.split(','), cache: false });
  const findings = report.files.flatMap((file) => file.findings);
  const errors = report.files.flatMap((file) => file.errors);
  const counts = countsOf(findings);
  const earlier: Counts = values.compare ? (JSON.parse(readFileSync(values.compare, 'utf8')) as Counts) : {};
  const out: string[] = [`${report.fileCount} files, ${findings.length} findings, ${errors.length} errors`, ''];
  out.push(values.compare ? '| code | rule | before | now |' : '| code | rule | findings |');
  out.push(values.compare ? '|---|---|---|---|' : '|---|---|---|');
  for (const rule of RULES) {
    const now = counts[rule.code] ?? 0;
    const before = earlier[rule.code] ?? 0;
    if (now === 0 && before === 0) continue;
    out.push(values.compare ? `| ${rule.code} | ${rule.name} | ${before} | ${now} |` : `| ${rule.code} | ${rule.name} | ${now} |`);
  }
  const wanted = values.rules?.split(',').map((code) => code.trim().toUpperCase()) ?? [];
  const next = random(Number(values.seed));
  const size = Number(values.sample);
  const context = Number(values.context);
  for (const rule of RULES) {
    if (wanted.length > 0 && !wanted.some((prefix) => rule.code.startsWith(prefix))) continue;
    const ofRule = findings.filter((finding) => finding.code === rule.code);
    if (ofRule.length === 0 || size === 0) continue;
    out.push('', `## ${rule.code} ${rule.name}: ${Math.min(size, ofRule.length)} of ${ofRule.length}`);
    for (const finding of sample(ofRule, size, next)) {
      out.push('', `${finding.filename}:${finding.location.row}:${finding.location.column}: ${finding.message}`, frame(finding, context));
    }
  }
  if (errors.length > 0) out.push('', '## errors', ...errors.slice(0, 20).map((error) => `  ${error}`));
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.save) writeFileSync(path.resolve(values.save), `${JSON.stringify(counts, null, 2)}\n`);
}

await main();
