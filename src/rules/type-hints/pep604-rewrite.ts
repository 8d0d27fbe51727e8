// Edits that turn `Optional[X]` into `X | None` and `Union[A, B]` into `A | B`, touching only the
// brackets, the commas and the name, so comments and nested fixes stay untouched.
import { insertEdit, replaceEdit, type Edit } from '../../fix/index.js';
import type { SyntaxNode } from '../../syntax/index.js';

/** A subscript as the rewrite sees it, for both `subscript` and the annotation-only `generic_type`. */
export interface SubscriptShape {
  /** The whole `Optional[...]` expression. */
  readonly whole: SyntaxNode;
  readonly value: SyntaxNode;
  readonly open: SyntaxNode;
  readonly close: SyntaxNode;
  /** The slice's elements (for `generic_type`, the `type` nodes that wrap them). */
  readonly elements: readonly SyntaxNode[];
  /** The commas between (and after) the elements. */
  readonly commas: readonly SyntaxNode[];
  readonly hasComment: boolean;
}

/** The subscript whose value is `value` (`Optional` in `Optional[int]`), if it is one. */
export function subscriptShape(value: SyntaxNode): SubscriptShape | undefined {
  const parent = value.parent;
  if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === value.id) {
    return shapeOf(parent, value, parent);
  }
  if (parent?.type === 'generic_type' && parent.namedChild(0)?.id === value.id) {
    const parameters = parent.namedChild(1);
    return parameters?.type === 'type_parameter' ? shapeOf(parent, value, parameters) : undefined;
  }
  return undefined;
}

function shapeOf(whole: SyntaxNode, value: SyntaxNode, bracketed: SyntaxNode): SubscriptShape | undefined {
  let open: SyntaxNode | undefined;
  let close: SyntaxNode | undefined;
  const elements: SyntaxNode[] = [];
  const commas: SyntaxNode[] = [];
  let hasComment = false;
  for (let i = 0; i < bracketed.childCount; i++) {
    const child = bracketed.child(i);
    if (!child || child.id === value.id) continue;
    if (child.type === '[' && !open) open = child;
    else if (child.type === ']') close = child;
    else if (child.type === ',') commas.push(child);
    else if (child.type === 'comment') hasComment = true;
    else if (open && child.isNamed) elements.push(child);
  }
  if (!open || !close) return undefined;
  return { whole, value, open, close, elements, commas, hasComment };
}

/** The expression inside an element (`type` nodes wrap annotation elements). */
export function elementExpression(element: SyntaxNode): SyntaxNode {
  return element.type === 'type' ? (element.namedChild(0) ?? element) : element;
}

/** Elements that cannot stand in `A | B` (Ruff declines these too). */
const NOT_ALLOWED = new Set(['lambda', 'named_expression', 'yield', 'await', 'generator_expression', 'list_splat', 'dictionary_splat', 'splat_type']);
/** Elements that bind more loosely than `|` and need parentheses. */
const LOOSER_THAN_OR = new Set(['conditional_expression', 'boolean_operator', 'not_operator', 'comparison_operator']);

/** True when the element may be an operand of `|` (possibly parenthesized). */
export function isRewritableElement(element: SyntaxNode): boolean {
  const type = elementExpression(element).type;
  return !NOT_ALLOWED.has(type) && type !== 'string' && type !== 'concatenated_string';
}

/**
 * The edits rewriting `Optional[X]` (with `none`) or `Union[A, …]` into a `|` chain. Parentheses
 * replace the brackets when the expression spans lines or holds comments (so line breaks stay
 * legal) or when the context binds tighter than `|` (`Optional[int].__args__`).
 */
export function pep604Edits(shape: SubscriptShape, optional: boolean): Edit[] | undefined {
  const { whole, value, open, close, elements, commas } = shape;
  if (elements.length === 0 || (optional && elements.length !== 1)) return undefined;
  if (!elements.every(isRewritableElement)) return undefined;
  const multiline = whole.startPosition.row !== whole.endPosition.row;
  const wrap = multiline || shape.hasComment || needsOuterParens(whole);
  const edits: Edit[] = [replaceEdit(value.startIndex, open.endIndex, wrap ? '(' : '')];
  elements.forEach((element, i) => {
    const parens = LOOSER_THAN_OR.has(elementExpression(element).type);
    const isLast = i === elements.length - 1;
    if (parens) edits.push(insertEdit(element.startIndex, '('));
    const after = `${parens ? ')' : ''}${optional && isLast ? ' | None' : ''}`;
    if (after) edits.push(insertEdit(element.endIndex, after));
  });
  for (const comma of commas) {
    const isTrailing = comma.startIndex >= (elements[elements.length - 1] as SyntaxNode).endIndex;
    edits.push(replaceEdit(comma.startIndex, comma.endIndex, isTrailing ? '' : ' |'));
  }
  edits.push(replaceEdit(close.startIndex, close.endIndex, wrap ? ')' : ''));
  return edits;
}

function needsOuterParens(whole: SyntaxNode): boolean {
  let node = whole;
  let parent = whole.parent;
  // Annotations wrap expressions in `type` nodes: `Optional[int].x` is member_type(type(generic_type)).
  if (parent?.type === 'type') {
    node = parent;
    parent = parent.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case 'binary_operator':
      return parent.childForFieldName('operator')?.type !== '|';
    case 'subscript':
      return parent.childForFieldName('value')?.id === node.id;
    case 'attribute':
      return parent.childForFieldName('object')?.id === node.id;
    case 'call':
      return parent.childForFieldName('function')?.id === node.id;
    case 'member_type':
      return parent.namedChild(0)?.id === node.id;
    case 'unary_operator':
    case 'await':
      return true;
    default:
      return false;
  }
}
