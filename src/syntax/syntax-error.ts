// Where a tree is broken: the first syntax error, and the damaged ranges no rule may report in.
import { symbolMask, type SyntaxNode, type SyntaxTree } from './parser.js';
import { tokenizerLimitProblem } from './tokenizer-limits.js';
import { TYPE_PARAMETER_DEFAULTS_MINOR, typeParameterDefault } from './type-parameter-default.js';

/** A syntax error's range (UTF-16 offsets) and a message in words. */
export interface SyntaxProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** The broken parts of a tree: its first error and every damaged range, in document order. */
export interface SyntaxDamage {
  /** The error to report: a tokenizer limit when there is one (CPython reports it before any parse error), else the first. */
  readonly first: SyntaxProblem | undefined;
  readonly ranges: readonly SyntaxProblem[];
  /** A CPython tokenizer limit the file exceeds (too deep an indentation, too many nested brackets). */
  readonly limit?: SyntaxProblem | undefined;
}

const NO_DAMAGE: SyntaxDamage = { first: undefined, ranges: [] };

/** The earlier of two problems (the first when they start together). */
export function firstProblem(a: SyntaxProblem | undefined, b: SyntaxProblem | undefined): SyntaxProblem | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.start <= b.start ? a : b;
}

/** The message for syntax newer than the target version, worded as Ruff words it. */
function newerSyntaxMessage(what: string, targetMinor: number, addedMinor: number): string {
  return `${what} on Python 3.${targetMinor} (syntax was added in Python 3.${addedMinor})`;
}

const PYTHON2_STATEMENTS: Readonly<Record<string, string>> = {
  print_statement: 'Python 2 `print` statement; use `print(...)`',
  exec_statement: 'Python 2 `exec` statement; use `exec(...)`',
};

/**
 * Finds the damage of a tree. Tree-sitter's error recovery can wrap a large, mostly valid region
 * in one ERROR node; complete statements without errors inside it are kept as intact islands, so
 * only the tokens around the real error count as damaged. Type parameter defaults, which the
 * grammar reads as errors, are valid from Python 3.13 on (`targetMinor`; by default any version)
 * and reported before it, as Ruff does. Past CPython's tokenizer limits (100 levels of
 * indentation, 200 nested brackets), which the grammar does not know, the file is damaged where the
 * limit is crossed, and that error comes first, as CPython reports it before any other.
 */
export function syntaxDamage(tree: SyntaxTree, targetMinor = Number.POSITIVE_INFINITY): SyntaxDamage {
  const limit = tokenizerLimitProblem(tree);
  const damage = grammarDamage(tree, targetMinor);
  if (!limit) return damage;
  const ranges = [...damage.ranges, limit].sort((a, b) => a.start - b.start || a.end - b.end);
  return { first: limit, ranges, limit };
}

/** What the grammar could not read. */
function grammarDamage(tree: SyntaxTree, targetMinor: number): SyntaxDamage {
  const root = tree.rootNode;
  if (!root.hasError) return NO_DAMAGE;
  const ranges: SyntaxProblem[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    const typeDefault = node.isError ? typeParameterDefault(node) : undefined;
    if (typeDefault) {
      if (targetMinor < TYPE_PARAMETER_DEFAULTS_MINOR) {
        ranges.push({ ...typeDefault, message: newerSyntaxMessage('cannot set default type for a type parameter', targetMinor, TYPE_PARAMETER_DEFAULTS_MINOR) });
      }
    } else if (node.isMissing) {
      ranges.push({ start: node.startIndex, end: node.startIndex, message: `expected \`${node.type}\`` });
    } else if (node.isError) {
      collectDamagedTokens(node, ranges);
    } else {
      for (let i = node.childCount - 1; i >= 0; i--) {
        const child = node.child(i);
        if (child && (child.hasError || child.isMissing)) stack.push(child);
      }
    }
  }
  if (ranges.length === 0) return NO_DAMAGE;
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  return { first: ranges[0], ranges };
}

function collectDamagedTokens(error: SyntaxNode, ranges: SyntaxProblem[]): void {
  if (error.childCount === 0) {
    ranges.push(unexpected(error));
    return;
  }
  const stack: SyntaxNode[] = [error];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    for (let i = node.childCount - 1; i >= 0; i--) {
      const child = node.child(i);
      if (!child || (isStatement(child.type) && !child.hasError)) continue;
      if (child.isMissing) ranges.push({ start: child.startIndex, end: child.startIndex, message: `expected \`${child.type}\`` });
      else if (child.childCount === 0) ranges.push(unexpected(child));
      else stack.push(child);
    }
  }
}

function isStatement(type: string): boolean {
  return type.endsWith('_statement') || type === 'function_definition' || type === 'class_definition' || type === 'decorated_definition';
}

