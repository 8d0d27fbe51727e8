// The one entry point the front doors (CLI, MCP, the language server) use: check text, paths, editor documents.
import path from 'node:path';
import { ConfigError, resolveSettings, type Settings } from '../config/index.js';
import { RuleSet, addNoqaToFile, runCheck, runCheckParallel, runCheckStdin, checkBytes, fixSource, takesNoqa, type BoundedInput, type ParallelRunOptions, type RunOptions, type RunReport } from '../engine/index.js';
import { applicableLevels, unifiedDiff } from '../fix/index.js';
import type { Finding } from '../linter/index.js';
import { suppressRun, type SuppressionOptions, type SuppressionSummary } from '../suppression/index.js';

export { RULES, RULES_BY_CODE } from '../rules/index.js';
export { VERSION } from '../version.js';
export { ConfigError };
export { SUPPRESSIONS_FILENAME, type SuppressionOptions, type SuppressionSummary, type UnusedSuppression, type OverCountEntry } from '../suppression/index.js';
export type { Finding, Rule, RuleDocs, SectionId } from '../linter/index.js';
export { SECTIONS, ruleUrl } from '../linter/index.js';
export { isKnownSelector } from '../engine/index.js';
export {
  Workspace,
  type ConfigProblem,
  type DocumentFinding,
  type DocumentFixResult,
  type DocumentNoqaComment,
  type DocumentReport,
  type EditorDocument,
  type FolderOverrides,
  type ProjectFileReport,
  type ProjectsReport,
} from './workspace.js';
export type { TextEdit, TextPosition, TextRange } from './editor-positions.js';
export type { BoundedInput, ParallelRunOptions, RunOptions, RunReport, FileReport, FixMode, FixedFileReport } from '../engine/index.js';

export interface CheckTextOptions {
  /** Name the code is checked under (drives NAM001 and per-file-ignores). Default `snippet.py`. */
  readonly filename?: string;
  readonly select?: readonly string[];
  readonly extendSelect?: readonly string[];
  readonly ignore?: readonly string[];
  /** Settings to use; by default every option has its default value and no file is read. */
  readonly settings?: Settings;
}

export interface CheckTextResult {
  readonly findings: readonly Finding[];
  readonly errors: readonly string[];
}

/** Checks Python source held in memory. Reads no configuration and touches no file. */
export function checkText(code: string, options: CheckTextOptions = {}): CheckTextResult {
  const filename = options.filename ?? 'snippet.py';
  const settings = options.settings ?? resolveSettings(path.resolve('.'), undefined);
  const ruleSet = new RuleSet({ select: options.select, extendSelect: options.extendSelect, ignore: options.ignore });
  const report = checkBytes(filename, Buffer.from(code, 'utf8'), { settings, rules: ruleSet.rulesFor(settings), absolutePath: filename });
  return { findings: report.findings, errors: report.errors };
}

/** How a check over paths treats the bulk suppressions files and `--since`; `false` leaves the findings as the rules gave them. */
export interface SuppressionChoice {
  readonly suppressions?: SuppressionOptions | false;
}

/** A run's findings after the suppression step (plain data: it crosses threads). */
export interface CheckReport extends RunReport {
  /** What the suppression step did; undefined when it was turned off. */
  readonly suppression: SuppressionSummary | undefined;
}

/** The suppression step on a run's report, every front door's findings going through the same one. */
function suppressed(report: RunReport, options: SuppressionChoice & { readonly cwd?: string | undefined }): CheckReport {
  if (options.suppressions === false) return { files: report.files, fileCount: report.fileCount, suppression: undefined };
  const result = suppressRun(report, options.suppressions ?? {}, options.cwd ?? process.cwd());
  return { files: result.files, fileCount: result.fileCount, suppression: result.suppression };
}

/** Checks every Python file under `paths`, with each project's configuration and its suppressions file. */
export function checkPaths(paths: readonly string[], options: RunOptions & SuppressionChoice = {}): CheckReport {
  return suppressed(runCheck(paths, options), options);
}

