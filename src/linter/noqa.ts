// `# noqa` comments: per line (`# noqa`, `# noqa: CODE, CODE`) and per file (`# pystandards: noqa`,
// and Ruff's `# ruff: noqa` and `# flake8: noqa`, read as Ruff reads them).
import type { LineIndex, SyntaxNode } from '../syntax/index.js';
import type { Diagnostic } from './diagnostic.js';
import { NoqaRows } from './noqa-rows.js';

/** Suppressions found in one file's comments. */
export interface NoqaDirectives {
  /** `all`, a set of codes, or undefined when the file has no file-level directive. */
  readonly file: 'all' | ReadonlySet<string> | undefined;
  /** 1-based row → `all` or the codes listed on that row. */
  readonly lines: ReadonlyMap<number, 'all' | ReadonlySet<string>>;
}

// Comment text is text, not structure: reading it is the one place a pattern over text is right.
const LINE_NOQA = /#\s*noqa(?::[\s]?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
/** `# <tool>: noqa` at a `#`; the tool's name is checked separately (Ruff matches `ruff` and `flake8` in lower case only). */
const FILE_NOQA_HEAD = /#\s*(?<tool>[A-Za-z0-9]+)\s*:\s*noqa/iy;
const FILE_NOQA_CODES = /\s*:\s*(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*)/y;
const FILE_NOQA_CODES_ANY_CASE = new RegExp(FILE_NOQA_CODES.source, 'iy');

/** What a file-level directive in one comment says: every rule, some codes, or nothing (no directive, or a malformed one). */
function fileDirective(text: string): 'all' | string[] | undefined {
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    FILE_NOQA_HEAD.lastIndex = hash;
    const head = FILE_NOQA_HEAD.exec(text);
    const tool = head?.groups?.tool ?? '';
    const ours = tool.toLowerCase() === 'pystandards';
    if (!head || !(ours || tool === 'ruff' || tool === 'flake8')) continue;
    const afterHead = FILE_NOQA_HEAD.lastIndex;
    // Without a colon the directive is blanket, whatever follows (`# ruff: noqa N802` silences every rule, as in Ruff).
    if (!/^\s*:/.test(text.slice(afterHead))) return 'all';
    const codes = ours ? FILE_NOQA_CODES_ANY_CASE : FILE_NOQA_CODES;
    codes.lastIndex = afterHead;
    // A colon with no valid code after it (`# ruff: noqa:`, `# ruff: noqa: n802`) is ignored, as Ruff ignores it.
    return splitCodes(codes.exec(text)?.groups?.codes);
  }
  return undefined;
}

/** True when only whitespace precedes the comment on its line: file-level directives must stand alone. */
function standsAlone(comment: SyntaxNode, lines: LineIndex): boolean {
  const start = comment.startIndex;
  return comment.tree.text.slice(lines.lineStart(lines.lineOf(start)), start).trim() === '';
}

/** Reads the noqa directives of a file from its comment nodes. */
export function parseNoqa(comments: readonly SyntaxNode[], lines: LineIndex): NoqaDirectives {
  let file: 'all' | Set<string> | undefined;
  const byLine = new Map<number, 'all' | Set<string>>();
  for (const comment of comments) {
    const text = comment.text;
    const fileLevel = fileDirective(text);
    if (fileLevel && standsAlone(comment, lines)) {
      file = fileLevel === 'all' || file === 'all' ? 'all' : new Set([...(file ?? []), ...fileLevel]);
      continue;
    }
    const directive = lineDirective(text);
    if (!directive) continue;
    const row = lines.lineOf(comment.startIndex) + 1;
    const codes = directive.codes === 'all' ? undefined : directive.codes;
    const existing = byLine.get(row);
    if (!codes || existing === 'all') byLine.set(row, 'all');
    else byLine.set(row, new Set([...(existing ?? []), ...codes]));
  }
  return { file, lines: byLine };
}

