// The report's data as the page reads it: the summary the report step writes (types only, erased in the bundle).
export type { ReportSummary as ReportData, SectionSummary as SectionData } from '../report/summary.js';
