// The compliance report's data: findings of a run turned into a summary per section of the standards,
// per rule, per file and per folder. Pure data, written as JSON and drawn by the HTML page.
import path from 'node:path';
import { SECTIONS, type Finding, type SectionId } from '../linter/index.js';
import { RULES, RULES_BY_CODE } from '../rules/index.js';
import { compareOrdinal } from '../compare.js';

/** Marks the JSON as ours, so `--history` reads only report data. */
export const REPORT_FORMAT = 'pystandards-report';
export const REPORT_FORMAT_VERSION = 1;

/** The sections of the standards that compliance is measured against (syntax errors are counted apart). */
export const STANDARD_SECTIONS = ['environment', 'imports', 'type_hints', 'async', 'errors', 'naming'] as const satisfies readonly SectionId[];
export type StandardSection = (typeof STANDARD_SECTIONS)[number];

export interface SectionSummary {
  readonly id: StandardSection;
  readonly title: string;
  readonly codes: readonly string[];
  /** Findings of the section's rules: new (reported) plus suppressed (in the bulk suppressions file). */
  readonly findings: number;
  readonly new: number;
  readonly suppressed: number;
  /** Files (for Environment: projects) the section's rules judged, and how many have none of its findings. */
  readonly inScope: number;
  readonly clean: number;
  /** clean / inScope, 1 when nothing was in scope. */
  readonly shareClean: number;
  /** Findings per 1,000 lines of Python; null for Environment, whose findings are per project. */
  readonly per1000Lines: number | null;
}

export interface RuleSummary {
  readonly code: string;
  readonly name: string;
  readonly section: SectionId;
  readonly findings: number;
  readonly new: number;
  readonly suppressed: number;
  readonly fixableSafe: number;
  readonly fixableUnsafe: number;
  readonly files: number;
}

export interface FileSummary {
  readonly path: string;
  /** Lines of the file; 0 for project files (pyproject.toml, …). */
  readonly lines: number;
  readonly findings: number;
  readonly new: number;
  readonly suppressed: number;
  readonly fixable: number;
  /** Findings (new and suppressed) by section. */
  readonly bySection: Readonly<Partial<Record<SectionId, number>>>;
}

export interface FolderSummary {
  readonly path: string;
  readonly files: number;
  readonly lines: number;
  readonly findings: number;
  readonly per1000Lines: number;
}

/** One earlier (or this) report, as the trend shows it. */
export interface TrendPoint {
  readonly generatedAt: string;
  readonly commit: string | undefined;
  readonly findings: number;
  readonly new: number;
  readonly suppressed: number;
  readonly files: number;
  readonly lines: number;
  readonly shareClean: Readonly<Record<StandardSection, number>>;
}

export interface ReportSummary {
  readonly format: typeof REPORT_FORMAT;
  readonly version: typeof REPORT_FORMAT_VERSION;
  readonly generatedAt: string;
  readonly tool: { readonly name: 'pystandards'; readonly version: string };
  /** What was checked, as given (for the page title). */
  readonly target: string;
  readonly commit: string | undefined;
  readonly totals: {
    readonly files: number;
    readonly lines: number;
    readonly findings: number;
    readonly new: number;
    readonly suppressed: number;
    readonly fixableSafe: number;
    readonly fixableUnsafe: number;
    /** Python files with no finding of any section. */
    readonly filesClean: number;
    /** Files that do not parse (SYN001). */
    readonly unparsable: number;
  };
  readonly sections: readonly SectionSummary[];
  readonly rules: readonly RuleSummary[];
  readonly files: readonly FileSummary[];
  readonly folders: readonly FolderSummary[];
  /** Earlier reports from `--history`, oldest first, then this one. */
  readonly trend: readonly TrendPoint[];
}

/** One file of the run: its reported findings, what the suppressions file hid, and its size. */
export interface ReportFile {
  /** Display path (relative to the working folder when inside it). */
  readonly path: string;
  readonly python: boolean;
  readonly lines: number;
  readonly findings: readonly Finding[];
  /** The findings the bulk suppressions file hid (`--fix` still fixes them). */
  readonly suppressed: readonly Finding[];
}

export interface SummaryInput {
  readonly files: readonly ReportFile[];
  /** Projects the ENV rules checked, and how many of them have no ENV finding. */
  readonly projects: { readonly total: number; readonly clean: number };
  readonly target: string;
  readonly commit: string | undefined;
  readonly version: string;
  readonly generatedAt: Date;
  readonly history: readonly TrendPoint[];
}

const SECTION_OF_CODE = new Map<string, SectionId>(RULES.map((rule) => [rule.code, rule.section]));

function sectionOf(code: string): SectionId {
  return SECTION_OF_CODE.get(code) ?? 'syntax';
}

const perThousand = (count: number, lines: number): number => (lines === 0 ? 0 : Math.round((count / lines) * 1000 * 100) / 100);

