// Findings and configuration problems as LSP diagnostics.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { ConfigProblem, DocumentFinding } from '../api/index.js';

export const SOURCE = 'pystandards';

/** Code of the diagnostic a broken configuration file gets. */
export const CONFIG_DIAGNOSTIC_CODE = 'config';

/** What a diagnostic carries for code actions and hover, so they need no new check. */
export interface DiagnosticData {
  readonly section: string;
  readonly sectionTitle: string;
  readonly fixable: 'safe' | 'unsafe' | 'display-only' | null;
}

/** Syntax errors are errors; every finding of a standard is a warning, as Ruff's server reports them. */
function severityOf(code: string): DiagnosticSeverity {
  return code === 'SYN001' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
}

export function toDiagnostic(finding: DocumentFinding): Diagnostic {
  const data: DiagnosticData = { section: finding.section, sectionTitle: finding.sectionTitle, fixable: finding.fix?.applicability ?? null };
  return {
    range: finding.range,
    severity: severityOf(finding.code),
    code: finding.code,
    codeDescription: { href: finding.url },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/** The one diagnostic on a broken configuration file, at the line and key at fault. */
export function configDiagnostic(problem: ConfigProblem): Diagnostic {
  const line = Math.max(0, (problem.line ?? 1) - 1);
  const character = Math.max(0, (problem.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: problem.line === undefined ? 0 : character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_DIAGNOSTIC_CODE,
    source: SOURCE,
    message: `pystandards cannot use this configuration: ${problem.message}`,
  };
}

/** The problem in one line, naming the file, line and column, as the CLI prints it. */
export function describeProblem(problem: ConfigProblem): string {
  if (!problem.file) return problem.message;
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.message}`;
}
