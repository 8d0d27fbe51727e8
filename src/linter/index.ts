// Public surface of the linter layer.
export * from './rule.js';
export type { Diagnostic } from './diagnostic.js';
export { lintSource, toDiagnostic, syntaxDiagnostic, SYNTAX_ERROR_CODE, SYNTAX_ERROR_RULE, type LintResult } from './lint-source.js';
export { parseNoqa, isSuppressed, isSuppressedAt, isFileDirective, lineDirective, noqaRow, noqaComments, type LineDirective, type NoqaComment, type NoqaDirectives } from './noqa.js';
export { NoqaRows } from './noqa-rows.js';
export { planNoqaEdits, noqaEdit, applyNoqaEdits, type NoqaTarget, type NoqaEditPlan, type NoqaSkip } from './noqa-edit.js';
export { toFinding, ruleUrl, DOCS_BASE_URL, type Finding, type FindingEdit } from './finding.js';
export { lintProject, type ProjectDiagnostic, type ProjectLintResult } from './lint-project.js';
export { keptAlone, type FindingCondition, type ProjectFact } from './project-condition.js';
export type { FileObserver, NoqaView, ObserverContext } from './lint-source.js';
