// Import blocks: runs of consecutive import statements in one suite, as isort and Ruff see them.
import type { LineIndex, SyntaxNode } from '../../../syntax/index.js';
import { isExcluded, type IsortDirectives } from './directives.js';
import { trimPython } from './text.js';

/** What must follow a top-level block: isort's blank lines before the next statement. */
export type Trailer = 'sibling' | 'definition';

/** A run of import statements sorted as one unit. */
export interface ImportBlock {
  readonly imports: readonly SyntaxNode[];
  /** Inside a function, class, `if`, `try`, `with`, … body (no blank lines are enforced after it). */
  readonly nested: boolean;
  /** Undefined for nested blocks and for a block that ends the file. */
  readonly trailer: Trailer | undefined;
}

const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition']);

/**
 * Groups `imports` (every import statement of the file, in document order) into blocks. Two
 * imports share a block when they are neighbours in the same suite, with no `# isort: split`
 * between them; any other statement, and an import excluded by `# isort: skip` / `off`, ends
 * a block. Nested suites (function and class bodies, `if TYPE_CHECKING:`, `try`, …) hold their
 * own blocks. `.pyi` stubs always get a one-line trailer.
 */
export function findBlocks(
  imports: readonly SyntaxNode[],
  directives: IsortDirectives,
  lines: LineIndex,
  text: string,
  isStub: boolean,
): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  let current: SyntaxNode[] = [];
  let currentParent: SyntaxNode | null = null;

  const close = (): void => {
    const last = current[current.length - 1];
    if (!last || !currentParent) return;
    const nested = currentParent.type !== 'module';
    const next = nested ? null : nextStatement(last);
    blocks.push({ imports: current, nested, trailer: nested || !next ? undefined : trailerBefore(next, lines, text, isStub) });
    current = [];
  };

  for (const node of imports) {
    const parent = node.parent;
    if (!parent || (parent.type !== 'module' && parent.type !== 'block')) continue;
    const start = node.startIndex;
    if (isExcluded(start, directives)) continue;
    const last = current[current.length - 1];
    const continues =
      last !== undefined &&
      currentParent !== null &&
      parent.id === currentParent.id &&
      nextStatement(last)?.id === node.id &&
      !directives.splits.some((split) => split > last.startIndex && split <= start);
    if (!continues) {
      close();
      currentParent = parent;
    }
    current.push(node);
  }
  close();
  return blocks;
}

/** The statement after `node` in its suite, skipping comments. */
export function nextStatement(node: SyntaxNode): SyntaxNode | null {
  let next = node.nextNamedSibling;
  while (next && (next.type === 'comment' || next.type === 'line_continuation')) next = next.nextNamedSibling;
  return next;
}

function trailerBefore(next: SyntaxNode, lines: LineIndex, text: string, isStub: boolean): Trailer {
  if (isStub || !DEFINITIONS.has(next.type)) return 'sibling';
  return hasCommentBreak(next.startIndex, lines, text) ? 'sibling' : 'definition';
}

/**
 * True when a comment that is followed by a blank line sits between the block and the
 * definition at `offset`: that comment, not the definition, is then what follows the imports.
 */
function hasCommentBreak(offset: number, lines: LineIndex, text: string): boolean {
  const row = lines.lineOf(offset);
  const candidates: string[] = [];
  const prefix = text.slice(lines.lineStart(row), offset);
  if (prefix !== '') candidates.push(prefix);
  let seenBlank = false;
  const check = (raw: string): boolean | undefined => {
    const line = trimPython(raw);
    if (seenBlank) {
      if (line.startsWith('#')) return true;
      if (line !== '') return false;
    } else if (line === '') seenBlank = true;
    else if (!line.startsWith('#') && !line.startsWith('@')) return false;
    return undefined;
  };
  for (const line of candidates) {
    const verdict = check(line);
    if (verdict !== undefined) return verdict;
  }
  for (let r = row - 1; r >= 0; r--) {
    const verdict = check(lines.lineText(r));
    if (verdict !== undefined) return verdict;
  }
  return false;
}
