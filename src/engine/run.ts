// A run over many paths: discover files, resolve each project's settings, check every file,
// then check each project the files belong to once.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Settings } from '../config/index.js';
import type { ModuleSummary } from '../project-graph/index.js';
import { ProjectIndex } from '../project/index.js';
import { checkBytes, readSourceFile, tooLargeError, type FileReport } from './check-file.js';
import { checkProjects, folderOf, mergeReports, projectRoots } from './check-projects.js';
import { discoverFiles, type DiscoveredFile, type UnreadablePath } from './discover.js';
import { fixBytes, type FixMode } from './fix-files.js';
import { runTask, type FileTask } from './file-task.js';
import { linkReports } from './link-reports.js';
import type { StoredFinding } from './finding-codec.js';
import { ResultCache, contentHash, fileStamp } from './result-cache.js';
import { checkInPool } from './worker-pool.js';
import { GitIgnore } from './gitignore.js';
import { RuleSet } from './rule-set.js';
import { RunScope } from './run-scope.js';
import { matchSelector, type SelectionOverrides } from './selection.js';
import { SettingsResolver } from './settings-resolver.js';
import { RULES } from '../rules/index.js';

export interface RunOptions extends SelectionOverrides {
  readonly configFile?: string | undefined;
  readonly isolated?: boolean | undefined;
  readonly cwd?: string | undefined;
  /** Check only files whose real path lies inside these folders (the MCP server's `--root`). */
  readonly confineTo?: readonly string[] | undefined;
  /** Apply fixes (`--fix`, `--diff`); the findings reported are then those that remain. */
  readonly fix?: FixMode | undefined;
  /** Keep each finding's source lines for code frames (default true). */
  readonly frames?: boolean | undefined;
  /**
   * Folders whose other Python files are summarised for the link phase too, so findings on the
   * checked files see the whole project (the MCP server's root); only `paths` are reported.
   */
  readonly linkWithin?: readonly string[] | undefined;
}

export interface ParallelRunOptions extends RunOptions {
  /** Worker threads (default: one per core); runs with few files stay on the main thread. */
  readonly threads?: number | undefined;
  /** Read and write the result cache (default true). */
  readonly cache?: boolean | undefined;
  /**
   * Summarise the files and link them (default true): follow calls into other modules of the
   * project. Off, each file is checked alone, as for stdin.
   */
  readonly projectGraph?: boolean | undefined;
  /** Called after each file with the number done, the total and the findings so far. */
  readonly onProgress?: ((done: number, total: number, findings: number) => void) | undefined;
}

/** Below this many files to check, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;

/** Everything a run found, file by file in path order (project files such as pyproject.toml included). */
export interface RunReport {
  readonly files: readonly FileReport[];
  /** Python files checked. */
  readonly fileCount: number;
  /** What the run covered, for the steps after it (bulk suppressions, `--since`). */
  readonly scope?: RunScope;
}

export const isKnownSelector = (selector: string): boolean => matchSelector(selector, RULES) !== undefined;

/** Only the rule selection crosses into workers (options also hold callbacks). */
function selectionOf(options: SelectionOverrides): SelectionOverrides {
  return { select: options.select, extendSelect: options.extendSelect, ignore: options.ignore };
}

interface RunPlan {
  readonly files: readonly DiscoveredFile[];
  /** What discovery could not read, each as a report of its own (an error, nothing checked). */
  readonly unreadable: readonly FileReport[];
  /** One per file, then one per file only summarised for linking (`linkWithin`). */
  readonly tasks: readonly FileTask[];
  readonly settings: readonly Settings[];
  readonly ruleSet: RuleSet;
  /** The project pass, run after the files. */
  readonly checkProjects: () => FileReport[];
  /** What the run covered: the files `checked`, and the project roots (known once the project pass has run). */
  readonly scope: (checked: readonly string[]) => RunScope;
}

