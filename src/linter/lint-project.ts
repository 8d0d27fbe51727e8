// Runs the project rules over one project and collects their diagnostics, each in its file.
import type { Settings } from '../config/index.js';
import type { Project, ProjectFile } from '../project/index.js';
import type { Diagnostic } from './diagnostic.js';
import { toDiagnostic } from './lint-source.js';
import type { ProjectRuleContext, Rule } from './rule.js';

/** A diagnostic of a project rule and the file it is reported on. */
export interface ProjectDiagnostic {
  readonly file: ProjectFile;
  readonly diagnostic: Diagnostic;
}

export interface ProjectLintResult {
  readonly diagnostics: ProjectDiagnostic[];
  /** Rules that threw, as for files: reported, never silently dropped. */
  readonly internalErrors: string[];
}

/** Runs every rule of `rules` that checks projects; rules that check files are skipped. */
export function lintProject(project: Project, settings: Settings, rules: readonly Rule[]): ProjectLintResult {
  const diagnostics: ProjectDiagnostic[] = [];
  const internalErrors: string[] = [];
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    const context: ProjectRuleContext<string> = {
      project,
      settings,
      report: ({ file, span, messageId, data }) => {
        const range = span ?? { start: 0, end: 0 };
        diagnostics.push({ file, diagnostic: toDiagnostic(rule, { range, messageId, ...(data && { data }) }) });
      },
    };
    try {
      rule.checkProject(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      internalErrors.push(`rule ${rule.code} (${rule.name}) failed on the project in ${project.root}: ${reason}`);
    }
  }
  return { diagnostics, internalErrors };
}
