// Small readers over tree-sitter nodes that every layer above needs.
import { symbolMask, type SyntaxTree } from './flat-tree.js';
import { KEYWORD_NAMED_TYPES } from './node-types.js';
import type { SyntaxNode } from './parser.js';

/**
 * Named nodes of the given types under `root`, in document order, found in one C-side
 * traversal. Keyword tokens that share a type name with a node (`lambda`, `await`, `type`,
 * `yield`) are dropped.
 */
export function collectNodes(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  const nodes = root.descendantsOfType(types);
  if (!types.some((type) => KEYWORD_NAMED_TYPES.has(type))) return nodes;
  return nodes.filter((node) => !KEYWORD_NAMED_TYPES.has(node.type) || node.isNamed);
}

/** True when the tree holds at least one node of `type` (named or a keyword token), found in the type column. */
export function containsNodeOfType(tree: SyntaxTree, type: string): boolean {
  const mask = symbolMask(type);
  const { types } = tree;
  for (let id = 0; id < tree.count; id++) if (mask[types[id] as number] === 1) return true;
  return false;
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

/** What a decorator names: its expression, or the callee of `@d(...)`. */
export function decoratorCallee(decorator: SyntaxNode): SyntaxNode | null {
  const expression = decoratorExpression(decorator);
  return expression?.type === 'call' ? expression.childForFieldName('function') : expression;
}

/** The `name` field's text of a definition node, or '' when the tree is incomplete. */
export function definitionName(node: SyntaxNode): string {
  return node.childForFieldName('name')?.text ?? '';
}

/**
 * The name a `type X = …` / `type X[T] = …` statement declares, or undefined when the node is
 * not one: tree-sitter also reads `type(obj).attr = value` and `type[0] = value` (assignments to
 * an attribute or subscript of the builtin `type`) as `type_alias_statement`, with the target as
 * its "name". Python's grammar wants a plain name right after the soft keyword.
 */
export function typeAliasName(statement: SyntaxNode): SyntaxNode | undefined {
  if (statement.type !== 'type_alias_statement') return undefined;
  const declared = statement.childForFieldName('left')?.namedChild(0);
  if (declared?.type === 'identifier') return declared;
  const generic = declared?.type === 'generic_type' ? declared.namedChild(0) : undefined;
  return generic?.type === 'identifier' ? generic : undefined;
}

/** True for a real `type X = …` statement (see `typeAliasName`). */
export function isTypeAliasStatement(node: SyntaxNode | null | undefined): boolean {
  return node ? typeAliasName(node) !== undefined : false;
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

/** The statements of a block, without comments; the first `max` of them. */
export function statementsOf(block: SyntaxNode | null, max = Infinity): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  for (let child = block?.firstNamedChild ?? null; child && found.length < max; child = child.nextNamedSibling) {
    if (child.type !== 'comment') found.push(child);
  }
  return found;
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

/** Where a word occurs in the text, and the smallest node that covers it. */
export interface WordOccurrence {
  readonly word: string;
  readonly start: number;
  /** An `identifier` for a name in code; `string_content`, `comment`, … for the word elsewhere. */
  readonly node: SyntaxNode;
}

const IDENTIFIER_CHAR = /[\p{ID_Continue}$]/u;

/**
 * Every occurrence of `words` under `root`, in document order: identifiers spelled exactly so,
 * and whole-word mentions inside string contents and comments. It reads the flat tree's type
 * column, so finding the few uses of rare names (`Optional`, an import alias) costs no node
 * objects for the rest of the file.
 */
export function wordOccurrences(root: SyntaxNode, words: Iterable<string>): WordOccurrence[] {
  const wanted = [...new Set(words)].filter((word) => word !== '');
  const found: WordOccurrence[] = [];
  if (wanted.length === 0) return found;
  const tree = root.tree;
  const { text, types, starts, ends, afters } = tree;
  const identifiers = symbolMask('identifier');
  const prose = symbolMask(['string_content', 'comment']);
  // Most identifiers are rejected on their length alone.
  const lengths = new Set(wanted.map((word) => word.length));
  // Whole-word positions of each word in the text, for strings and comments: prose nodes come in
  // increasing order, so one cursor per word walks these lists once.
  const positions = wanted.map((word) => wholeWordPositions(text, word, starts[root.id] as number, ends[root.id] as number));
  const cursors = wanted.map(() => 0);
  const end = afters[root.id] as number;
  for (let id = root.id; id < end; id++) {
    const symbol = types[id] as number;
    if (identifiers[symbol] === 1) {
      const start = starts[id] as number;
      const length = (ends[id] as number) - start;
      if (!lengths.has(length)) continue;
      for (const word of wanted) {
        if (length === word.length && text.startsWith(word, start)) found.push({ word, start, node: tree.node(id) });
      }
    } else if (prose[symbol] === 1) {
      const start = starts[id] as number;
      const stop = ends[id] as number;
      wanted.forEach((word, w) => {
        const list = positions[w] as number[];
        let cursor = cursors[w] as number;
        while (cursor < list.length && (list[cursor] as number) < start) cursor++;
        for (; cursor < list.length && (list[cursor] as number) + word.length <= stop; cursor++) {
          found.push({ word, start: list[cursor] as number, node: tree.node(id) });
        }
        cursors[w] = cursor;
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Start offsets of `word` in text[from, to) where it stands as a whole word. */
function wholeWordPositions(text: string, word: string, from: number, to: number): number[] {
  const positions: number[] = [];
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + word.length)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) positions.push(at);
  }
  return positions;
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return IDENTIFIER_CHAR.test(text[index] as string);
}

/**
 * The text of a `comment` node without a trailing `\r`: the grammar's comment token runs to the
 * `\n`, so in files with `\r\n` line endings it would otherwise end with the `\r`.
 */
export function commentText(comment: SyntaxNode): string {
  const text = comment.text;
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