/** The summary of one run. */
export function buildSummary(input: SummaryInput): ReportSummary {
  const rules = new Map<string, { findings: number; new: number; suppressed: number; safe: number; unsafe: number; files: Set<string> }>();
  const ruleEntry = (code: string) => {
    let entry = rules.get(code);
    if (!entry) {
      entry = { findings: 0, new: 0, suppressed: 0, safe: 0, unsafe: 0, files: new Set() };
      rules.set(code, entry);
    }
    return entry;
  };
  const files: FileSummary[] = [];
  const pythonSummaries: FileSummary[] = [];
  const sectionFiles = new Map<SectionId, number>();
  let lines = 0;
  let pythonFiles = 0;
  let filesClean = 0;
  let unparsable = 0;
  for (const file of input.files) {
    const bySection: Partial<Record<SectionId, number>> = {};
    let fixable = 0;
    // Reported and suppressed findings alike: both are still to fix, and `--fix` fixes both.
    const count = (finding: Finding, isSuppressed: boolean): void => {
      const entry = ruleEntry(finding.code);
      entry.findings++;
      if (isSuppressed) entry.suppressed++;
      else entry.new++;
      entry.files.add(file.path);
      if (finding.fix?.applicability === 'safe') entry.safe++;
      else if (finding.fix?.applicability === 'unsafe') entry.unsafe++;
      if (finding.fix && finding.fix.applicability !== 'display-only') fixable++;
      const section = sectionOf(finding.code);
      bySection[section] = (bySection[section] ?? 0) + 1;
    };
    for (const finding of file.findings) count(finding, false);
    for (const finding of file.suppressed) count(finding, true);
    const reported = file.findings.length;
    const suppressed = file.suppressed.length;
    for (const section of Object.keys(bySection) as SectionId[]) if (file.python) sectionFiles.set(section, (sectionFiles.get(section) ?? 0) + 1);
    if (file.python) {
      pythonFiles++;
      lines += file.lines;
      if (reported + suppressed === 0) filesClean++;
      if ((bySection.syntax ?? 0) > 0) unparsable++;
    }
    const summary = { path: file.path, lines: file.lines, findings: reported + suppressed, new: reported, suppressed, fixable, bySection };
    files.push(summary);
    if (file.python) pythonSummaries.push(summary);
  }

  const ruleSummaries: RuleSummary[] = [...rules]
    .map(([code, entry]) => ({
      code,
      name: RULES_BY_CODE.get(code)?.name ?? code,
      section: sectionOf(code),
      findings: entry.findings,
      new: entry.new,
      suppressed: entry.suppressed,
      fixableSafe: entry.safe,
      fixableUnsafe: entry.unsafe,
      files: entry.files.size,
    }))
    .sort((a, b) => b.findings - a.findings || compareOrdinal(a.code, b.code));

  const sections: SectionSummary[] = STANDARD_SECTIONS.map((id) => {
    const ofSection = ruleSummaries.filter((rule) => rule.section === id);
    const findings = ofSection.reduce((sum, rule) => sum + rule.findings, 0);
    const isEnvironment = id === 'environment';
    const inScope = isEnvironment ? input.projects.total : pythonFiles;
    const clean = isEnvironment ? input.projects.clean : pythonFiles - (sectionFiles.get(id) ?? 0);
    return {
      id,
      title: SECTIONS[id],
      codes: RULES.filter((rule) => rule.section === id).map((rule) => rule.code),
      findings,
      new: ofSection.reduce((sum, rule) => sum + rule.new, 0),
      suppressed: ofSection.reduce((sum, rule) => sum + rule.suppressed, 0),
      inScope,
      clean,
      shareClean: inScope === 0 ? 1 : clean / inScope,
      per1000Lines: isEnvironment ? null : perThousand(findings, lines),
    };
  });

  const totals = {
    files: pythonFiles,
    lines,
    findings: files.reduce((sum, file) => sum + file.findings, 0),
    new: files.reduce((sum, file) => sum + file.new, 0),
    suppressed: files.reduce((sum, file) => sum + file.suppressed, 0),
    fixableSafe: ruleSummaries.reduce((sum, rule) => sum + rule.fixableSafe, 0),
    fixableUnsafe: ruleSummaries.reduce((sum, rule) => sum + rule.fixableUnsafe, 0),
    filesClean,
    unparsable,
  };
  const generatedAt = input.generatedAt.toISOString();
  const point: TrendPoint = {
    generatedAt,
    commit: input.commit,
    findings: totals.findings,
    new: totals.new,
    suppressed: totals.suppressed,
    files: totals.files,
    lines: totals.lines,
    shareClean: Object.fromEntries(sections.map((section) => [section.id, section.shareClean])) as Record<StandardSection, number>,
  };
  return {
    format: REPORT_FORMAT,
    version: REPORT_FORMAT_VERSION,
    generatedAt,
    tool: { name: 'pystandards', version: input.version },
    target: input.target,
    commit: input.commit,
    totals,
    sections,
    rules: ruleSummaries,
    files: [...files].sort((a, b) => b.findings - a.findings || compareOrdinal(a.path, b.path)),
    folders: folderSummaries(pythonSummaries),
    trend: [...input.history, point].sort((a, b) => compareOrdinal(a.generatedAt, b.generatedAt)),
  };
}

/** Every folder holding checked files, its subfolders' files included, worst first. */
function folderSummaries(files: readonly FileSummary[]): FolderSummary[] {
  const folders = new Map<string, { files: number; lines: number; findings: number }>();
  for (const file of files) {
    const parts = file.path.split(/[\\/]/).slice(0, -1);
    for (let depth = 0; depth <= parts.length; depth++) {
      const folder = depth === 0 ? '.' : parts.slice(0, depth).join('/');
      if (folder === '..' || folder.startsWith('../')) continue;
      const entry = folders.get(folder) ?? { files: 0, lines: 0, findings: 0 };
      entry.files++;
      entry.lines += file.lines;
      entry.findings += file.findings;
      folders.set(folder, entry);
    }
  }
  return [...folders]
    .map(([folder, entry]) => ({ path: folder, ...entry, per1000Lines: perThousand(entry.findings, entry.lines) }))
    .sort((a, b) => b.findings - a.findings || compareOrdinal(a.path, b.path));
}

/** A path for display with `/` separators. */
export function posixPath(file: string): string {
  return file.split(path.sep).join('/');
}
