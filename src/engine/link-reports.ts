// The run's link phase: hands the checked files' reports and summaries to the project graph and
// takes back each file's findings, decided across modules and with the through-helper findings.
import type { Settings } from '../config/index.js';
import { linkProject } from '../project-graph/index.js';
import type { FileReport } from './check-file.js';
import type { FileTask } from './file-task.js';
import type { RuleSet } from './rule-set.js';

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
    const { summary: _linked, ...rest } = report;
    return { ...rest, findings: linked[index] ?? report.findings };
  });
}
