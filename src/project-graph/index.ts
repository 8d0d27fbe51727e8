// Public surface of the project graph: module summaries, and the link phase that joins them.
export type { ModuleSummary, FunctionFact, ClassFact, CallSite } from './summary.js';
export { moduleSummarizer, THROUGH_HELPER_CODES } from './summarize.js';
export { cachedSummary, summaryText } from './cached-summary.js';
export { linkProject, type LinkFile, type LinkOutcome } from './link.js';
