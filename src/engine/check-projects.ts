// The project pass of a run: each project under the checked paths is checked once by the ENV rules.
import path from 'node:path';
import { lintProject, toFinding, type Finding } from '../linter/index.js';
import type { ProjectFile, ProjectIndex } from '../project/index.js';
import { LineIndex } from '../syntax/index.js';
import type { FileReport } from './check-file.js';
import { displayPath } from './discover.js';
import type { RuleSet } from './rule-set.js';
import type { SettingsResolver } from './settings-resolver.js';
import { compareOrdinal } from '../compare.js';

export interface ProjectPass {
  readonly projects: ProjectIndex;
  readonly resolver: SettingsResolver;
  readonly ruleSet: RuleSet;
  readonly cwd: string;
}

/**
 * The roots of the projects that `folders` (the named folders and the folders of the checked
 * files) belong to, each once, in order of first appearance.
 */
export function projectRoots(folders: Iterable<string>, projects: ProjectIndex): string[] {
  const roots = new Set<string>();
  const seen = new Set<string>();
  for (const folder of folders) {
    if (seen.has(folder)) continue;
    seen.add(folder);
    const root = projects.rootOf(folder);
    if (root) roots.add(root);
  }
  return [...roots];
}

/** Runs the enabled project rules on each project; findings are grouped by the file they are on. */
export function checkProjects(roots: readonly string[], pass: ProjectPass): FileReport[] {
  const byFile = new Map<string, { findings: Finding[]; errors: string[] }>();
  const entry = (display: string) => {
    let found = byFile.get(display);
    if (!found) {
      found = { findings: [], errors: [] };
      byFile.set(display, found);
    }
    return found;
  };
  for (const root of roots) {
    const settings = pass.resolver.forPath(root, true);
    const rules = pass.ruleSet.rulesFor(settings).filter((rule) => rule.checkProject);
    if (rules.length === 0) continue;
    const project = pass.projects.project(root);
    const result = lintProject(project, settings, rules);
    if (result.internalErrors.length > 0) entry(displayPath(project.manifest.path, pass.cwd)).errors.push(...result.internalErrors);
    const lines = new Map<ProjectFile, LineIndex>();
    for (const { file, diagnostic } of result.diagnostics) {
      if (pass.ruleSet.ignoredCodes(settings, file.path).has(diagnostic.code)) continue;
      let index = lines.get(file);
      if (!index) {
        index = new LineIndex(file.text);
        lines.set(file, index);
      }
      const display = displayPath(file.path, pass.cwd);
      entry(display).findings.push(toFinding(diagnostic, display, file.path, index, 'environment'));
    }
  }
  return [...byFile].map(([display, { findings, errors }]) => ({ path: display, findings: findings.sort(byPosition), errors }));
}

/** Merges reports on the same path (a setup.py is both checked and a manifest) and sorts them by path. */
export function mergeReports(reports: readonly FileReport[]): FileReport[] {
  const merged = new Map<string, FileReport>();
  for (const report of reports) {
    const existing = merged.get(report.path);
    merged.set(
      report.path,
      existing
        ? { ...existing, path: report.path, findings: [...existing.findings, ...report.findings].sort(byPosition), errors: [...existing.errors, ...report.errors] }
        : report,
    );
  }
  return [...merged.values()].sort((a, b) => compareOrdinal(a.path, b.path));
}

function byPosition(a: Finding, b: Finding): number {
  return a.location.row - b.location.row || a.location.column - b.location.column || compareOrdinal(a.code, b.code);
}

/** The folder a path names: itself for a folder, its parent for a file. */
export function folderOf(absolutePath: string, isDirectory: boolean): string {
  return isDirectory ? absolutePath : path.dirname(absolutePath);
}
