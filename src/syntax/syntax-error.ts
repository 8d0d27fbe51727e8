// Finds the first syntax error of a tree: the first ERROR or MISSING node in document order.
import type { SyntaxNode, SyntaxTree } from './parser.js';

/** A syntax error's range (UTF-16 offsets) and a message in words. */
export interface SyntaxProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const PYTHON2_STATEMENTS: Readonly<Record<string, string>> = {
  print_statement: 'Python 2 `print` statement; use `print(...)`',
  exec_statement: 'Python 2 `exec` statement; use `exec(...)`',
};

/** The first ERROR or MISSING node of `tree`, descending only into subtrees that hold errors. */
export function firstSyntaxError(tree: SyntaxTree): SyntaxProblem | undefined {
  if (!tree.rootNode.hasError) return undefined;
  let node: SyntaxNode = tree.rootNode;
  for (;;) {
    if (node.isMissing) {
      return { start: node.startIndex, end: node.startIndex, message: `expected \`${node.type}\`` };
    }
    if (node.isError) return describeErrorNode(node);
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) return describeErrorNode(node);
    node = next;
  }
}

/** A syntax error for a Python 2 statement node the grammar accepts but Python 3 does not. */
export function python2StatementError(node: SyntaxNode): SyntaxProblem | undefined {
  const message = PYTHON2_STATEMENTS[node.type];
  return message ? { start: node.startIndex, end: node.endIndex, message } : undefined;
}

function describeErrorNode(node: SyntaxNode): SyntaxProblem {
  const token = firstLeaf(node);
  const text = token.text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const message = shown.trim() === '' ? 'unexpected token' : `unexpected \`${shown}\``;
  return { start: token.startIndex, end: Math.max(token.startIndex, Math.min(token.endIndex, node.endIndex)), message };
}

function firstLeaf(node: SyntaxNode): SyntaxNode {
  let leaf = node;
  while (leaf.childCount > 0) {
    const first = leaf.firstChild;
    if (!first) break;
    leaf = first;
  }
  return leaf;
}
