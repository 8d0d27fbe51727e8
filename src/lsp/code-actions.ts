// Code actions: a quick fix per fixable finding, "Fix all" and "Sort imports" as source actions.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { DocumentFinding } from '../api/index.js';
import { SOURCE } from './diagnostics.js';

/** Our own kinds, so a client can ask for exactly these (`codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pystandards`;
export const ORGANIZE_IMPORTS_KIND = `${CodeActionKind.SourceOrganizeImports}.pystandards`;

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND, ORGANIZE_IMPORTS_KIND];

/** What a source action's `data` records until it is resolved (its edit is computed then). */
export interface SourceActionData {
  readonly uri: string;
  readonly version: number;
  readonly kind: typeof FIX_ALL_KIND | typeof ORGANIZE_IMPORTS_KIND;
}

/** What a "Disable CODE for this line" action's `data` records until it is resolved. */
export interface DisableActionData {
  readonly uri: string;
  readonly version: number;
  readonly kind: 'disable';
  readonly code: string;
  readonly noqaLine: number;
}

export type ActionData = SourceActionData | DisableActionData;

/** The document an edit applies to: versioned when the client checks versions. */
export interface EditTarget {
  readonly uri: string;
  readonly version: number;
  /** Whether the client takes `documentChanges` (then a stale edit is refused instead of misapplied). */
  readonly versioned: boolean;
}

/** A workspace edit of one document. */
export function workspaceEdit(target: EditTarget, edits: readonly TextEdit[]): WorkspaceEdit {
  if (target.versioned) return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: [...edits] }] };
  return { changes: { [target.uri]: [...edits] } };
}

/** True when a client that asked for `only` these kinds wants actions of `kind` (a kind covers its sub-kinds). */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** True when two ranges share a position (a cursor inside or at either end of a finding counts). */
export function rangesMeet(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The diagnostic the client sent for a finding, or one made like the published one. */
function diagnosticFor(finding: DocumentFinding, sent: readonly Diagnostic[], made: (finding: DocumentFinding) => Diagnostic): Diagnostic {
  return (
    sent.find((d) => d.source === SOURCE && d.code === finding.code && d.range.start.line === finding.range.start.line && d.range.start.character === finding.range.start.character) ??
    made(finding)
  );
}

/** A quick fix for each finding in range that has a fix: safe ones preferred, unsafe ones labelled. */
export function quickFixes(findings: readonly DocumentFinding[], target: EditTarget, sent: readonly Diagnostic[], made: (finding: DocumentFinding) => Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.applicability === 'display-only' || fix.edits.length === 0) continue;
    const unsafe = fix.applicability === 'unsafe';
    actions.push({
      title: `pystandards (${finding.code}): ${fix.title}${unsafe ? ' (unsafe fix: review the change)' : ''}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnosticFor(finding, sent, made)],
      isPreferred: !unsafe,
      edit: workspaceEdit(target, fix.edits),
    });
  }
  return actions;
}

/** "Disable CODE for this line" for each finding in range that a noqa comment can suppress (its edit still to come). */
export function disableActions(findings: readonly DocumentFinding[], target: EditTarget, sent: readonly Diagnostic[], made: (finding: DocumentFinding) => Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.noqaLine === undefined) continue;
    const key = `${finding.code}:${finding.noqaLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const data: DisableActionData = { uri: target.uri, version: target.version, kind: 'disable', code: finding.code, noqaLine: finding.noqaLine };
    actions.push({ title: `pystandards (${finding.code}): Disable ${finding.code} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnosticFor(finding, sent, made)], data });
  }
  return actions;
}

/** Titles of the source actions. */
export function sourceActionTitle(kind: SourceActionData['kind'], unsafe: boolean): string {
  if (kind === ORGANIZE_IMPORTS_KIND) return 'pystandards: Sort imports';
  return unsafe ? 'pystandards: Fix all safe and unsafe fixes' : 'pystandards: Fix all safe fixes';
}
