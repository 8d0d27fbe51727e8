// Readers for `except` clauses: caught types, the `as` name, the body, and Ruff-style statement walks.
import type { FindingCondition } from '../../linter/index.js';
import { callTarget, type SemanticModel } from '../../semantic/index.js';
import { collectNodes, statementsOf, unparenthesize, type SyntaxNode } from '../../syntax/index.js';

/** The expression after `except` (`(A, B)` in `except (A, B) as e:`); undefined for a bare `except:`. */
export function caughtTypeExpression(handler: SyntaxNode): SyntaxNode | undefined {
  const values = handler.childrenForFieldName('value');
  const first = values[0];
  if (!first) return undefined;
  if (first.type !== 'as_pattern') return first;
  return first.namedChildren.find((child) => child.type !== 'comment' && child.type !== 'as_pattern_target');
}

/**
 * The caught exception expressions, with tuples flattened and parentheses removed:
 * `except (A, (B, C)):` → A, B, C. Python 2 / PEP 758 `except A, B:` counts as a tuple.
 */
export function caughtTypes(handler: SyntaxNode): SyntaxNode[] {
  const values = handler.childrenForFieldName('value');
  if (values.length > 1) return values.flatMap(flattenTuple);
  const type = caughtTypeExpression(handler);
  return type ? flattenTuple(type) : [];
}

function flattenTuple(expression: SyntaxNode): SyntaxNode[] {
  const node = unparenthesize(expression);
  if (node.type !== 'tuple') return [node];
  return node.namedChildren.filter((child) => child.type !== 'comment').flatMap(flattenTuple);
}

/** The identifier of `except … as name`, if any. */
export function exceptionName(handler: SyntaxNode): SyntaxNode | undefined {
  const pattern = handler.childrenForFieldName('value')[0];
  if (pattern?.type !== 'as_pattern') return undefined;
  const target = pattern.childForFieldName('alias');
  const name = target?.type === 'identifier' ? target : target?.namedChildren.find((child) => child.type === 'identifier');
  return name ?? undefined;
}

/** The handler's block. */
export function handlerBody(handler: SyntaxNode): SyntaxNode | undefined {
  return handler.namedChildren.find((child) => child.type === 'block');
}

/** The `except …:` header of a handler, for highlighting (the body is not part of it). */
export function handlerHeader(handler: SyntaxNode): { start: number; end: number } {
  const colon = handler.children.find((child) => child.type === ':');
  return { start: handler.startIndex, end: colon?.endIndex ?? handler.endIndex };
}

/** The expression a `raise` statement raises (undefined for a bare `raise`). */
export function raisedExpression(raise: SyntaxNode): SyntaxNode | undefined {
  const cause = raise.childForFieldName('cause');
  return raise.namedChildren.find((child) => child.type !== 'comment' && child.id !== cause?.id);
}

/** A bare `raise` (no exception, no cause). */
export function isBareRaise(statement: SyntaxNode): boolean {
  return statement.type === 'raise_statement' && raisedExpression(statement) === undefined && !statement.childForFieldName('cause');
}

const WALKED_STATEMENTS = new Set(['if_statement', 'for_statement', 'while_statement', 'with_statement', 'match_statement']);

/**
 * Visits the statements of `block` and of the compound statements in it, the way Ruff's statement
 * visitors do: into `if`/`elif`/`else`, `for`, `while`, `with` and `match`, never into `try`,
 * `def` or `class` (their bodies are other handlers' or other scopes' business). With
 * `loopElse: false` the `else` of `for`/`while` is skipped too (B904's walk). Stops, returning
 * true, as soon as `visit` returns true.
 */
export function someStatement(
  block: SyntaxNode | undefined,
  visit: (statement: SyntaxNode) => boolean,
  options: { readonly loopElse: boolean } = { loopElse: true },
): boolean {
  for (const statement of statementsOf(block ?? null)) {
    if (visit(statement)) return true;
    if (!WALKED_STATEMENTS.has(statement.type)) continue;
    for (const nested of nestedBlocks(statement, options.loopElse)) {
      if (someStatement(nested, visit, options)) return true;
    }
  }
  return false;
}

/** The blocks of a compound statement: bodies, `elif`/`else` bodies, `case` bodies. */
function nestedBlocks(statement: SyntaxNode, loopElse: boolean): SyntaxNode[] {
  const isLoop = statement.type === 'for_statement' || statement.type === 'while_statement';
  const blocks: SyntaxNode[] = [];
  for (const part of statement.namedChildren) {
    if (part.type === 'block' && statement.type === 'match_statement') {
      for (const clause of part.namedChildren) if (clause.type === 'case_clause') blocks.push(...childBlocks(clause));
    } else if (part.type === 'block') {
      blocks.push(part);
    } else if (part.type === 'elif_clause' || (part.type === 'else_clause' && (loopElse || !isLoop))) {
      blocks.push(...childBlocks(part));
    }
  }
  return blocks;
}

function childBlocks(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child) => child.type === 'block');
}

const SCOPE_BARRIERS = ['function_definition', 'class_definition', 'lambda'] as const;

/**
 * Nodes of `types` in the handler's body that run as part of this handler: not inside a nested
 * function, class or lambda, and (with `nestedHandlers: false`) not inside a nested `except`
 * clause, which is a handler of its own. Document order; found in one C-side query.
 */
export function handlerNodes(handler: SyntaxNode, types: readonly string[], options: { readonly nestedHandlers: boolean }): SyntaxNode[] {
  const body = handlerBody(handler);
  if (!body) return [];
  const barriers = new Set<string>(SCOPE_BARRIERS);
  if (!options.nestedHandlers) barriers.add('except_clause');
  const wanted = new Set(types);
  const found: SyntaxNode[] = [];
  let skipUntil = -1;
  for (const node of collectNodes(body, [...new Set([...types, ...barriers])])) {
    if (node.startIndex < skipUntil) continue;
    if (barriers.has(node.type)) skipUntil = node.endIndex;
    else if (wanted.has(node.type)) found.push(node);
  }
  return found;
}

/**
 * The condition for a handler that seems not to log: it goes if a helper of the project that the
 * handler hands the exception to (or, with no `as` name, any helper it calls) logs. Undefined when
 * the handler calls no such helper.
 */
export function loggedThroughHelpers(handler: SyntaxNode, semantic: SemanticModel): FindingCondition | undefined {
  const name = exceptionName(handler)?.text;
  const scope = semantic.enclosingFunction(handler) ?? semantic.module;
  const targets = new Set<string>();
  for (const call of handlerNodes(handler, ['call'], { nestedHandlers: false })) {
    const args = call.childForFieldName('arguments');
    if (name !== undefined && !args?.namedChildren.some((arg) => passesName(arg, name))) continue;
    const callee = call.childForFieldName('function');
    const target = callee && callTarget(callee, semantic, scope);
    if (target !== undefined && target !== null) targets.add(target);
  }
  if (targets.size === 0) return undefined;
  return { when: 'unless', fact: { fact: 'any', facts: [...targets].map((target) => ({ fact: 'logs', target })) } };
}

/** `e` or `name=e` among a call's arguments. */
function passesName(argument: SyntaxNode, name: string): boolean {
  const value = argument.type === 'keyword_argument' ? argument.childForFieldName('value') : argument;
  return value?.type === 'identifier' && value.text === name;
}