function unexpected(token: SyntaxNode): SyntaxProblem {
  const text = token.text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const message = shown.trim() === '' ? 'unexpected token' : `unexpected \`${shown}\``;
  return { start: token.startIndex, end: token.endIndex, message };
}

/**
 * A syntax error for a Python 2 `print x` / `exec x` statement, which the grammar accepts. When
 * the keyword is followed by `(`, `>>` or nothing, the same tokens are a valid Python 3
 * expression (`print (a), b`, `print >> f, x`), so no error is reported.
 */
export function python2StatementError(node: SyntaxNode): SyntaxProblem | undefined {
  const message = PYTHON2_STATEMENTS[node.type];
  const operand = node.child(1);
  if (!message || !operand || operand.type === 'chevron' || operand.type === 'parenthesized_expression') return undefined;
  return { start: node.startIndex, end: node.endIndex, message };
}

/**
 * `except A, B:` (PEP 758) where Python rejects it: before 3.14 (`targetMinor`, the 12 of 3.12),
 * and with `as` in every version. Spans the types, as Ruff reports it.
 */
export function unparenthesizedExceptTypes(handler: SyntaxNode, targetMinor: number): SyntaxProblem | undefined {
  const values = handler.childrenForFieldName('value');
  const first = values[0];
  const last = values[values.length - 1];
  if (values.length < 2 || !first || !last) return undefined;
  // In `except A, B as e:` the last value is the `as` pattern; the types end before its `as`.
  const aliased = last.type === 'as_pattern';
  const end = (aliased ? (last.firstNamedChild ?? last) : last).endIndex;
  if (aliased) return { start: first.startIndex, end, message: 'multiple exception types must be parenthesized when using `as`' };
  if (targetMinor >= UNPARENTHESIZED_EXCEPT_MINOR) return undefined;
  return { start: first.startIndex, end, message: newerSyntaxMessage('multiple exception types must be parenthesized', targetMinor, UNPARENTHESIZED_EXCEPT_MINOR) };
}

/** PEP 758: `except A, B:` without parentheses came with Python 3.14. */
const UNPARENTHESIZED_EXCEPT_MINOR = 14;

const STRING_STARTS = symbolMask(['string_start']);
/** Python 3's string prefixes, in lower case (3.14's template strings included); the grammar accepts any letters. */
const STRING_PREFIXES = new Set(['', 'r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);

/**
 * The first string problem the grammar lets through: a prefix Python 3 rejects (`ur''`, `bu''`,
 * `uf''`); a t-string implicitly concatenated with other strings; or, for a target before Python
 * 3.14 (`targetMinor`, the 12 of 3.12), a t-string at all. The latter two as Ruff reports them.
 * Found in the type column: no node objects for the file's strings.
 */
export function stringPrefixProblem(tree: SyntaxTree, targetMinor: number): SyntaxProblem | undefined {
  const { types, starts, ends, parents, text, count } = tree;
  let first: SyntaxProblem | undefined;
  /** Per concatenation seen: 1 when it has a t-string part, 2 another string part, 3 both. */
  let concatenations: Map<number, number> | undefined;
  for (let id = 0; id < count; id++) {
    if (STRING_STARTS[types[id] as number] !== 1) continue;
    const start = starts[id] as number;
    // string_start's parent is the string node; a concatenation holds strings as its children.
    const string = parents[id] as number;
    let end = start;
    while (isAsciiLetter(text.charCodeAt(end))) end++;
    let template = false;
    // Most strings have no prefix: no text is sliced for them.
    if (end > start) {
      const prefix = text.slice(start, end).toLowerCase();
      if (!STRING_PREFIXES.has(prefix)) {
        first = firstProblem(first, { start, end, message: `\`${text.slice(start, end)}\` is not a string prefix in Python 3` });
        continue;
      }
      template = prefix.includes('t');
    }
    if (template && targetMinor < TEMPLATE_STRINGS_MINOR) {
      first = firstProblem(first, { start, end: ends[string] as number, message: newerSyntaxMessage('cannot use t-strings', targetMinor, TEMPLATE_STRINGS_MINOR) });
    }
    const outer = parents[string] as number;
    if (outer < 0 || CONCATENATIONS[types[outer] as number] !== 1) continue;
    concatenations ??= new Map();
    const seen = (concatenations.get(outer) ?? 0) | (template ? 1 : 2);
    concatenations.set(outer, seen);
    if (seen === 3) first = firstProblem(first, { start: starts[outer] as number, end: ends[outer] as number, message: 'cannot mix t-string literals with string or bytes literals' });
  }
  return first;
}

const CONCATENATIONS = symbolMask(['concatenated_string']);

/** Template strings (PEP 750) came with Python 3.14. */
const TEMPLATE_STRINGS_MINOR = 14;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when `offset` lies inside one of the damaged ranges. */
export function isDamaged(offset: number, damage: SyntaxDamage): boolean {
  return damage.ranges.some((range) => offset >= range.start && offset < Math.max(range.end, range.start + 1));
}
