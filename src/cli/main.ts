// The command-line front door: argv → api → formatter → exit code. No lint logic here.
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ConfigError, RULES, VERSION, addNoqa, checkPathsParallel, checkStdin, type CheckReport, type SuppressionOptions, type FixedFileReport, type FixMode, type RunReport } from '../api/index.js';
import { matchSelector } from '../engine/index.js';
import { OUTPUT_FORMATS, conciseChunks, formatGithub, formatGitlab, formatJunit, formatSarif, formatStatistics, groupedChunks, jsonChunks, textChunks, type OutputFormat } from '../formatters/index.js';
import type { Finding } from '../linter/index.js';
import { fixKind, renderRuleDoc } from '../standards/rule-docs.js';
import { SECTIONS } from '../linter/index.js';
import { CHECK_HELP, EXPLAIN_HELP, MAIN_HELP, RULES_HELP } from './help.js';
import { progressLine } from './progress.js';
import { SUPPRESSION_FLAG_OPTIONS, suppressionMessages, suppressionOptions, writesSuppressions } from './suppression-flags.js';
import { UsageError } from './usage-error.js';
import { readAtMost } from '../regular-file.js';

/** Exit codes: 0 no findings, 1 findings, 2 usage, configuration or internal error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

interface Io {
  /** Text, or the bytes of fixed source code (`--fix` on stdin) in the file's own encoding. */
  readonly stdout: (text: string | Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly stderrStream?: NodeJS.WriteStream;
  /** Reads stdin to its end, or gives undefined past `maxBytes`. */
  readonly readStdin: (maxBytes: number) => Uint8Array | undefined;
  readonly cwd: string;
  /** Resolves when stdout has flushed what it buffered (a pipe that reads slowly). */
  readonly stdoutDrained?: () => Promise<void>;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  stderrStream: process.stderr,
  readStdin: (maxBytes) => readAtMost(0, maxBytes),
  cwd: process.cwd(),
  stdoutDrained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
};

