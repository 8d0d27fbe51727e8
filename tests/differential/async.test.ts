// Differential test: the async rules against Ruff's flake8-async rules, on the async fixtures and
// on every standard-library module that defines an `async def`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintSource } from '../../src/linter/index.js';
import { BLOCKING_CALLS } from '../../src/rules/async/blocking-apis.js';
import { RULES } from '../../src/rules/index.js';
import { SEMANTIC_NODE_TYPES, SemanticModel, type Binding } from '../../src/semantic/index.js';
import { collectNodes, parseSource, type SourceFile } from '../../src/syntax/index.js';
import { repoPath } from '../harness/paths.js';
import { settingsWith } from '../harness/settings.js';
import { agreement, agreementRow, pythonFiles, readUtf8, ruffOracle, stdlibPath, type OracleFinding } from './ruff-oracle.js';

/** Our code ↔ the Ruff codes it covers. ASY005 and ASY006 have no Ruff counterpart. */
const PAIRS = [
  { ours: 'ASY001', ruff: ['ASYNC210', 'ASYNC212'] },
  { ours: 'ASY002', ruff: ['ASYNC251'] },
  { ours: 'ASY003', ruff: ['ASYNC220', 'ASYNC221', 'ASYNC222'] },
  { ours: 'ASY004', ruff: ['ASYNC230'] },
  { ours: 'ASY007', ruff: ['ASYNC250'] },
  { ours: 'ASY008', ruff: ['ASYNC240 (os.path)', 'ASYNC240 (pathlib)'] },
] as const;

/** Ruff's ASYNC240 has an os.path part and a pathlib part (both ASY008's); the message tells them apart. */
function ruffCode(finding: OracleFinding): string {
  if (finding.code !== 'ASYNC240') return finding.code;
  return finding.message.includes('os.path') ? 'ASYNC240 (os.path)' : 'ASYNC240 (pathlib)';
}

interface Finding {
  readonly key: string;
  readonly message: string;
  /** The dotted callee starting at the finding (`os.path.normpath`, `session.get`). */
  readonly callee: string;
  /** The bindings of the callee's receiver name in its scope (0 when the receiver is not a name). */
  readonly receiverBindings: readonly Binding[];
}

type Explanation = { readonly reason: string; readonly matches: (f: Finding) => boolean };

