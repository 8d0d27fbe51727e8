// Writing `# noqa: CODE` comments: the edit that makes the comment on a finding's noqa row list its
// code, merged into a noqa comment already there. Shared by `check --add-noqa` and the editor's
// "Disable CODE for this line".
import type { Edit } from '../fix/index.js';
import type { SourceFile, SyntaxNode } from '../syntax/index.js';
import { isFileDirective, lineDirective } from './noqa.js';

/** What to suppress: a finding's code, on the row the checker reads its noqa from (`Finding.noqaRow`). */
export interface NoqaTarget {
  readonly code: string;
  /** 1-based. */
  readonly noqaRow: number;
}

/** Why a row got no edit although a target asked for one. */
export type NoqaSkip =
  /** The row's comment is a file-level directive (`# pystandards: noqa: …`): a line directive after it would not be read. */
  | 'file-directive'
  /** The row lies outside the text. */
  | 'no-such-row';

export interface NoqaEditPlan {
  /** One edit per row that needs one, sorted by offset, never overlapping (UTF-16 offsets into the text). */
  readonly edits: readonly Edit[];
  /** Rows that needed an edit and could not get one, with the reason. */
  readonly skipped: readonly { readonly row: number; readonly codes: readonly string[]; readonly reason: NoqaSkip }[];
}

/**
 * Plans the edits that make the file's noqa comments cover every target. On each row: a blanket
 * `# noqa` already covers everything and gets no edit; a `# noqa: A, B` gets the missing codes
 * appended (`# noqa: A, B, C`), keeping what follows it in the comment (a reason); another comment
 * gets `  # noqa: C` after it; a row with no comment gets `  # noqa: C` after its last character
 * (trailing spaces replaced). Codes already listed are not repeated; new ones are added in sorted
 * order. Line endings and every other character are left as they are.
 */
export function planNoqaEdits(source: SourceFile, targets: readonly NoqaTarget[]): NoqaEditPlan {
  const codesByRow = new Map<number, Set<string>>();
  for (const target of targets) {
    const codes = codesByRow.get(target.noqaRow);
    if (codes) codes.add(target.code.toUpperCase());
    else codesByRow.set(target.noqaRow, new Set([target.code.toUpperCase()]));
  }
  const comments = commentsByRow(source, codesByRow);
  const edits: Edit[] = [];
  const skipped: { row: number; codes: readonly string[]; reason: NoqaSkip }[] = [];
  for (const [row, codes] of [...codesByRow].sort((a, b) => a[0] - b[0])) {
    const wanted = [...codes].sort();
    if (row < 1 || row > source.lines.lineCount) {
      skipped.push({ row, codes: wanted, reason: 'no-such-row' });
      continue;
    }
    const comment = comments.get(row);
    if (comment && isFileDirective(comment, source.lines)) {
      skipped.push({ row, codes: wanted, reason: 'file-directive' });
      continue;
    }
    const edit = comment ? commentEdit(source, row, comment, wanted) : lineEndEdit(source, row, wanted);
    if (edit) edits.push(edit);
  }
  return { edits, skipped };
}

/** The edit that adds `codes` to the noqa comment on `row` (see `planNoqaEdits`); undefined when nothing needs to change. */
export function noqaEdit(source: SourceFile, row: number, codes: readonly string[]): Edit | undefined {
  return planNoqaEdits(source, codes.map((code) => ({ code, noqaRow: row }))).edits[0];
}

/** Applies non-overlapping edits sorted by offset (as `planNoqaEdits` returns them) to `text`. */
export function applyNoqaEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.content;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** The comment on each wanted row (a row holds at most one: a comment runs to the end of its line). */
function commentsByRow(source: SourceFile, rows: ReadonlyMap<number, unknown>): Map<number, SyntaxNode> {
  const found = new Map<number, SyntaxNode>();
  for (const comment of source.tree.rootNode.descendantsOfType('comment')) {
    const row = source.lines.lineOf(comment.startIndex) + 1;
    if (rows.has(row)) found.set(row, comment);
  }
  return found;
}

function formatDirective(codes: readonly string[]): string {
  return `# noqa: ${codes.join(', ')}`;
}

/** The edit for a row that ends in `comment`: merge into its noqa directive, or append one after it. */
function commentEdit(source: SourceFile, row: number, comment: SyntaxNode, wanted: readonly string[]): Edit | undefined {
  // The grammar's comment token takes the `\r` of a `\r\n` line ending: the line ends where the line index says.
  const end = Math.min(comment.endIndex, source.lines.lineEnd(row - 1));
  const text = source.text.slice(comment.startIndex, end);
  const directive = lineDirective(text);
  if (!directive) return lineEndEdit(source, row, wanted);
  if (directive.codes === 'all') return undefined;
  const missing = wanted.filter((code) => !directive.codes.includes(code));
  if (missing.length === 0) return undefined;
  const listed = [...new Set(directive.codes)];
  return {
    start: comment.startIndex + directive.start,
    end: comment.startIndex + directive.end,
    content: formatDirective([...listed, ...missing]),
  };
}

/** The edit for a row without a comment: `  # noqa: …` after its last non-blank character. */
function lineEndEdit(source: SourceFile, row: number, wanted: readonly string[]): Edit {
  const start = source.lines.lineStart(row - 1);
  const end = source.lines.lineEnd(row - 1);
  const content = source.text.slice(start, end).trimEnd();
  const separator = content.length === 0 ? '' : '  ';
  return { start: start + content.length, end, content: `${separator}${formatDirective(wanted)}` };
}