/**
 * Runs the CLI with `argv` (without node and script) and resolves with the exit code; for the
 * long-running `mcp` command, when the server stops.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(MAIN_HELP);
        return command === undefined ? EXIT_ERROR : EXIT_OK;
      case '-V':
      case '--version':
      case 'version':
        io.stdout(`pystandards ${VERSION}\n`);
        return EXIT_OK;
      case 'check':
        return await runCheckCommand(rest, io);
      case 'rules':
        return runRulesCommand(rest, io);
      case 'explain':
        return runExplainCommand(rest, io);
      case 'report':
        // Loaded on demand: only this command renders the report page.
        return await (await import('./report-command.js')).runReportCommand(rest, io);
      case 'standards':
        // Loaded on demand, like `mcp`: the standards text is not needed to check code.
        return (await import('./standards-command.js')).runStandardsCommand(rest, io);
      case 'mcp': {
        // Loaded on demand: only this command needs the MCP SDK.
        const { runMcpCommand } = await import('./mcp-command.js');
        return await runMcpCommand(rest, io);
      }
      case 'server':
        // Loaded on demand: only this command needs the LSP library.
        return await (await import('./server-command.js')).runServerCommand(rest, io);
      default:
        throw new UsageError(`unknown command \`${command}\` (expected check, rules, explain, report, standards, mcp or server; see --help)`);
    }
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof ConfigError) io.stderr(`pystandards: error: ${error.describe()}\n`);
  else if (error instanceof UsageError) io.stderr(`pystandards: error: ${error.message}\n`);
  else if (isParseArgsError(error)) io.stderr(`pystandards: error: ${(error as Error).message}\n`);
  else io.stderr(`pystandards: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_ERROR;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function splitCodes(values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values.flatMap((value) => value.split(',')).map((code) => code.trim()).filter(Boolean);
}

async function runCheckCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      select: { type: 'string', multiple: true },
      'extend-select': { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      'output-format': { type: 'string' },
      'exit-zero': { type: 'boolean' },
      statistics: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      'no-cache': { type: 'boolean' },
      'no-project-graph': { type: 'boolean' },
      threads: { type: 'string' },
      config: { type: 'string' },
      isolated: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      fix: { type: 'boolean' },
      'unsafe-fixes': { type: 'boolean' },
      diff: { type: 'boolean' },
      'add-noqa': { type: 'boolean' },
      ...SUPPRESSION_FLAG_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values['output-format']);
  const select = splitCodes(values.select);
  const extendSelect = splitCodes(values['extend-select']);
  const ignore = splitCodes(values.ignore);
  for (const [flag, codes] of [['--select', select], ['--extend-select', extendSelect], ['--ignore', ignore]] as const) {
    const unknown = codes?.find((code) => !matchSelector(code, RULES));
    if (unknown !== undefined) throw new UsageError(`unknown rule code or prefix \`${unknown}\` in ${flag}`);
  }
  const fixMode: FixMode | undefined = values.diff
    ? { unsafe: Boolean(values['unsafe-fixes']), output: 'diff' }
    : values.fix
      ? { unsafe: Boolean(values['unsafe-fixes']), output: 'write' }
      : undefined;
  const addNoqaMode = Boolean(values['add-noqa']);
  if (addNoqaMode && fixMode) throw new UsageError('--add-noqa cannot be combined with --fix or --diff');
  const suppressions: SuppressionOptions | false = values.diff ? false : suppressionOptions(values, io.cwd);
  const options = { select, extendSelect, ignore, configFile: values.config, isolated: values.isolated, cwd: io.cwd, fix: fixMode, suppressions };
  const paths = positionals.length > 0 ? positionals : ['.'];
  const fromStdin = paths.includes('-');
  let report: CheckReport;
  if (fromStdin) {
    if (paths.length > 1) throw new UsageError('`-` (stdin) cannot be combined with other paths');
    if (writesSuppressions(values)) throw new UsageError('--suppress-all, --suppress-rule and --prune-suppressions record the files on disk; they cannot be used with stdin');
    if (values.since !== undefined) throw new UsageError('--since reads the changes of files on disk; it cannot be used with stdin');
    if (addNoqaMode) throw new UsageError('--add-noqa writes files; it cannot be used with stdin');
    let input: Uint8Array | undefined;
    report = checkStdin((maxBytes) => (input = io.readStdin(maxBytes)), values['stdin-filename'], options);
    // With --fix, stdout carries the (fixed) code; the findings go to stderr. Input over max-file-size was not kept.
    if (fixMode?.output === 'write' && input) io.stdout(fixedOutputOf(report) ?? input);
  } else {
    const progress = io.stderrStream ? progressLine(io.stderrStream) : undefined;
    try {
      report = await checkPathsParallel(paths, {
        ...options,
        threads: parseThreads(values.threads),
        cache: !values['no-cache'],
        projectGraph: !values['no-project-graph'],
        // Only the text format shows code frames; the other outputs never need the source lines.
        frames: format === 'text' && !values.quiet && !values.statistics,
        onProgress: progress && ((done, total, found) => progress.update(done, total, found)),
      });
    } finally {
      progress?.stop();
    }
  }

  const findings = report.files.flatMap((file) => file.findings);
  const errors = report.files.flatMap((file) => file.errors);
  if (fixMode?.output === 'diff') return reportDiffs(report, errors, io);
  if (addNoqaMode) return reportAddNoqa(report, errors, io);
  const fixedCount = report.files.reduce((sum, file) => sum + fixedCountOf(file), 0);
  const out = fromStdin && fixMode ? io.stderr : io.stdout;
  const passOnUnpruned = Boolean(values['pass-on-unpruned-suppressions']);
  // Suppressions no longer needed fail the run as findings do: the file must follow the code down.
  const failingUnused = passOnUnpruned || values['exit-zero'] ? 0 : (report.suppression?.unused.reduce((sum, entry) => sum + entry.count, 0) ?? 0);
  const counts: SummaryCounts = {
    quiet: Boolean(values.quiet),
    fixedCount,
    suppressedCount: report.suppression?.suppressed ?? 0,
    unusedSuppressions: failingUnused,
    uncheckedCount: report.files.filter((file) => file.unchecked).length,
  };
  if (values.statistics) out(formatStatistics(findings));
  else await writeInBatches(render(format, findings, report, io, counts), out, out === io.stdout ? io.stdoutDrained : undefined);
  if (report.suppression) for (const line of suppressionMessages(report.suppression, io.cwd, passOnUnpruned)) io.stderr(`${line}\n`);
  for (const error of errors) io.stderr(`pystandards: error: ${error}\n`);
  if (errors.length > 0) return EXIT_ERROR;
  return (findings.length > 0 || failingUnused > 0) && !values['exit-zero'] ? EXIT_FINDINGS : EXIT_OK;
}

/** `--add-noqa`: the comments written, and what could not be silenced that way. */
function reportAddNoqa(report: CheckReport, errors: readonly string[], io: Io): number {
  const added = addNoqa(report);
  const directives = `${added.edited} noqa ${added.edited === 1 ? 'directive' : 'directives'}`;
  io.stderr(`Added ${directives} to ${added.files} ${added.files === 1 ? 'file' : 'files'}.\n`);
  if (added.notSilenceable > 0) {
    io.stderr(`${added.notSilenceable} ${added.notSilenceable === 1 ? 'finding' : 'findings'} on project files cannot take a noqa comment (record them with --suppress-all).\n`);
  }
  for (const line of added.skipped) io.stderr(`pystandards: warning: ${line}\n`);
  for (const error of [...errors, ...added.errors]) io.stderr(`pystandards: error: ${error}\n`);
  return errors.length > 0 || added.errors.length > 0 ? EXIT_ERROR : EXIT_OK;
}

