// The suppression step of a run, after every finding is known (the per-file pass, the project pass,
// and whatever later phases add): the bulk suppressions files, then `--since`. noqa comments and
// per-file-ignores were applied where each file was read, so fixes never touch what they silence.
import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileReport, RunReport, RunScope } from '../engine/index.js';
import type { Finding } from '../linter/index.js';
import { applyEntry, countByCode, pruneEntry, recordEntry, type OverCount } from './bulk-suppressions.js';
import { ChangedLines } from './changed-lines.js';
import { ConfigError } from '../config/index.js';
import { SUPPRESSIONS_FILENAME, readSuppressionsFile, sameCounts, writeSuppressionsFile, type SuppressionCounts } from './suppressions-file.js';
import { compareOrdinal } from '../compare.js';

export interface SuppressionOptions {
  /** `--suppressions-location`: one file for every project, instead of one beside each project's pyproject.toml. */
  readonly location?: string | undefined;
  /** `--suppress-all` (`all`) or `--suppress-rule` (these codes): record today's findings before applying. */
  readonly record?: 'all' | readonly string[] | undefined;
  /** `--prune-suppressions`: drop the entries no longer needed before applying. */
  readonly prune?: boolean | undefined;
  /** `--since REV`: keep only findings on lines added or changed since this git revision. */
  readonly since?: string | undefined;
}

/** An entry of a suppressions file that today's findings no longer need. */
export interface UnusedSuppression {
  /** The suppressions file. */
  readonly file: string;
  /** The entry's path, as written in the file. */
  readonly path: string;
  readonly code: string;
  /** How many of the recorded findings no longer occur. */
  readonly count: number;
}

/** A code of one file with more findings than its entry allows: all of them are reported. */
export interface OverCountEntry extends OverCount {
  readonly file: string;
  readonly path: string;
}

/** What the suppression step did; plain data (it crosses threads to the MCP server). */
export interface SuppressionSummary {
  /** The suppressions files read (those that exist). */
  readonly files: readonly string[];
  /** The suppressions files written (recording or pruning). */
  readonly written: readonly string[];
  /** Findings hidden by a suppressions file. */
  readonly suppressed: number;
  /** Those findings by code, for summaries (suppressed against new). */
  readonly suppressedByCode: Readonly<Record<string, number>>;
  readonly unused: readonly UnusedSuppression[];
  readonly overCount: readonly OverCountEntry[];
  /** With `since`: the revision, and how many findings lay outside the lines changed since it. */
  readonly since?: { readonly revision: string; readonly outside: number };
}

/** A run's report after the suppression step. */
export interface SuppressedRunReport {
  readonly files: readonly FileReport[];
  readonly fileCount: number;
  readonly suppression: SuppressionSummary;
  /** The findings the suppressions files hid, by the display path of their file (for the report: what `--fix` would still fix). */
  readonly hidden: ReadonlyMap<string, readonly Finding[]>;
}

interface Group {
  readonly file: string;
  readonly folder: string;
  counts: SuppressionCounts;
  readonly original: SuppressionCounts;
  readonly exists: boolean;
}

/**
 * Applies the suppressions files to a run's findings (recording or pruning first when asked), then
 * `since`. Each checked file's entry is in the suppressions file beside its project's pyproject.toml
 * (or the one `location` names), under its path relative to that file's folder.
 */
