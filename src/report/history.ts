// `report --history DIR`: earlier reports' data read back for the trend, and this report's data written
// beside them (one JSON file per report, named by its time, written atomically).
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/index.js';
import { writeOrCreateFileAtomic } from '../engine/index.js';
import { REPORT_FORMAT, REPORT_FORMAT_VERSION, STANDARD_SECTIONS, type ReportSummary, type TrendPoint } from './summary.js';
import { compareOrdinal } from '../compare.js';
import { readRegularText } from '../regular-file.js';

const HISTORY_FILE = /^pystandards-report-.+\.json$/;

/** The trend points of the reports stored in `folder`, oldest first; a folder that does not exist has none. */
export function readHistory(folder: string): TrendPoint[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => HISTORY_FILE.test(name)).sort(compareOrdinal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigError(`cannot read the history folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, folder);
  }
  return names.map((name) => trendPointOf(path.join(folder, name))).sort((a, b) => compareOrdinal(a.generatedAt, b.generatedAt));
}

/** The point one stored report stands for; a file with our name that is not our data is an error naming it. */
function trendPointOf(file: string): TrendPoint {
  const read = readRegularText(file);
  if (read.text === undefined) throw new ConfigError(`cannot read report data: ${read.reason}`, file);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new ConfigError(`not report data: ${(error as Error).message}`, file);
  }
  const report = data as Partial<ReportSummary> | null;
  if (!report || report.format !== REPORT_FORMAT) throw new ConfigError(`not report data: no "format": "${REPORT_FORMAT}"`, file);
  if (report.version !== REPORT_FORMAT_VERSION) throw new ConfigError(`report data of format version ${String(report.version)}, this pystandards reads ${REPORT_FORMAT_VERSION}`, file);
  const totals = report.totals;
  const sections = report.sections;
  if (typeof report.generatedAt !== 'string' || !totals || !Array.isArray(sections)) throw new ConfigError('not report data: generatedAt, totals or sections missing', file);
  const shareClean = Object.fromEntries(STANDARD_SECTIONS.map((id) => [id, sections.find((section) => section.id === id)?.shareClean ?? 1]));
  return {
    generatedAt: report.generatedAt,
    commit: typeof report.commit === 'string' ? report.commit : undefined,
    findings: totals.findings,
    new: totals.new,
    suppressed: totals.suppressed,
    files: totals.files,
    lines: totals.lines,
    shareClean: shareClean as TrendPoint['shareClean'],
  };
}

/** Writes the report's data into `folder` (made when missing) and returns the file written. */
export function writeHistory(folder: string, summary: ReportSummary): string {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new ConfigError(`cannot make the history folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, folder);
  }
  const file = path.join(folder, `pystandards-report-${summary.generatedAt.replace(/[:.]/g, '-')}.json`);
  const problem = writeOrCreateFileAtomic(file, Buffer.from(`${JSON.stringify(summary, null, 2)}\n`, 'utf8'));
  if (problem) throw new ConfigError(`cannot write the report data: ${problem}`, file);
  return file;
}
