// `pystandards report`: a check of the paths (cache, workers and the suppressions file as `check` uses
// them), each Python file's size, then the summary per section, with earlier reports for the trend.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { displayPath, runCheckParallel, type ParallelRunOptions } from '../engine/index.js';
import { buildSummary, readHistory, writeHistory, type ReportFile, type ReportSummary } from '../report/index.js';
import { suppressRun } from '../suppression/index.js';
import { VERSION } from '../version.js';
import { MAX_FILE_SIZE_LIMIT } from '../config/index.js';
import { readRegularFile } from '../regular-file.js';

export interface ReportOptions extends ParallelRunOptions {
  /** `--suppressions-location`: the suppressions file to read instead of each project's own. */
  readonly suppressionsLocation?: string | undefined;
  /** `--history DIR`: earlier reports' data to draw the trend from; this report's data is written there too. */
  readonly history?: string | undefined;
  /** The time the report is stamped with (tests fix it). */
  readonly now?: Date | undefined;
}

export interface ReportResult {
  readonly summary: ReportSummary;
  /** The history file written, with `history`. */
  readonly historyFile: string | undefined;
  /** Problems that are not findings: unreadable files, rules that crashed. */
  readonly errors: readonly string[];
}

/** Lines of a file's bytes: line breaks, plus one for a last line without one. */
function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines;
}

/** Lines of a checked file (checked, so within its max-file-size); 0 when it cannot be read now. */
function linesOf(file: string): number {
  const read = readRegularFile(file, MAX_FILE_SIZE_LIMIT);
  return read.kind === 'read' ? countLines(read.bytes) : 0;
}

/** The short hash of the commit checked out in `folder`, when it is in a git repository. */
function currentCommit(folder: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The deepest folder holding every file. */
function commonFolder(files: readonly string[]): string {
  let common = path.dirname(files[0] ?? path.sep);
  for (const file of files) while (!isInside(file, common) && path.dirname(common) !== common) common = path.dirname(common);
  return common;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Checks `paths` and summarizes the findings for the compliance report. */
export async function buildReport(paths: readonly string[], options: ReportOptions = {}): Promise<ReportResult> {
  const cwd = options.cwd ?? process.cwd();
  const history = options.history === undefined ? [] : readHistory(path.resolve(cwd, options.history));
  const run = await runCheckParallel(paths, { ...options, frames: false });
  const scope = run.scope;
  if (!scope) throw new Error('the run reported no scope');
  const suppressedRun = suppressRun(run, { location: options.suppressionsLocation }, cwd);
  const hidden = suppressedRun.hidden;
  // What could not be read is an error of the report, not a file of it.
  const files = suppressedRun.files.filter((file) => !file.unchecked);
  const absoluteOf = new Map(scope.files.map((file) => [displayPath(file, cwd), file]));
  const absolutes = files.map((file) => absoluteOf.get(file.path) ?? file.findings[0]?.absoluteFilename ?? path.resolve(cwd, file.path));
  // Paths as check shows them, unless the files lie outside the working folder: then from their common folder.
  const base = absolutes.every((file) => isInside(file, cwd)) ? undefined : commonFolder(absolutes);
  const reportFiles: ReportFile[] = files.map((file, index) => {
    const absolute = absolutes[index] as string;
    const python = absoluteOf.has(file.path);
    const shown = base === undefined ? file.path : path.relative(base, absolute).split(path.sep).join('/');
    return { path: shown, python, lines: python ? linesOf(absolute) : 0, findings: file.findings, suppressed: hidden.get(file.path) ?? [] };
  });
  // A project is clean for Environment when none of its files has an ENV finding, reported or suppressed.
  const environmentFiles = reportFiles
    .filter((file) => [...file.findings, ...file.suppressed].some((f) => f.section === 'environment'))
    .map((file) => absolutes[reportFiles.indexOf(file)] as string);
  const dirty = scope.projectRoots.filter((root) => environmentFiles.some((file) => isInside(file, root)));
  const summary = buildSummary({
    files: reportFiles,
    projects: { total: scope.projectRoots.length, clean: scope.projectRoots.length - dirty.length },
    target: base === undefined ? (paths.length === 1 && paths[0] === '.' ? path.basename(cwd) : paths.join(' ')) : base,
    commit: currentCommit(cwd),
    version: VERSION,
    generatedAt: options.now ?? new Date(),
    history,
  });
  const historyFile = options.history === undefined ? undefined : writeHistory(path.resolve(cwd, options.history), summary);
  return { summary, historyFile, errors: suppressedRun.files.flatMap((file) => file.errors) };
}
