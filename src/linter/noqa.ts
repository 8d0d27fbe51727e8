// `# noqa` comments: per line (`# noqa`, `# noqa: CODE, CODE`) and per file (`# pystandards: noqa`).
import type { LineIndex, SyntaxNode } from '../syntax/index.js';
import type { Diagnostic } from './diagnostic.js';

/** Suppressions found in one file's comments. */
export interface NoqaDirectives {
  /** `all`, a set of codes, or undefined when the file has no file-level directive. */
  readonly file: 'all' | ReadonlySet<string> | undefined;
  /** 1-based row → `all` or the codes listed on that row. */
  readonly lines: ReadonlyMap<number, 'all' | ReadonlySet<string>>;
}

// Comment text is text, not structure: reading it is the one place a pattern over text is right.
const LINE_NOQA = /#\s*noqa(?::[\s]?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
const FILE_NOQA = /^#\s*pystandards\s*:\s*noqa(?::\s?(?<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?\s*$/i;

/** Reads the noqa directives of a file from its comment nodes. */
export function parseNoqa(comments: readonly SyntaxNode[], lines: LineIndex): NoqaDirectives {
  let file: 'all' | Set<string> | undefined;
  const byLine = new Map<number, 'all' | Set<string>>();
  for (const comment of comments) {
    const text = comment.text;
    const fileMatch = FILE_NOQA.exec(text.trim());
    if (fileMatch) {
      const codes = splitCodes(fileMatch.groups?.codes);
      if (!codes || file === 'all') file = 'all';
      else file = new Set([...(file ?? []), ...codes]);
      continue;
    }
    const lineMatch = LINE_NOQA.exec(text);
    if (!lineMatch) continue;
    const row = lines.lineOf(comment.startIndex) + 1;
    const codes = splitCodes(lineMatch.groups?.codes);
    const existing = byLine.get(row);
    if (!codes || existing === 'all') byLine.set(row, 'all');
    else byLine.set(row, new Set([...(existing ?? []), ...codes]));
  }
  return { file, lines: byLine };
}

function splitCodes(codes: string | undefined): string[] | undefined {
  if (!codes) return undefined;
  return codes.split(/[,\s]+/).filter(Boolean).map((code) => code.toUpperCase());
}

/** The 1-based row whose `# noqa` comment can suppress a diagnostic: the row it starts on. */
export function noqaRow(diagnostic: Diagnostic, lines: LineIndex): number {
  return lines.lineOf(diagnostic.start) + 1;
}

/**
 * True when the directives suppress `diagnostic`. `aliases` lists the codes that name the same
 * rule (its own code and its "≈" codes such as N801 or ANN001).
 */
export function isSuppressed(
  diagnostic: Diagnostic,
  directives: NoqaDirectives,
  lines: LineIndex,
  aliases: readonly string[],
): boolean {
  if (matches(directives.file, aliases)) return true;
  return matches(directives.lines.get(noqaRow(diagnostic, lines)), aliases);
}

function matches(directive: 'all' | ReadonlySet<string> | undefined, aliases: readonly string[]): boolean {
  if (directive === undefined) return false;
  if (directive === 'all') return true;
  return aliases.some((code) => directive.has(code));
}
