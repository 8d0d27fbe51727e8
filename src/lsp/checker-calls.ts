// The calls the language server sends its checker workers, and their answers.
import type { DocumentFixResult, DocumentReport, EditorDocument, FolderOverrides, ProjectsReport, TextEdit } from '../api/index.js';

/** Folders and rule selection, replayed to every worker (a restarted one too) before its first check. */
export interface WorkspaceSetup {
  readonly folders: readonly string[];
  /** Per folder (absolute path), or `null` for the default that folders without their own follow. */
  readonly overrides: readonly (readonly [folder: string | null, overrides: FolderOverrides])[];
}

/** A unit of work for a checker worker, and the type of its answer. */
export type CheckerCall =
  | { readonly kind: 'setup'; readonly setup: WorkspaceSetup }
  | { readonly kind: 'reload' }
  /** Summarise the folders' saved files again (the project index documents are linked against). */
  | { readonly kind: 'refresh-index' }
  | { readonly kind: 'check'; readonly document: EditorDocument }
  | { readonly kind: 'fix-all'; readonly document: EditorDocument; readonly unsafe: boolean }
  | { readonly kind: 'organize-imports'; readonly document: EditorDocument }
  | { readonly kind: 'disable-on-line'; readonly document: EditorDocument; readonly targets: readonly { readonly code: string; readonly noqaLine: number }[] }
  | { readonly kind: 'check-projects'; readonly paths: readonly string[] };

export interface CheckerAnswers {
  readonly setup: null;
  readonly reload: null;
  readonly 'refresh-index': null;
  readonly check: DocumentReport;
  readonly 'fix-all': DocumentFixResult;
  readonly 'organize-imports': DocumentFixResult;
  readonly 'disable-on-line': (TextEdit | undefined)[];
  readonly 'check-projects': ProjectsReport;
}

export interface CheckerRequest {
  readonly id: number;
  readonly call: CheckerCall;
}

export type CheckerResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** What a worker posts once its modules are loaded. */
export const CHECKER_READY = 'ready';
