// A run over many paths: discover files, resolve each project's settings, check every file.
import path from 'node:path';
import { checkBytes, checkFile, type FileReport } from './check-file.js';
import { discoverFiles } from './discover.js';
import { fixBytes, fixFile, type FixedFileReport, type FixMode } from './fix-files.js';
import { RuleSet } from './rule-set.js';
import { matchSelector, type SelectionOverrides } from './selection.js';
import { SettingsResolver } from './settings-resolver.js';
import { RULES } from '../rules/index.js';

export interface RunOptions extends SelectionOverrides {
  readonly configFile?: string | undefined;
  readonly isolated?: boolean | undefined;
  readonly cwd?: string | undefined;
  /** Apply fixes (`--fix`, `--diff`); the findings reported are then those that remain. */
  readonly fix?: FixMode | undefined;
}

/** Everything a run found, file by file in path order. */
export interface RunReport {
  readonly files: readonly (FileReport | FixedFileReport)[];
  readonly fileCount: number;
}

export const isKnownSelector = (selector: string): boolean => matchSelector(selector, RULES) !== undefined;

/** Checks every Python file under `paths`. Throws ConfigError for bad config or a missing path. */
export function runCheck(paths: readonly string[], options: RunOptions = {}): RunReport {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector });
  const ruleSet = new RuleSet(options);
  const files = discoverFiles(paths, resolver, cwd);
  const reports: FileReport[] = [];
  for (const file of files) {
    const settings = resolver.forPath(file.absolutePath);
    const rules = ruleSet.rulesFor(settings);
    const ignored = ruleSet.ignoredCodes(settings, file.absolutePath);
    reports.push(
      options.fix
        ? fixFile(file.path, file.absolutePath, settings, rules, ignored, options.fix)
        : checkFile(file.path, file.absolutePath, settings, rules, ignored),
    );
  }
  return { files: reports, fileCount: files.length };
}

/** Checks source text read from stdin, configured as if it lived at `filename`. */
export function runCheckStdin(bytes: Uint8Array, filename: string | undefined, options: RunOptions = {}): RunReport {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector });
  const ruleSet = new RuleSet(options);
  const absolute = path.resolve(cwd, filename ?? 'stdin.py');
  const settings = resolver.forPath(absolute);
  const rules = ruleSet.rulesFor(settings);
  const ignored = ruleSet.ignoredCodes(settings, absolute);
  const report = options.fix
    ? fixBytes(filename ?? '-', bytes, settings, rules, ignored, options.fix, filename ? absolute : undefined)
    : checkBytes(filename ?? '-', bytes, settings, rules, ignored, filename ? absolute : '-');
  return { files: [report], fileCount: 1 };
}
