// Small readers over tree-sitter nodes that every layer above needs.
import { KEYWORD_NAMED_TYPES } from './node-types.js';
import type { SyntaxNode } from './parser.js';

/**
 * Named nodes of the given types under `root`, in document order, found in one C-side
 * traversal. Keyword tokens that share a type name with a node (`lambda`, `await`, `type`,
 * `yield`) are dropped.
 */
export function collectNodes(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  const nodes = root.descendantsOfType(types as string[]);
  if (!types.some((type) => KEYWORD_NAMED_TYPES.has(type))) return nodes;
  return nodes.filter((node) => !KEYWORD_NAMED_TYPES.has(node.type) || node.isNamed);
}

/** True for `async def` (the grammar marks it with an anonymous `async` token). */
export function isAsyncFunction(node: SyntaxNode): boolean {
  return node.type === 'function_definition' && node.firstChild?.type === 'async';
}

/** The decorators of a function or class definition, outermost first. */
export function decoratorsOf(definition: SyntaxNode): SyntaxNode[] {
  const parent = definition.parent;
  if (parent?.type !== 'decorated_definition') return [];
  return parent.namedChildren.filter((child) => child.type === 'decorator');
}

/** The expression of a decorator (`@a.b(...)` → the `call`). */
export function decoratorExpression(decorator: SyntaxNode): SyntaxNode | null {
  return decorator.namedChildren.find((child) => child.type !== 'comment') ?? null;
}

/** The `name` field's text of a definition node, or '' when the tree is incomplete. */
export function definitionName(node: SyntaxNode): string {
  return node.childForFieldName('name')?.text ?? '';
}

/** Strips `(...)` around an expression. */
export function unparenthesize(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = current.namedChildren.find((child) => child.type !== 'comment');
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The block body of a compound statement or definition. */
export function bodyOf(node: SyntaxNode): SyntaxNode | null {
  return node.childForFieldName('body') ?? node.namedChildren.find((child) => child.type === 'block') ?? null;
}

/** The statements of a block, without comments. */
export function statementsOf(block: SyntaxNode | null): SyntaxNode[] {
  if (!block) return [];
  return block.namedChildren.filter((child) => child.type !== 'comment');
}

/** The identifier nodes a target pattern binds (`a, (b, *c)` → a, b, c); attributes bind none. */
export function targetIdentifiers(target: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [target];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    switch (node.type) {
      case 'identifier':
        found.push(node);
        break;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list':
      case 'parenthesized_expression':
      case 'list_splat_pattern':
      case 'list_splat':
      case 'as_pattern_target':
        for (let i = node.namedChildCount - 1; i >= 0; i--) {
          const child = node.namedChild(i);
          if (child) stack.push(child);
        }
        break;
      default:
        break;
    }
  }
  return found;
}

/**
 * The text of a `comment` node without a trailing `\r`: the grammar's comment token runs to the
 * `\n`, so in files with `\r\n` line endings it would otherwise end with the `\r`.
 */
export function commentText(comment: SyntaxNode): string {
  const text = comment.text;
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