export function suppressRun(report: RunReport, options: SuppressionOptions = {}, cwd = process.cwd()): SuppressedRunReport {
  const scope = report.scope;
  if (!scope) throw new Error('suppressRun needs the run scope the engine reports');
  if (options.record !== undefined && options.prune) throw new ConfigError('recording suppressions and pruning them cannot be combined');
  // Checked first, before any suppressions file is written: a run outside git fails even with nothing to report.
  const changes = options.since === undefined ? undefined : new ChangedLines(options.since);
  if (changes) for (const given of scope.given) changes.requireRepository(given);
  const fixedLocation = options.location === undefined ? undefined : path.resolve(cwd, options.location);
  const groups = new Map<string, Group>();
  const groupOf = (absolutePath: string, isFolder = false): Group => {
    const settings = isFolder ? scope.settingsForFolder(absolutePath) : scope.settingsFor(absolutePath);
    const file = fixedLocation ?? path.join(settings.projectRoot, SUPPRESSIONS_FILENAME);
    let group = groups.get(file);
    if (!group) {
      const read = readSuppressionsFile(file);
      if (fixedLocation && !read.exists && !options.record) {
        throw new ConfigError('the suppressions file does not exist (create it with --suppress-all or --suppress-rule)', file);
      }
      group = { file, folder: path.dirname(file), counts: read.counts, original: read.counts, exists: read.exists };
      groups.set(file, group);
    }
    return group;
  };

  const findingsByFile = byAbsolutePath(report.files);
  const judged = judgedFiles(scope, findingsByFile);
  // Every suppressions file the run could judge is read, also one whose project has no file left to check.
  // Each judged file's place (its suppressions file and its key there) is worked out once.
  const placed = new Map<string, { readonly group: Group; readonly key: string }>();
  const judgedKeys = new Map<Group, Set<string>>();
  for (const absolutePath of judged) {
    const group = groupOf(absolutePath);
    const key = keyOf(group, absolutePath);
    placed.set(absolutePath, { group, key });
    const keys = judgedKeys.get(group);
    if (keys) keys.add(key);
    else judgedKeys.set(group, new Set([key]));
  }
  // A project folder that cannot be entered had nothing checked, and its suppressions file cannot be read.
  for (const given of scope.given) if (isFolder(given) && isSearchable(scope.settingsForFolder(given).projectRoot)) groupOf(given, true);
  const recordCodes = options.record === undefined ? undefined : options.record === 'all' ? 'all' : new Set(options.record);

  // Each file's counts by code, worked out once for recording and applying.
  const foundIn = new Map<string, Map<string, number>>();
  if (recordCodes || options.prune) {
    for (const [absolutePath, { group, key }] of placed) {
      const found = countByCode(findingsByFile.get(absolutePath)?.findings ?? []);
      foundIn.set(absolutePath, found);
      const enabled = scope.enabledCodes(absolutePath);
      const entry = group.counts.get(key);
      const next = recordCodes ? recordEntry(entry, found, recordCodes, enabled) : entry ? pruneEntry(entry, found, enabled) : undefined;
      if (next === undefined) continue;
      if (group.counts === group.original) group.counts = new Map(group.original);
      if (next.size > 0) group.counts.set(key, next);
      else group.counts.delete(key);
    }
  }

  // Entries for files that are gone (deleted, renamed) under the paths the run covered.
  const missing = new Map<Group, string[]>();
  for (const group of groups.values()) {
    const keys = judgedKeys.get(group);
    const gone = [...group.counts.keys()].filter((key) => {
      if (keys?.has(key)) return false;
      const absolutePath = path.resolve(group.folder, ...key.split('/'));
      return !judged.has(absolutePath) && scope.wouldCover(absolutePath) && isGone(absolutePath);
    });
    if (gone.length === 0) continue;
    if (options.prune || recordCodes) {
      if (group.counts === group.original) group.counts = new Map(group.original);
      for (const key of gone) group.counts.delete(key);
    } else missing.set(group, gone);
  }

  const written: string[] = [];
  if (recordCodes || options.prune) {
    for (const group of groups.values()) {
      const changed = !sameCounts(group.counts, group.original);
      if (changed || (recordCodes && !group.exists)) {
        writeSuppressionsFile(group.file, group.counts);
        written.push(group.file);
      }
    }
  }

  const unused: UnusedSuppression[] = [];
  const overCount: OverCountEntry[] = [];
  const suppressedByCode: Record<string, number> = {};
  const hidden = new Map<string, readonly Finding[]>();
  let suppressed = 0;
  const kept = new Map<FileReport, readonly Finding[]>();
  for (const [absolutePath, { group, key }] of placed) {
    if (group.counts.size === 0) continue;
    const entry = group.counts.get(key);
    if (!entry) continue;
    const fileReport = findingsByFile.get(absolutePath);
    const applied = applyEntry(fileReport?.findings ?? [], entry, scope.enabledCodes(absolutePath), foundIn.get(absolutePath));
    for (const [code, count] of applied.unused) unused.push({ file: group.file, path: key, code, count });
    for (const over of applied.overCount) overCount.push({ file: group.file, path: key, ...over });
    if (fileReport && applied.suppressed.length > 0) {
      kept.set(fileReport.report, applied.kept);
      suppressed += applied.suppressed.length;
      for (const [code, count] of applied.suppressedByCode) suppressedByCode[code] = (suppressedByCode[code] ?? 0) + count;
      hidden.set(fileReport.report.path, applied.suppressed);
    }
  }
  for (const [group, keys] of missing) {
    for (const key of keys) for (const [code, count] of group.counts.get(key) ?? []) unused.push({ file: group.file, path: key, code, count });
  }

  let files = report.files.map((file) => {
    const findings = kept.get(file);
    return findings ? { ...file, findings } : file;
  });
  let since: SuppressionSummary['since'];
  if (changes) {
    const filtered = onChangedLines(files, changes);
    files = filtered.files;
    since = { revision: changes.revision, outside: filtered.outside };
  }
  unused.sort((a, b) => compareOrdinal(a.file, b.file) || compareOrdinal(a.path, b.path) || compareOrdinal(a.code, b.code));
  overCount.sort((a, b) => compareOrdinal(a.file, b.file) || compareOrdinal(a.path, b.path) || compareOrdinal(a.code, b.code));
  const readFiles = [...groups.values()].filter((group) => group.exists || written.includes(group.file)).map((group) => group.file).sort(compareOrdinal);
  return {
    files,
    fileCount: report.fileCount,
    suppression: { files: readFiles, written, suppressed, suppressedByCode, unused, overCount, ...(since && { since }) },
    hidden,
  };
}