/** Checks (or with `fix`, fixes) every Python file under `paths` on worker threads; checks use the result cache. */
export async function checkPathsParallel(paths: readonly string[], options: ParallelRunOptions & SuppressionChoice = {}): Promise<CheckReport> {
  return suppressed(await runCheckParallel(paths, options), options);
}

/**
 * Checks source bytes from stdin as if they lived at `filename` (its project's suppressions file
 * applies when it is named). Given a reader, it reads no more than that file's `max-file-size`.
 */
export function checkStdin(input: Uint8Array | BoundedInput, filename: string | undefined, options: RunOptions & SuppressionChoice = {}): CheckReport {
  if (options.suppressions && (options.suppressions.record !== undefined || options.suppressions.prune)) {
    throw new ConfigError('suppressions are recorded and pruned from files on disk, not from stdin');
  }
  if (options.suppressions && options.suppressions.since !== undefined) throw new ConfigError('--since reads the changes of files on disk; it cannot check stdin');
  return suppressed(runCheckStdin(input, filename, options), options);
}

export interface FixTextOptions extends CheckTextOptions {
  /** Also apply unsafe fixes. */
  readonly unsafe?: boolean;
}

export interface FixTextResult {
  /** The code after every applicable fix. */
  readonly output: string;
  /** Findings whose fixes were applied (positions refer to the text they were found in). */
  readonly fixed: readonly { readonly code: string; readonly message: string; readonly fix: string }[];
  /** Findings of the fixed code. */
  readonly remaining: readonly Finding[];
  /** A unified diff from the input to the output; empty when nothing changed. */
  readonly diff: string;
  /** Fixes that were refused (their result did not parse) or that did not settle. */
  readonly problems: readonly string[];
}

/** Applies safe (and, with `unsafe`, unsafe) fixes to code held in memory until it settles. */
export function fixText(code: string, options: FixTextOptions = {}): FixTextResult {
  const filename = options.filename ?? 'snippet.py';
  const settings = options.settings ?? resolveSettings(path.resolve('.'), undefined);
  const ruleSet = new RuleSet({ select: options.select, extendSelect: options.extendSelect, ignore: options.ignore });
  const result = fixSource({
    displayPath: filename,
    absolutePath: path.resolve(filename),
    text: code,
    encoding: { encoding: 'utf-8', bom: false },
    settings,
    rules: ruleSet.rulesFor(settings),
    ignoredCodes: new Set(),
    levels: applicableLevels(options.unsafe ?? false),
  });
  const fixed = result.fixed.map((d) => ({ code: d.code, message: d.message, fix: d.fix?.title ?? '' }));
  return { output: result.text, fixed, remaining: result.findings, diff: unifiedDiff(code, result.text, filename), problems: result.errors };
}

/** What `--add-noqa` did over a run's findings. */
export interface AddNoqaSummary {
  /** Lines whose noqa comment was written or extended. */
  readonly edited: number;
  /** Files changed. */
  readonly files: number;
  /** Findings no noqa comment can silence: on project files (pyproject.toml, …). */
  readonly notSilenceable: number;
  /** Findings left without a comment, each with the reason. */
  readonly skipped: readonly string[];
  /** Files left unchanged because they do not parse, cannot be written, … */
  readonly errors: readonly string[];
}

/**
 * Writes `# noqa: CODE` for every finding of a check's report into the files, on the line the
 * checker reads it from, merged into the noqa comment already there. A file that does not parse is
 * left unchanged and is an error, whether or not it has other findings.
 */
export function addNoqa(report: RunReport): AddNoqaSummary {
  let edited = 0;
  let files = 0;
  let notSilenceable = 0;
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const file of report.files) {
    const silenceable = file.findings.filter(takesNoqa);
    notSilenceable += file.findings.length - silenceable.length;
    const first = silenceable[0];
    if (!first) continue;
    const result = addNoqaToFile(file.path, first.absoluteFilename, silenceable);
    edited += result.edited;
    if (result.edited > 0) files++;
    skipped.push(...result.skipped);
    if (result.error) errors.push(result.error);
  }
  return { edited, files, notSilenceable, skipped, errors };
}

export { buildReport, type ReportOptions, type ReportResult } from './report.js';
export { renderReportHtml, type ReportSummary } from '../report/index.js';