function isFixed(file: RunReport['files'][number] | undefined): file is FixedFileReport {
  return file !== undefined && 'fixedCount' in file;
}

function fixedCountOf(file: RunReport['files'][number]): number {
  return isFixed(file) ? file.fixedCount : 0;
}

function fixedOutputOf(report: RunReport): Uint8Array | undefined {
  const file = report.files[0];
  return isFixed(file) ? file.output : undefined;
}

/** `--diff`: the unified diff of every file a fix would change, and nothing written. Exit 1 when something would change. */
function reportDiffs(report: RunReport, errors: readonly string[], io: Io): number {
  let changed = 0;
  let fixed = 0;
  for (const file of report.files) {
    if (!isFixed(file) || file.diff === '') continue;
    io.stdout(file.diff);
    changed++;
    fixed += file.fixedCount;
  }
  if (changed > 0) io.stderr(`Would fix ${fixed} ${fixed === 1 ? 'finding' : 'findings'} in ${changed} ${changed === 1 ? 'file' : 'files'}.\n`);
  else io.stderr('No fixes to apply.\n');
  for (const error of errors) io.stderr(`pystandards: error: ${error}\n`);
  if (errors.length > 0) return EXIT_ERROR;
  return changed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** What the closing summary of the human formats says beside the findings. */
interface SummaryCounts {
  readonly quiet: boolean;
  readonly fixedCount: number;
  readonly suppressedCount: number;
  /** Suppressed findings that no longer occur, when they fail the run. */
  readonly unusedSuppressions: number;
  /** Files and folders that could not be checked (unreadable, over max-file-size). */
  readonly uncheckedCount: number;
}

function render(format: OutputFormat, findings: readonly Finding[], report: RunReport, io: Io, counts: SummaryCounts): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(findings);
    case 'sarif':
      return [formatSarif(findings, { rules: RULES, toolVersion: VERSION })];
    case 'github':
      return [formatGithub(findings)];
    case 'gitlab':
      return [formatGitlab(findings, { projectDir: process.env.CI_PROJECT_DIR })];
    case 'junit':
      return [formatJunit(findings)];
    case 'concise':
      return conciseChunks(findings, counts.unusedSuppressions, counts.uncheckedCount);
    case 'grouped':
      return groupedChunks(findings, counts.unusedSuppressions, counts.uncheckedCount);
    case 'text':
      return textChunks(findings, { color: io.isTty && !process.env.NO_COLOR, fileCount: report.fileCount, ...counts });
  }
}

const WRITE_BATCH = 1 << 16;

/**
 * Writes output pieces in batches of about 64 KiB, waiting for a slow reader between batches:
 * few writes, and never the whole output in memory (a pipe does not block the writer in Node).
 */
async function writeInBatches(chunks: Iterable<string>, write: (text: string) => void, drained?: () => Promise<void>): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= WRITE_BATCH) {
      write(batch);
      batch = '';
      await drained?.();
    }
  }
  if (batch) write(batch);
}

function parseThreads(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new UsageError(`--threads expects a whole number from 1 to 256, got \`${value}\``);
  return threads;
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'text';
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError(`unknown output format \`${value}\` (expected ${OUTPUT_FORMATS.join(', ')})`);
}

function runRulesCommand(args: readonly string[], io: Io): number {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: { 'output-format': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(RULES_HELP);
    return EXIT_OK;
  }
  const format = values['output-format'] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown output format \`${format}\` (expected text or json)`);
  if (format === 'json') {
    const listing = RULES.map((rule) => ({
      code: rule.code,
      name: rule.name,
      section: rule.section,
      section_title: SECTIONS[rule.section],
      default: rule.defaultEnabled,
      fix: fixKind(rule),
      equivalents: [...rule.equivalents],
      summary: rule.docs.summary,
      url: `https://github.com/pystandards/pystandards/blob/main/docs/rules/${rule.code}.md`,
    }));
    io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
    return EXIT_OK;
  }
  const rows = RULES.map((rule) => [rule.code, rule.name, SECTIONS[rule.section], rule.defaultEnabled ? 'on' : 'off', fixKind(rule), rule.equivalents.join(' ') || '–']);
  const header = ['CODE', 'NAME', 'SECTION', 'DEFAULT', 'FIX', 'SAME AS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  return EXIT_OK;
}

function runExplainCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return EXIT_OK;
  }
  const [code] = positionals;
  if (!code || positionals.length > 1) throw new UsageError('explain takes exactly one rule code, e.g. `pystandards explain NAM002`');
  const wanted = code.toUpperCase();
  const rule = RULES.find((r) => r.code === wanted) ?? RULES.find((r) => r.equivalents.includes(wanted));
  if (!rule) throw new UsageError(`unknown rule code \`${code}\` (run \`pystandards rules\` for the list)`);
  io.stdout(`${renderRuleDoc(rule)}\n`);
  return EXIT_OK;
}