/** Deliberate differences, each with a table test of its own in tests/rules/async/. */
const ONLY_OURS: readonly Explanation[] = [
  { reason: 'requests.Session / urllib3 pool methods (beyond Ruff)', matches: (f) => /on a `(requests\.Session|urllib3\.PoolManager)`/.test(f.message) },
  {
    reason: 'httpx.Client created inline or bound more than once (Ruff wants a single binding)',
    matches: (f) => f.message.includes('on a `httpx.Client`') && (quotedCall(f.message).includes('(') || f.receiverBindings.length > 1),
  },
  { reason: 'httpx.stream (beyond Ruff)', matches: (f) => f.message.includes('`httpx.stream()`') },
  { reason: 'os.fdopen (flake8-async ASYNC231, not in Ruff)', matches: (f) => f.message.includes('`os.fdopen()`') },
  {
    reason: 'open() on a name annotated Path (Ruff needs a Path(...) value)',
    matches: (f) => f.message.includes('on a `pathlib.Path`') && f.receiverBindings.some((b) => b.annotation !== undefined),
  },
  {
    reason: 'a path derived with `/`, `.parent` or a path method (Ruff follows only `Path(...)` values)',
    matches: (f) => f.message.includes('on a `pathlib.Path`') && (quotedCall(f.message).includes('(') || f.receiverBindings.some((b) => b.value?.type === 'binary_operator')),
  },
  { reason: 'shutil file operations (beyond Ruff)', matches: (f) => f.message.includes('`shutil.') },
  { reason: 'smtplib, Slack and boto3 clients (beyond Ruff)', matches: (f) => /`smtplib\.|on a `(smtplib\.SMTP|slack_sdk\.WebClient|boto3 client)`/.test(f.message) },
];
const ONLY_RUFF: readonly Explanation[] = [
  {
    reason: 'os.path.normpath and other pure or unknown os.path names (ASY008 lists the disk-touching ones)',
    matches: (f) => f.message.includes('os.path') && !BLOCKING_CALLS.has(`os.path.${f.callee.split('.').pop() ?? ''}`),
  },
  { reason: '`Path.full_match()`, pure string matching', matches: (f) => f.callee.endsWith('.full_match') },
];

const ASYNC_RULES = RULES.filter((rule) => rule.section === 'async');
const ruff = ruffOracle(['ASYNC210', 'ASYNC212', 'ASYNC220', 'ASYNC221', 'ASYNC222', 'ASYNC230', 'ASYNC240', 'ASYNC250', 'ASYNC251']);
const settings = settingsWith();
const STDLIB = stdlibPath();

/** What explains a disagreement: the dotted callee at `offset` and its receiver name's bindings. */
function explainFinding(source: SourceFile, semantic: SemanticModel, offset: number, message: string): Omit<Finding, 'key'> {
  const callee = /^[\w.]+/.exec(source.text.slice(offset))?.[0] ?? '';
  const [receiver = '', method] = callee.split('.');
  // `name.method(...)` is a call on a name; `Factory(...).method(...)` has no receiver name.
  const onName = method !== undefined && callee.split('.').length === 2 && source.text.startsWith('(', offset + callee.length);
  const binding = onName ? semantic.lookup(receiver, offset) : undefined;
  return { message, callee, receiverBindings: binding ? (binding.scope.bindings.get(receiver) ?? []) : [] };
}

/** The call a message quotes (`session.get` in "… `session.get()` on a …"). */
function quotedCall(message: string): string {
  return /`([^`]+)\(\)`/.exec(message)?.[1] ?? '';
}

interface Tally {
  ruff: Map<string, Finding>;
  ours: Map<string, Finding>;
}

function compare(files: readonly string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>(PAIRS.map((pair) => [pair.ours, { ruff: new Map(), ours: new Map() }]));
  const pairOfRuff = new Map<string, string>(PAIRS.flatMap((pair) => pair.ruff.map((code) => [code, pair.ours] as const)));
  for (const file of files) {
    const text = readUtf8(file);
    // Without an `async def` neither tool has an async context to report in.
    if (text === undefined || !text.includes('async def')) continue;
    const source = parseSource(file, text);
    const root = source.tree.rootNode;
    const semantic = new SemanticModel(root, collectNodes(root, [...SEMANTIC_NODE_TYPES]));
    const add = (tally: Map<string, Finding> | undefined, offset: number, message: string): void => {
      const { row, column } = source.lines.location(offset);
      const key = `${file}:${row}:${column}`;
      tally?.set(key, { key, ...explainFinding(source, semantic, offset, message) });
    };
    for (const finding of ruff(text)) {
      const ours = pairOfRuff.get(ruffCode(finding));
      // Ruff's columns count UTF-16 units, as our offsets do.
      if (ours) add(tallies.get(ours)?.ruff, source.lines.lineStart(finding.row - 1) + finding.column - 1, finding.message);
    }
    const result = lintSource(source, settings, ASYNC_RULES);
    assert.deepEqual(result.internalErrors, [], file);
    for (const diagnostic of result.diagnostics) add(tallies.get(diagnostic.code)?.ours, diagnostic.start, diagnostic.message);
  }
  return tallies;
}

function report(title: string, tallies: Map<string, Tally>): { precision: number; recall: number }[] {
  const rows: string[] = [];
  const explained: string[] = [];
  const unexplained: string[] = [];
  const scores: { precision: number; recall: number }[] = [];
  for (const pair of PAIRS) {
    const tally = tallies.get(pair.ours) as Tally;
    const raw = agreement(pair.ruff.join(' '), pair.ours, new Set(tally.ruff.keys()), new Set(tally.ours.keys()));
    const reasonOf = (finding: Finding, table: readonly Explanation[]): string | undefined => table.find((r) => r.matches(finding))?.reason;
    const dropOurs = raw.onlyOurs.filter((key) => reasonOf(tally.ours.get(key) as Finding, ONLY_OURS));
    const dropRuff = raw.onlyRuff.filter((key) => reasonOf(tally.ruff.get(key) as Finding, ONLY_RUFF));
    for (const key of dropOurs) explained.push(`  only ours  ${pair.ours}: ${reasonOf(tally.ours.get(key) as Finding, ONLY_OURS)} — ${short(key)}`);
    for (const key of dropRuff) explained.push(`  only Ruff  ${pair.ours}: ${reasonOf(tally.ruff.get(key) as Finding, ONLY_RUFF)} — ${short(key)}`);
    for (const key of raw.onlyOurs.filter((k) => !dropOurs.includes(k))) unexplained.push(`  only ours  ${short(key)}: ${tally.ours.get(key)?.message}`);
    for (const key of raw.onlyRuff.filter((k) => !dropRuff.includes(k))) unexplained.push(`  only Ruff  ${short(key)}: ${tally.ruff.get(key)?.message}`);
    const scoped = agreement(
      pair.ruff.join(' '),
      pair.ours,
      new Set([...tally.ruff.keys()].filter((k) => !dropRuff.includes(k))),
      new Set([...tally.ours.keys()].filter((k) => !dropOurs.includes(k))),
    );
    scores.push({ precision: scoped.precision, recall: scoped.recall });
    rows.push(`${agreementRow(raw)} ${dropRuff.length + dropOurs.length} | ${scoped.precision.toFixed(4)} | ${scoped.recall.toFixed(4)} |`);
  }
  console.log(
    [
      `\n${title}`,
      '| Ruff | ours | Ruff findings | our findings | both | precision | recall | explained differences | precision (shared scope) | recall (shared scope) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      ...(explained.length > 0 ? ['explained differences:', ...explained] : []),
      ...(unexplained.length > 0 ? ['UNEXPLAINED differences:', ...unexplained] : []),
    ].join('\n'),
  );
  return scores;
}

function short(key: string): string {
  return key.replace(repoPath(), '').replace(STDLIB, 'stdlib').replace(/^\//, '');
}

describe('async rules vs Ruff flake8-async', () => {
  it('agree on the async fixtures (FastAPI/aiohttp-style services)', () => {
    const folder = repoPath('tests', 'fixtures', 'async');
    const files = readdirSync(folder).filter((f) => f.endsWith('.py')).map((f) => path.join(folder, f));
    for (const score of report('async fixtures', compare(files))) {
      assert.ok(score.precision >= 0.97 && score.recall >= 0.97, JSON.stringify(score));
    }
  });
  it('agree on the standard library', () => {
    for (const score of report(`standard library (${STDLIB})`, compare(pythonFiles(STDLIB)))) {
      assert.ok(score.precision >= 0.97 && score.recall >= 0.97, JSON.stringify(score));
    }
  });
});