/** A line directive inside one comment's text: where it is (offsets into the text) and what it lists. */
export interface LineDirective {
  readonly start: number;
  readonly end: number;
  /** `all` for a blanket `# noqa`, else the codes listed (upper case). */
  readonly codes: 'all' | readonly string[];
}

/** The `# noqa` / `# noqa: CODE, CODE` directive in a comment's text, read as Ruff reads it; undefined when there is none. */
export function lineDirective(text: string): LineDirective | undefined {
  const match = LINE_NOQA.exec(text);
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, codes: splitCodes(match.groups?.codes) ?? 'all' };
}

/** True when `comment` holds a file-level directive (`# pystandards: noqa`, `# ruff: noqa`, …) that applies: alone on its line. */
export function isFileDirective(comment: SyntaxNode, lines: LineIndex): boolean {
  return fileDirective(comment.text) !== undefined && standsAlone(comment, lines);
}

function splitCodes(codes: string | undefined): string[] | undefined {
  if (!codes) return undefined;
  return codes.split(/[,\s]+/).filter(Boolean).map((code) => code.toUpperCase());
}

/**
 * The 1-based row whose `# noqa` comment can suppress a diagnostic: the row it starts on, or where
 * that row cannot hold a comment (a multi-line string, a `\` continuation) the row `rows` maps it to.
 */
export function noqaRow(diagnostic: Diagnostic, lines: LineIndex, rows: NoqaRows = NoqaRows.NONE): number {
  return diagnostic.noqaRow ?? rows.rowFor(lines.lineOf(diagnostic.start) + 1);
}

/**
 * True when the directives suppress a diagnostic whose noqa row is `row`. `aliases` lists the
 * codes that name the same rule (its own code and its "≈" codes such as N801 or ANN001).
 */
export function isSuppressedAt(row: number, directives: NoqaDirectives, aliases: readonly string[]): boolean {
  return matches(directives.file, aliases) || matches(directives.lines.get(row), aliases);
}

/** True when the directives suppress `diagnostic` (see `isSuppressedAt`). */
export function isSuppressed(
  diagnostic: Diagnostic,
  directives: NoqaDirectives,
  lines: LineIndex,
  aliases: readonly string[],
  rows: NoqaRows = NoqaRows.NONE,
): boolean {
  return isSuppressedAt(noqaRow(diagnostic, lines, rows), directives, aliases);
}

function matches(directive: 'all' | ReadonlySet<string> | undefined, aliases: readonly string[]): boolean {
  if (directive === undefined) return false;
  if (directive === 'all') return true;
  return aliases.some((code) => directive.has(code));
}

/** One comment that holds a noqa directive, as an editor shows it (hover on `# noqa: CODE`). */
export interface NoqaComment {
  /** UTF-16 offsets of the comment. */
  readonly start: number;
  readonly end: number;
  /** `line` for `# noqa…` (its own line), `file` for `# pystandards: noqa…` and Ruff's file-level forms. */
  readonly scope: 'line' | 'file';
  /** `all` for a blanket directive, else the codes it lists (upper case, as the checker reads them). */
  readonly codes: 'all' | readonly string[];
}

/** The noqa directives of a file's comments, comment by comment, read exactly as `parseNoqa` reads them. */
export function noqaComments(comments: readonly SyntaxNode[], lines: LineIndex): NoqaComment[] {
  const found: NoqaComment[] = [];
  for (const comment of comments) {
    const text = comment.text;
    const place = { start: comment.startIndex, end: comment.endIndex };
    const directive = fileDirective(text);
    if (directive && standsAlone(comment, lines)) {
      found.push({ ...place, scope: 'file', codes: directive });
      continue;
    }
    const lineMatch = LINE_NOQA.exec(text);
    if (lineMatch) found.push({ ...place, scope: 'line', codes: splitCodes(lineMatch.groups?.codes) ?? 'all' });
  }
  return found;
}
