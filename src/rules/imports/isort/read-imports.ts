// Reads the import statements of a block from the tree and attaches each comment to its statement or name.
import type { LineIndex, SyntaxNode } from '../../../syntax/index.js';
import { emptyComments, type Alias, type BlockComment, type ImportStatement, type Member } from './types.js';

/** A cursor over the block's comments, consumed in document order as isort attaches them. */
class CommentQueue {
  private index = 0;
  constructor(private readonly comments: readonly BlockComment[]) {}

  /** Takes the comments that satisfy `accept`, stopping at the first that does not. */
  takeWhile(accept: (comment: BlockComment) => boolean): string[] {
    const taken: string[] = [];
    for (let next = this.comments[this.index]; next && accept(next); next = this.comments[++this.index]) taken.push(next.text);
    return taken;
  }
}

/**
 * Reads `nodes` (the block's statements) into import data. `comments` are the comments from
 * the first statement to the end of the last statement's line. A comment above a statement (or
 * above a name inside parentheses) belongs to it; a comment after it on its line stays with it.
 */
export function readImports(
  nodes: readonly SyntaxNode[],
  comments: readonly BlockComment[],
  text: string,
  lines: LineIndex,
  splitOnTrailingComma: boolean,
): ImportStatement[] {
  const queue = new CommentQueue(comments);
  const lineEnd = (offset: number): number => lines.lineEnd(lines.lineOf(offset));
  return nodes.map((node): ImportStatement => {
    const start = node.startIndex;
    const end = node.endIndex;
    if (node.type === 'import_statement') {
      const atop = queue.takeWhile((c) => c.start < start);
      const endOfLine = lineEnd(end);
      const inline = queue.takeWhile((c) => c.end <= endOfLine);
      const names = node.childrenForFieldName('name').map(readAlias);
      return { kind: 'import', names, comments: { atop, inline, trailing: [] }, start, end };
    }
    const { module, level } = readModule(node);
    const nameNodes = memberNodes(node);
    const atop = queue.takeWhile((c) => c.start < start);
    const first = nameNodes[0];
    let inline: string[] = [];
    if (nameNodes.length > 1 || (first && /[\r\n]/.test(text.slice(start, first.startIndex)))) {
      const endOfFirstLine = lineEnd(start);
      inline = queue.takeWhile((c) => c.end <= endOfFirstLine);
    }
    const members: Member[] = nameNodes.map((nameNode) => {
      const memberAtop = queue.takeWhile((c) => c.start < nameNode.startIndex);
      const endOfLine = lineEnd(nameNode.endIndex);
      const memberInline = queue.takeWhile((c) => c.end <= endOfLine);
      return { ...readAlias(nameNode), comments: { atop: memberAtop, inline: memberInline, trailing: [] } };
    });
    const lastMember = members[members.length - 1];
    if (lastMember) lastMember.comments.trailing.push(...queue.takeWhile((c) => c.start < end));
    const endOfLine = lineEnd(end);
    const trailing = queue.takeWhile((c) => c.start < endOfLine);
    return {
      kind: 'from',
      module,
      level,
      members,
      comments: { ...emptyComments(), atop, inline, trailing },
      trailingComma: splitOnTrailingComma && hasTrailingComma(node),
      start,
      end,
    };
  });
}

function readAlias(node: SyntaxNode): Alias {
  if (node.type === 'aliased_import') {
    return { name: node.childForFieldName('name')?.text ?? '', asname: node.childForFieldName('alias')?.text };
  }
  return { name: node.text, asname: undefined };
}

/** The imported names of a `from` statement (or its `*`), in source order. */
function memberNodes(node: SyntaxNode): SyntaxNode[] {
  const names = node.childrenForFieldName('name');
  if (names.length > 0) return names;
  const star = node.namedChildren.find((child) => child.type === 'wildcard_import');
  return star ? [star] : [];
}

function readModule(node: SyntaxNode): { module: string | undefined; level: number } {
  if (node.type === 'future_import_statement') return { module: '__future__', level: 0 };
  const name = node.childForFieldName('module_name');
  if (!name) return { module: undefined, level: 0 };
  if (name.type !== 'relative_import') return { module: name.text, level: 0 };
  let level = 0;
  let module: string | undefined;
  for (const child of name.namedChildren) {
    if (child.type === 'import_prefix') level = child.text.split('').filter((c) => c === '.').length;
    else if (child.type === 'dotted_name') module = child.text;
  }
  return { module, level };
}

/** True when the parenthesized name list ends with a comma (comments aside). */
function hasTrailingComma(node: SyntaxNode): boolean {
  let depth = 0;
  let last: string | undefined;
  for (const child of node.children) {
    if (child.type === '(') depth++;
    else if (child.type === ')') depth--;
    else if (depth === 1 && child.type !== 'comment') last = child.type;
  }
  return last === ',';
}
