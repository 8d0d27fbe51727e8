// Writes one import statement as isort (profile black) does: one line, or wrapped in parentheses.
import type { FromEntry, MemberEntry, PlainEntry } from './normalize.js';
import { measuredComment } from './pragma.js';
import { fromModuleName, type Comments } from './types.js';

/** How the output is laid out: the file's line break, its indent unit, the line length. */
export interface Layout {
  readonly newline: string;
  /** One level of indentation in the file (for the names of a wrapped import). */
  readonly indent: string;
  readonly lineLength: number;
  /** Display width of the block's own indentation (nested blocks). */
  readonly indentWidth: number;
  readonly tabSize: number;
}

/** `import a` / `import a as b`, with its comments. */
export function formatPlainImport(entry: PlainEntry, isFirst: boolean, layout: Layout): string {
  const { comments, alias } = entry;
  let out = leadingComments(comments, isFirst, layout.newline);
  out += alias.asname === undefined ? `import ${alias.name}` : `import ${alias.name} as ${alias.asname}`;
  for (const comment of comments.inline) out += `  ${comment}`;
  return out + layout.newline;
}

/**
 * `from m import a, b`: on one line when it fits in the line length and no name carries a
 * comment; otherwise black's vertical hanging indent, one name per line with a trailing comma.
 * A magic trailing comma in the source keeps it wrapped. `*` is never wrapped.
 */
export function formatFromImport(
  entry: FromEntry,
  members: readonly MemberEntry[],
  isFirst: boolean,
  trailingComma: boolean,
  layout: Layout,
): string {
  const isStarOnly = members.length === 1 && members[0]?.alias.name === '*' && members[0]?.alias.asname === undefined;
  if (isStarOnly) return singleLine(entry, members, isFirst, layout).text;
  const commentFree = members.every(({ comments: c }) => c.atop.length === 0 && c.inline.length === 0 && c.trailing.length === 0);
  if (!trailingComma && (members.length === 1 || commentFree)) {
    const { text, width } = singleLine(entry, members, isFirst, layout);
    if (width <= layout.lineLength || members.some((member) => member.alias.name === '*')) return text;
  }
  return multiLine(entry, members, isFirst, layout);
}

function leadingComments(comments: Comments, isFirst: boolean, newline: string): string {
  let out = !isFirst && comments.atop.length > 0 ? newline : '';
  for (const comment of comments.atop) out += comment + newline;
  return out;
}

function memberText(member: MemberEntry): string {
  return member.alias.asname === undefined ? member.alias.name : `${member.alias.name} as ${member.alias.asname}`;
}

/** The statement on one line; its width leaves out trailing pragma comments (`# noqa`, `# type: ignore`). */
function singleLine(entry: FromEntry, members: readonly MemberEntry[], isFirst: boolean, layout: Layout): { text: string; width: number } {
  const code = `from ${fromModuleName(entry.module, entry.level)} import ${members.map(memberText).join(', ')}`;
  const comments = [
    ...entry.comments.inline,
    ...members.flatMap(({ comments: c }) => [...c.atop, ...c.inline, ...c.trailing]),
    ...entry.comments.trailing,
  ];
  const line = code + comments.map((comment) => `  ${comment}`).join('');
  const measured = code + comments.map(measuredComment).filter((comment) => comment !== '').map((comment) => `  ${comment}`).join('');
  const width = displayWidth(measured, layout.indentWidth, layout.tabSize);
  return { text: leadingComments(entry.comments, isFirst, layout.newline) + line + layout.newline, width };
}

function multiLine(entry: FromEntry, members: readonly MemberEntry[], isFirst: boolean, layout: Layout): string {
  const { newline, indent } = layout;
  let out = `${leadingComments(entry.comments, isFirst, newline)}from ${fromModuleName(entry.module, entry.level)} import (`;
  for (const comment of entry.comments.inline) out += `  ${comment}`;
  out += newline;
  for (const member of members) {
    for (const comment of member.comments.atop) out += indent + comment + newline;
    out += `${indent}${memberText(member)},`;
    for (const comment of member.comments.inline) out += `  ${comment}`;
    out += newline;
    for (const comment of member.comments.trailing) out += indent + comment + newline;
  }
  out += ')';
  for (const comment of entry.comments.trailing) out += `  ${comment}`;
  return out + newline;
}

/**
 * The display width of `text` written after `startWidth` columns: tabs advance to the next tab
 * stop, East Asian wide characters count two, combining marks none.
 */
export function displayWidth(text: string, startWidth: number, tabSize: number): number {
  let width = startWidth;
  let column = startWidth;
  for (const char of text) {
    if (char === '\t') {
      const step = tabSize - (column % tabSize);
      width += step;
      column += step;
    } else {
      width += charWidth(char);
      column += 1;
    }
  }
  return width;
}

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x300) return code < 0x20 || (code >= 0x7f && code < 0xa0) ? 0 : 1;
  if (/[\p{Mn}\p{Me}\u200B-\u200F]/u.test(char)) return 0;
  return isWide(code) ? 2 : 1;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
