// Checks an editor's document: its text as it stands in the editor, placed where it will be saved.
import type { Settings } from '../config/index.js';
import { lintSource, noqaComments, type Finding, type NoqaComment, type Rule } from '../linter/index.js';
import { moduleSummarizer, type ModuleSummary } from '../project-graph/index.js';
import { parseSource, type SourceFile } from '../syntax/index.js';
import { keptDiagnostics, placeDiagnostic } from './check-file.js';

/** What checking one document produced, with the parse kept for positions. */
export interface DocumentCheck {
  readonly source: SourceFile;
  readonly findings: readonly Finding[];
  /** Rules that crashed on the document. */
  readonly errors: readonly string[];
  /** The noqa directives of its comments. */
  readonly noqaComments: readonly NoqaComment[];
  readonly summary?: ModuleSummary;
}

export interface DocumentCheckInput {
  readonly absolutePath: string;
  /** The document's text: already decoded, as editors hold it. */
  readonly text: string;
  readonly settings: Settings;
  readonly rules: readonly Rule[];
  /** Codes that `per-file-ignores` switches off for the document. */
  readonly ignoredCodes: ReadonlySet<string>;
  /** Summarise the document and leave cross-module findings undecided, for `linkDocument`. */
  readonly summarize?: boolean;
}

/** Parses the text once and lints it; findings carry no source lines (an editor shows the text itself). */
export function checkDocumentText(input: DocumentCheckInput): DocumentCheck {
  const { absolutePath, ignoredCodes } = input;
  const source = parseSource(absolutePath, input.text, { encoding: 'utf-8', bom: false }, absolutePath);
  let summary: ModuleSummary | undefined;
  const observer = input.summarize ? moduleSummarizer((made) => (summary = made)) : undefined;
  const result = lintSource(source, input.settings, input.rules, observer);
  const findings = keptDiagnostics(result.diagnostics, ignoredCodes, input.summarize ?? false)
    .map((d) => placeDiagnostic(d, absolutePath, absolutePath, source.lines, false));
  return { source, findings, errors: result.internalErrors, noqaComments: noqaComments(result.comments, source.lines), ...(summary && { summary }) };
}
