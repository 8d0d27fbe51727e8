// Public surface of the engine: runs over paths or stdin.
export { runCheck, runCheckParallel, runCheckStdin, indexModules, isKnownSelector, type BoundedInput, type IndexedModule, type ParallelRunOptions, type RunOptions, type RunReport } from './run.js';
export { linkDocument } from './link-reports.js';
export { RunScope } from './run-scope.js';
export { checkBytes, checkSource, placeDiagnostic, tooLargeError, type FileReport } from './check-file.js';
export { fixFile, fixBytes, type FixMode, type FixedFileReport } from './fix-files.js';
export { fixSource, type FixSourceInput, type FixSourceResult } from './fix-source.js';
export { writeFileAtomic, writeOrCreateFileAtomic } from './atomic-write.js';
export { discoverFiles, displayPath, type DiscoveredFile } from './discover.js';
export { SettingsResolver } from './settings-resolver.js';
export { RuleSet } from './rule-set.js';
export { selectRules, matchSelector, assertKnownSelectors, type SelectionOverrides } from './selection.js';
export { checkDocumentText, type DocumentCheck, type DocumentCheckInput } from './check-document.js';
export { isExcludedByConfig } from './excluded.js';
export { checkProjects, projectRoots } from './check-projects.js';
export { GitIgnore } from './gitignore.js';
export { addNoqaToFile, takesNoqa, type AddedNoqaReport } from './add-noqa-files.js';
