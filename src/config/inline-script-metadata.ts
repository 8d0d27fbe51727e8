// PEP 723 inline script metadata: the `# /// script` comment block of a Python file, read from its comment nodes.
import { ConfigError } from './errors.js';
import { parseLocatedToml, type LocatedToml } from './toml.js';

/** UTF-16 offsets into the file's text. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** What this reader needs of a comment node of the syntax tree (this layer does not import the tree). */
export interface CommentNode {
  readonly startPosition: { readonly row: number; readonly column: number };
  readonly startIndex: number;
  readonly text: string;
}

/** What a file's `# /// script` block says about its Python. */
export interface ScriptMetadata {
  /** The block, from `# /// script` to its closing `# ///`. */
  readonly block: Span;
  /** `requires-python` when the block has it: its value as TOML read it, and the `key = value` pair. */
  readonly requiresPython?: { readonly value: unknown; readonly span: Span };
  /** Why the block cannot be read (TOML that does not parse, a second `script` block), and where. */
  readonly problem?: { readonly span: Span; readonly reason: string };
}

const OPENING = '# /// script';
const CLOSING = '# ///';

/** One line of a comment block: its text without the line break, and where it starts in the file. */
interface CommentLine {
  readonly row: number;
  readonly start: number;
  readonly text: string;
}

/**
 * Reads the `script` block among `comments` (a file's comment nodes in document order). As PEP 723
 * says, a block is a run of comments on consecutive lines, each at the start of its line: `# /// script`,
 * then lines that are `#` or start with `# `, up to the last `# ///` of that run. Comments are tree
 * nodes, so a `# /// script` inside a string is no block. Undefined when the file has none.
 */
export function readScriptMetadata(comments: readonly CommentNode[]): ScriptMetadata | undefined {
  const lines = comments.filter((comment) => comment.startPosition.column === 0).map(lineOf);
  let found: ScriptMetadata | undefined;
  for (let index = 0; index < lines.length; index++) {
    if ((lines[index] as CommentLine).text !== OPENING) continue;
    const closing = closingLine(lines, index);
    if (closing === undefined) continue;
    const block = { start: (lines[index] as CommentLine).start, end: endOf(lines[closing] as CommentLine) };
    if (found) return { ...found, problem: { span: block, reason: 'a second `# /// script` block (PEP 723 allows one per file)' } };
    found = { block, ...readBlock(lines.slice(index + 1, closing)) };
    index = closing;
  }
  return found;
}

function lineOf(comment: CommentNode): CommentLine {
  const text = comment.text;
  return { row: comment.startPosition.row, start: comment.startIndex, text: text.endsWith('\r') ? text.slice(0, -1) : text };
}

function endOf(line: CommentLine): number {
  return line.start + line.text.length;
}

/** The index of the block's closing line: the last `# ///` before the run of content lines ends. */
function closingLine(lines: readonly CommentLine[], opening: number): number | undefined {
  let closing: number | undefined;
  for (let index = opening + 1; index < lines.length; index++) {
    const line = lines[index] as CommentLine;
    if (line.row !== (lines[index - 1] as CommentLine).row + 1 || !isContentLine(line.text)) break;
    if (line.text === CLOSING) closing = index;
  }
  return closing;
}

function isContentLine(text: string): boolean {
  return text === '#' || text.startsWith('# ');
}

/** The block's TOML: each content line without its `#` or `# `; positions map back to the file. */
function readBlock(content: readonly CommentLine[]): Omit<ScriptMetadata, 'block'> {
  const prefixes = content.map((line) => (line.text === '#' ? 1 : 2));
  const lineStarts: number[] = [];
  let toml = '';
  content.forEach((line, index) => {
    lineStarts.push(toml.length);
    toml += `${line.text.slice(prefixes[index])}\n`;
  });
  const toFile = (offset: number): number => {
    let index = lineStarts.length - 1;
    while (index > 0 && (lineStarts[index] as number) > offset) index--;
    const line = content[index];
    return line ? line.start + (prefixes[index] as number) + offset - (lineStarts[index] as number) : 0;
  };
  let parsed: LocatedToml;
  try {
    parsed = parseLocatedToml(toml, '# /// script');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const line = content[(error.line ?? 1) - 1] ?? content[0];
    const span = line ? { start: line.start, end: endOf(line) } : { start: 0, end: 0 };
    return { problem: { span, reason: error.message } };
  }
  const span = parsed.span(['requires-python']);
  if (!span || !('requires-python' in parsed.value)) return {};
  return { requiresPython: { value: parsed.value['requires-python'], span: { start: toFile(span.start), end: toFile(span.end) } } };
}