/** Discovers the files, resolves each one's settings, and prepares the project pass. */
function planRun(paths: readonly string[], options: RunOptions): RunPlan {
  const cwd = options.cwd ?? process.cwd();
  const projects = new ProjectIndex(new GitIgnore());
  const fallbackRoots = paths.map((given) => {
    const absolute = path.resolve(cwd, given);
    return isFolder(absolute) ? absolute : path.dirname(absolute);
  });
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector, projects, fallbackRoots });
  const ruleSet = new RuleSet(options);
  const { files, unreadable } = discoverFiles(paths, resolver, cwd, options.confineTo);
  const checked = new Set(files.map((file) => file.absolutePath));
  const linkedOnly = options.linkWithin && !options.fix
    ? discoverFiles(options.linkWithin, resolver, cwd, options.confineTo).files.filter((file) => !checked.has(file.absolutePath))
    : [];
  const settings: Settings[] = [];
  const settingsIndex = new Map<Settings, number>();
  const tasks = [...files, ...linkedOnly].map((file, index) => {
    const fileSettings = resolver.forPath(file.absolutePath);
    let position = settingsIndex.get(fileSettings);
    if (position === undefined) {
      position = settings.push(fileSettings) - 1;
      settingsIndex.set(fileSettings, position);
    }
    return { index, path: file.path, absolutePath: file.absolutePath, settingsIndex: position };
  });
  const named = paths.map((given) => {
    const absolute = path.resolve(cwd, given);
    return folderOf(absolute, isFolder(absolute));
  });
  let roots: string[] = [];
  const checkProjectsOnce = (): FileReport[] => {
    roots = projectRoots([...named, ...files.map((file) => path.dirname(file.absolutePath))], projects);
    return checkProjects(roots, { projects, resolver, ruleSet, cwd });
  };
  const given = paths.map((entry) => path.resolve(cwd, entry));
  const scope = (checked: readonly string[]): RunScope => new RunScope(checked, roots, given, resolver, ruleSet);
  return { files, unreadable: unreadable.map(unreadableReport), tasks, settings, ruleSet, checkProjects: checkProjectsOnce, scope };
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function unreadableReport(entry: UnreadablePath): FileReport {
  const what = entry.folder ? `folder ${entry.path}` : entry.path;
  return { path: entry.path, findings: [], errors: [`cannot read ${what}: ${entry.reason}`], unchecked: true };
}

/**
 * The run's report (`reports` in task order): the files' reports, what could not be read, the
 * project files'. Only files actually read count as checked, and only they are judged by the steps
 * after the run, so a suppression of an unreadable file is neither used nor unused.
 */
function runReport(plan: RunPlan, allReports: readonly FileReport[]): RunReport {
  // The files only summarised for linking (`linkWithin`) come after the checked ones, and are not reported.
  const tasks = plan.tasks.slice(0, plan.files.length);
  const reports = allReports.slice(0, plan.files.length);
  const checked = tasks.filter((task) => !reports[task.index]?.unchecked).map((task) => task.absolutePath);
  const files = mergeReports([...reports, ...plan.unreadable, ...plan.checkProjects()]);
  return { files, fileCount: checked.length, scope: plan.scope(checked) };
}

/**
 * Checks every Python file under `paths` on the calling thread, and once each the projects that
 * the paths and files belong to (the ENV rules). Throws ConfigError for bad config or a missing
 * path.
 */
export function runCheck(paths: readonly string[], options: RunOptions = {}): RunReport {
  const plan = planRun(paths, options);
  const frames = options.frames ?? true;
  const summarize = !options.fix;
  const reports = plan.tasks.map((task) => runTask(task, plan.settings[task.settingsIndex] as Settings, plan.ruleSet, frames, options.fix, summarize));
  return runReport(plan, summarize ? linkReports(reports, plan.tasks, plan.settings, plan.ruleSet, frames) : reports);
}

/**
 * Like runCheck, but files are checked (or fixed) by a pool of worker threads and unchanged files
 * come from the result cache. Reports keep the same, deterministic order.
 */
export async function runCheckParallel(paths: readonly string[], options: ParallelRunOptions = {}): Promise<RunReport> {
  const plan = planRun(paths, options);
  const reports = await checkPlanned(plan, options);
  const frames = options.frames ?? true;
  // Cached reports keep their summaries and undecided findings, so a changed helper changes its
  // callers' findings on the next run without their files being checked again.
  return runReport(plan, options.fix || options.projectGraph === false ? reports : linkReports(reports, plan.tasks, plan.settings, plan.ruleSet, frames));
}

/** A module of a project index: what the link phase knows of a file that is not being checked. */
export interface IndexedModule {
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly settings: Settings;
  readonly summary: ModuleSummary;
}

/**
 * The summaries of every Python file under `paths`, through the result cache (the editor's
 * project index, refreshed on save): what documents being edited are linked against.
 */
export async function indexModules(paths: readonly string[], options: ParallelRunOptions = {}): Promise<IndexedModule[]> {
  const plan = planRun(paths, { ...options, fix: undefined });
  const reports = await checkPlanned(plan, { ...options, fix: undefined });
  return plan.tasks.flatMap((task, index) => {
    const summary = reports[index]?.summary;
    return summary ? [{ absolutePath: task.absolutePath, displayPath: task.path, settings: plan.settings[task.settingsIndex] as Settings, summary }] : [];
  });
}