/** Reports with findings, by the absolute path of the file they are on. */
function byAbsolutePath(files: readonly FileReport[]): Map<string, { readonly report: FileReport; readonly findings: readonly Finding[] }> {
  const found = new Map<string, { report: FileReport; findings: readonly Finding[] }>();
  for (const report of files) {
    const first = report.findings[0];
    if (first && first.absoluteFilename !== '-') found.set(first.absoluteFilename, { report, findings: report.findings });
  }
  return found;
}

/** True when nothing is at `absolutePath`; a file that is only hidden (in a folder that cannot be read) is not gone. */
function isGone(absolutePath: string): boolean {
  try {
    lstatSync(absolutePath);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** The files whose entries the run judges: the Python files it checked and the project files it reported on. */
function judgedFiles(scope: RunScope, withFindings: ReadonlyMap<string, unknown>): Set<string> {
  const judged = new Set(scope.files);
  for (const absolutePath of withFindings.keys()) if (scope.covers(absolutePath)) judged.add(absolutePath);
  return judged;
}

/** A file's key in a suppressions file: its path relative to the file's folder, with `/`. */
function keyOf(group: Group, absolutePath: string): string {
  // Most files lie under the folder: slicing costs a fraction of path.relative, once per checked file.
  const prefix = group.folder.endsWith(path.sep) ? group.folder : group.folder + path.sep;
  const relative = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : path.relative(group.folder, absolutePath);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

/** Keeps the findings that touch a line added or changed since the revision (any row from their start to their end). */
function onChangedLines(files: readonly FileReport[], changes: ChangedLines): { files: FileReport[]; outside: number } {
  let outside = 0;
  const kept = files.map((file) => {
    const first = file.findings[0];
    if (!first || first.absoluteFilename === '-') return file;
    const rows = changes.rowsOf(first.absoluteFilename);
    if (rows === 'all') return file;
    const findings = rows === undefined ? [] : file.findings.filter((finding) => touches(finding, rows));
    outside += file.findings.length - findings.length;
    return findings.length === file.findings.length ? file : { ...file, findings };
  });
  return { files: kept, outside };
}

function touches(finding: Finding, rows: ReadonlySet<number>): boolean {
  for (let row = finding.location.row; row <= finding.endLocation.row; row++) if (rows.has(row)) return true;
  return false;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isSearchable(folder: string): boolean {
  try {
    accessSync(folder, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
