// The one entry point the front doors (CLI, MCP, the language server) use: check text, paths, editor documents.
import path from 'node:path';
import { resolveSettings, type Settings } from '../config/index.js';
import { RuleSet, runCheck, runCheckParallel, runCheckStdin, checkBytes, fixSource, type ParallelRunOptions, type RunOptions, type RunReport } from '../engine/index.js';
import { applicableLevels, unifiedDiff } from '../fix/index.js';
import type { Finding } from '../linter/index.js';

export { RULES, RULES_BY_CODE } from '../rules/index.js';
export { VERSION } from '../version.js';
export { ConfigError } from '../config/index.js';
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
export type { ParallelRunOptions, RunOptions, RunReport, FileReport, FixMode, FixedFileReport } from '../engine/index.js';

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

/** Checks every Python file under `paths`, with each project's configuration. */
export function checkPaths(paths: readonly string[], options: RunOptions = {}): RunReport {
  return runCheck(paths, options);
}

/** Checks (or with `fix`, fixes) every Python file under `paths` on worker threads; checks use the result cache. */
export function checkPathsParallel(paths: readonly string[], options: ParallelRunOptions = {}): Promise<RunReport> {
  return runCheckParallel(paths, options);
}

/** Checks source bytes from stdin as if they lived at `filename`. */
export function checkStdin(bytes: Uint8Array, filename: string | undefined, options: RunOptions = {}): RunReport {
  return runCheckStdin(bytes, filename, options);
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
