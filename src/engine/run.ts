// A run over many paths: discover files, resolve each project's settings, check every file,
// then check each project the files belong to once.
import { statSync } from 'node:fs';
import path from 'node:path';
import { ProjectIndex } from '../project/index.js';
import { checkBytes, checkFile, type FileReport } from './check-file.js';
import { checkProjects, folderOf, mergeReports, projectRoots } from './check-projects.js';
import { discoverFiles } from './discover.js';
import { GitIgnore } from './gitignore.js';
import { RuleSet } from './rule-set.js';
import { matchSelector, type SelectionOverrides } from './selection.js';
import { SettingsResolver } from './settings-resolver.js';
import { RULES } from '../rules/index.js';

export interface RunOptions extends SelectionOverrides {
  readonly configFile?: string | undefined;
  readonly isolated?: boolean | undefined;
  readonly cwd?: string | undefined;
}

/** Everything a run found, file by file in path order (project files such as pyproject.toml included). */
export interface RunReport {
  readonly files: readonly FileReport[];
  /** Python files checked. */
  readonly fileCount: number;
}

export const isKnownSelector = (selector: string): boolean => matchSelector(selector, RULES) !== undefined;

/**
 * Checks every Python file under `paths`, and once each the projects that the paths and files
 * belong to (the ENV rules). Throws ConfigError for bad config or a missing path.
 */
export function runCheck(paths: readonly string[], options: RunOptions = {}): RunReport {
  const cwd = options.cwd ?? process.cwd();
  const projects = new ProjectIndex(new GitIgnore());
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector, projects });
  const ruleSet = new RuleSet(options);
  const files = discoverFiles(paths, resolver, cwd);
  const reports: FileReport[] = [];
  for (const file of files) {
    const settings = resolver.forPath(file.absolutePath);
    const rules = ruleSet.rulesFor(settings);
    reports.push(checkFile(file.path, file.absolutePath, settings, rules, ruleSet.ignoredCodes(settings, file.absolutePath)));
  }
  const named = paths.map((given) => {
    const absolute = path.resolve(cwd, given);
    return folderOf(absolute, statSync(absolute).isDirectory());
  });
  const roots = projectRoots([...named, ...files.map((file) => path.dirname(file.absolutePath))], projects);
  const projectReports = checkProjects(roots, { projects, resolver, ruleSet, cwd });
  return { files: mergeReports([...reports, ...projectReports]), fileCount: files.length };
}

/** Checks source text read from stdin, configured as if it lived at `filename`. Project rules do not run. */
export function runCheckStdin(bytes: Uint8Array, filename: string | undefined, options: RunOptions = {}): RunReport {
  const cwd = options.cwd ?? process.cwd();
  const resolver = new SettingsResolver({ configFile: options.configFile, isolated: options.isolated, isKnownSelector });
  const ruleSet = new RuleSet(options);
  const absolute = path.resolve(cwd, filename ?? 'stdin.py');
  const settings = resolver.forPath(absolute);
  const report = checkBytes(filename ?? '-', bytes, settings, ruleSet.rulesFor(settings), ruleSet.ignoredCodes(settings, absolute), filename ? absolute : '-');
  return { files: [report], fileCount: 1 };
}
