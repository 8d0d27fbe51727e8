// The run's link phase: hands the checked files' reports and summaries to the project graph and
// takes back each file's findings, decided across modules and with the through-helper findings.
import type { Settings } from '../config/index.js';
import type { Finding } from '../linter/index.js';
import { linkProject, type ModuleSummary } from '../project-graph/index.js';
import type { FileReport } from './check-file.js';
import type { FileTask } from './file-task.js';
import type { RuleSet } from './rule-set.js';
import type { IndexedModule } from './run.js';

export function linkReports(
  reports: readonly FileReport[],
  tasks: readonly FileTask[],
  settings: readonly Settings[],
  ruleSet: RuleSet,
  frames: boolean,
): FileReport[] {
  const settingsOf = (index: number): Settings => settings[(tasks[index] as FileTask).settingsIndex] as Settings;
  const enabled = new Map<Settings, ReadonlySet<string>>();
  const mayReport = (index: number, code: string): boolean => {
    const fileSettings = settingsOf(index);
    let codes = enabled.get(fileSettings);
    if (!codes) {
      codes = new Set(ruleSet.rulesFor(fileSettings).map((rule) => rule.code));
      enabled.set(fileSettings, codes);
    }
    return codes.has(code) && !ruleSet.ignoredCodes(fileSettings, (tasks[index] as FileTask).absolutePath).has(code);
  };
  const files = reports.map((report, index) => ({
    absolutePath: (tasks[index] as FileTask).absolutePath,
    displayPath: report.path,
    settings: settingsOf(index),
    summary: report.summary,
    findings: report.findings,
  }));
  const linked = linkProject(files, { reports: mayReport, frames });
  return reports.map((report, index) => {
    const findings = linked[index] ?? report.findings;
    if (findings === report.findings && !report.summary) return report;
    const { summary: _linked, ...rest } = report;
    return { ...rest, findings };
  });
}

/**
 * A document's findings linked against a project index (the other files' summaries): decided
 * across modules, with its through-helper findings. The document's own summary replaces the
 * index's entry for its path, so edits count before they are saved.
 */
export function linkDocument(
  document: { readonly absolutePath: string; readonly settings: Settings; readonly summary: ModuleSummary | undefined; readonly findings: readonly Finding[] },
  index: readonly IndexedModule[],
  ruleSet: RuleSet,
): Finding[] {
  const enabled = new Set(ruleSet.rulesFor(document.settings).map((rule) => rule.code));
  const ignored = ruleSet.ignoredCodes(document.settings, document.absolutePath);
  const others = index.filter((module) => module.absolutePath !== document.absolutePath).map((module) => ({ ...module, findings: [] }));
  const files = [{ ...document, displayPath: document.absolutePath }, ...others];
  const linked = linkProject(files, { reports: (file, code) => file === 0 && enabled.has(code) && !ignored.has(code), frames: false });
  return linked[0] ?? [];
}
