// Public surface of the suppression step: bulk suppressions files and `--since`, applied after every finding is known.
export { suppressRun, type SuppressionOptions, type SuppressionSummary, type SuppressedRunReport, type UnusedSuppression, type OverCountEntry } from './suppress-run.js';
export { SUPPRESSIONS_FILENAME, readSuppressionsFile, parseSuppressions, formatSuppressions, type SuppressionCounts } from './suppressions-file.js';
export { ChangedLines, parseUnifiedDiff, type ChangedRows } from './changed-lines.js';
export { applyEntry, recordEntry, pruneEntry, countByCode } from './bulk-suppressions.js';
export { suppressFileFindings, type FileSuppressionInput, type FileSuppressionResult } from './suppress-file.js';
