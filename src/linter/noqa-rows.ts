// Which row's `# noqa` comment covers a finding: the row it starts on, except where that row cannot
// end in a comment (inside a multi-line string, a line continued with `\`, a shebang), as Ruff maps it.
import { symbolMask, type LineIndex, type SyntaxNode, type SyntaxTree } from '../syntax/index.js';

const STRING_SYMBOLS = symbolMask('string');
const STRING_OR_COMMENT = new Set(['string', 'comment']);

/**
 * Offsets of the backslashes that continue a line. The grammar keeps a `line_continuation` node only
 * between some tokens (not between the parts of a concatenated string), so the text is searched for
 * a backslash before a line break, and one inside a comment or a string is left out (a string over
 * several lines has its own span).
 */
function continuations(tree: SyntaxTree): number[] {
  const text = tree.text;
  const found: number[] = [];
  for (const pattern of ['\\\n', '\\\r']) {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 2)) {
      let node: SyntaxNode | null = tree.rootNode.descendantForIndex(at, at + 1);
      while (node && !STRING_OR_COMMENT.has(node.type)) node = node.parent;
      if (!node) found.push(at);
    }
  }
  return found;
}

/**
 * Row spans of one file whose findings are covered by the noqa comment on the span's last row.
 * Ruff builds the same map from its tokens (`NoqaMapping`): a string over several lines maps
 * from the line it starts on to the line it ends on; a line ending in `\` maps to the line the
 * statement goes on to; a leading `#!` line maps to the next. Spans that touch or overlap merge,
 * so `x = """a\nb""" + \` followed by `c` maps all three lines to the third.
 */
export class NoqaRows {
  /** 1-based first and last rows of each span, sorted and disjoint: rows first..last map to last. */
  private constructor(
    private readonly firsts: readonly number[],
    private readonly lasts: readonly number[],
  ) {}

  /** No span: every finding's noqa row is its own row. */
  static readonly NONE = new NoqaRows([], []);

  /** The spans of a parsed file: one pass over the tree's type column (string contents skipped) and a search for `\\` line ends. */
  static of(tree: SyntaxTree, lines: LineIndex): NoqaRows {
    const spans: [number, number][] = [];
    // A leading `#!` line is the shebang; Ruff reads its findings' noqa on the next line.
    if (tree.text.startsWith('#!') && lines.lineCount > 1) spans.push([1, 2]);
    const { types, starts, ends, afters } = tree;
    for (let id = 1; id < tree.count; ) {
      if (STRING_SYMBOLS[types[id] as number] !== 1) {
        id++;
        continue;
      }
      const first = lines.lineOf(starts[id] as number) + 1;
      const last = lines.lineOf(ends[id] as number) + 1;
      if (last > first) spans.push([first, last]);
      // Strings nested in an f-string's replacement fields lie inside this span.
      id = afters[id] as number;
    }
    for (const offset of continuations(tree)) {
      const row = lines.lineOf(offset) + 1;
      spans.push([row, row + 1]);
    }
    if (spans.length === 0) return NoqaRows.NONE;
    spans.sort((a, b) => a[0] - b[0]);
    const firsts: number[] = [];
    const lasts: number[] = [];
    for (const [first, last] of spans) {
      const previous = lasts.length - 1;
      // A span that starts on or before the previous one's last row joins it.
      if (previous >= 0 && first <= (lasts[previous] as number)) lasts[previous] = Math.max(lasts[previous] as number, last);
      else {
        firsts.push(first);
        lasts.push(last);
      }
    }
    return new NoqaRows(firsts, lasts);
  }

  /** The 1-based row whose noqa comment covers a finding that starts on 1-based `row`. */
  rowFor(row: number): number {
    const firsts = this.firsts;
    let low = 0;
    let high = firsts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((firsts[mid] as number) > row) high = mid - 1;
      else if ((this.lasts[mid] as number) < row) low = mid + 1;
      else return this.lasts[mid] as number;
    }
    return row;
  }
}
