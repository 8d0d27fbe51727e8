// Public surface of the report layer: the summary of a run per section of the standards, its history, the HTML page.
export { buildSummary, REPORT_FORMAT, REPORT_FORMAT_VERSION, STANDARD_SECTIONS, type ReportSummary, type ReportFile, type SectionSummary, type RuleSummary, type FileSummary, type FolderSummary, type TrendPoint, type SummaryInput } from './summary.js';
export { readHistory, writeHistory } from './history.js';
export { renderReportHtml } from './html.js';