/** Checks (or fixes) the plan's files, with the pool and the cache: each file's report, summarised unless fixing. */
async function checkPlanned(plan: RunPlan, options: ParallelRunOptions): Promise<FileReport[]> {
  // Results depend on the enabled rules and on whether findings carry their source lines.
  // Fixed files are not summarised (the summaries would describe the code before the fixes), so
  // findings that depend on other modules are decided file by file then.
  const summarize = !options.fix && options.projectGraph !== false;
  const frames = options.frames ?? true;
  const fingerprint = (settings: Settings): string => `${plan.ruleSet.rulesFor(settings).map((rule) => rule.code).join(',')};frames=${frames};summaries=${summarize}`;
  // Fixing changes the files, so it neither reads nor fills the cache; each worker writes the files it fixed.
  const cache = options.cache === false || options.fix ? undefined : new ResultCache(fingerprint);
  const reports: (FileReport | undefined)[] = new Array(plan.tasks.length);
  const pending: FileTask[] = [];
  const keys = new Map<number, { hash: string; ignored: string; stamp: string | undefined }>();
  const startedAt = Date.now();
  let done = 0;
  let findings = 0;
  const progress = (report: FileReport): void => {
    done++;
    findings += report.findings.length;
    options.onProgress?.(done, plan.tasks.length, findings);
  };

  for (const task of plan.tasks) {
    const settings = plan.settings[task.settingsIndex] as Settings;
    let bytes: Buffer;
    if (!cache) {
      pending.push(task);
      continue;
    }
    const ignored = [...plan.ruleSet.ignoredCodes(settings, task.absolutePath)].sort().join(',');
    // The stamp is taken before the bytes are read, so a change in between shows in the next run's stamp.
    const stamp = fileStamp(task.absolutePath, startedAt);
    const unchanged = stamp === undefined ? undefined : cache.lookupByStamp(settings, task.absolutePath, task.path, stamp, ignored);
    if (unchanged) {
      reports[task.index] = unchanged;
      progress(unchanged);
      continue;
    }
    const read = readSourceFile(task.absolutePath, settings);
    if (read.kind !== 'read') {
      // Checked without its bytes, the task reports why it was not read.
      pending.push(task);
      continue;
    }
    bytes = read.bytes;
    const hash = contentHash(bytes);
    const cached = cache.lookup(settings, task.absolutePath, task.path, hash, ignored, stamp);
    if (cached) {
      reports[task.index] = cached;
      progress(cached);
      continue;
    }
    keys.set(task.index, { hash, ignored, stamp });
    pending.push({ ...task, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  }

  /** Takes a checked file's report, caching it as it arrives (with the stored form when a worker sent it). */
  const checked = (report: FileReport, task: FileTask, stored?: readonly StoredFinding[]): void => {
    reports[task.index] = report;
    progress(report);
    const key = keys.get(task.index);
    if (cache && key) cache.store(plan.settings[task.settingsIndex] as Settings, task.absolutePath, key.hash, key.ignored, report, key.stamp, stored);
  };
  const threads = Math.max(1, options.threads ?? availableParallelism());
  if (threads > 1 && pending.length >= MIN_FILES_FOR_WORKERS) {
    await checkInPool(pending, { threads, settings: plan.settings, overrides: selectionOf(options), frames, fix: options.fix, summarize, onResult: checked });
  } else {
    for (const task of pending) checked(runTask(task, plan.settings[task.settingsIndex] as Settings, plan.ruleSet, frames, options.fix, summarize), task);
  }
  cache?.save();
  return reports as FileReport[];
}

/**
 * Reads source bytes of at most `maxBytes` (more gives undefined): stdin read no further than the
 * settings allow, so that an endless input (a device, a pipe that never closes) cannot fill memory.
 */
export type BoundedInput = (maxBytes: number) => Uint8Array | undefined;

/** Checks source text read from stdin, configured as if it lived at `filename`. Project rules do not run. */
export function runCheckStdin(input: Uint8Array | BoundedInput, filename: string | undefined, options: RunOptions = {}): RunReport {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector });
  const ruleSet = new RuleSet(options);
  const absolute = path.resolve(cwd, filename ?? 'stdin.py');
  const settings = resolver.forPath(absolute);
  const rules = ruleSet.rulesFor(settings);
  const ignored = ruleSet.ignoredCodes(settings, absolute);
  const scope = new RunScope(filename ? [absolute] : [], [], filename ? [absolute] : [], resolver, ruleSet);
  const bytes = typeof input === 'function' ? input(settings.maxFileSize) : input;
  if (!bytes) return { files: [{ path: filename ?? '-', findings: [], errors: [tooLargeError(filename ?? 'stdin', settings)], unchecked: true }], fileCount: 0, scope };
  const report = options.fix
    ? fixBytes(filename ?? '-', bytes, settings, rules, ignored, options.fix, filename ? absolute : undefined)
    : checkBytes(filename ?? '-', bytes, { settings, rules, ignoredCodes: ignored, absolutePath: filename ? absolute : '-' });
  return { files: [report], fileCount: report.unchecked ? 0 : 1, scope };
}
