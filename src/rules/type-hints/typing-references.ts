// Finds the uses of chosen `typing` members through the import table, without visiting every name.
import type { Binding, SemanticModel } from '../../semantic/index.js';
import { isGenericValue } from './type-context.js';
import { parsePython, wordOccurrences, type SourceFile, type SyntaxNode, type SyntaxTree } from '../../syntax/index.js';

const TYPING_MODULES = new Set(['typing', 'typing_extensions']);

/** A string annotation whose content was parsed as an expression. */
export interface QuotedAnnotation {
  readonly string: SyntaxNode;
  /** Offset of the content in the file; positions in the parsed content are shifted by it. */
  readonly shift: number;
  /** False when the content's positions do not map onto the file (prefixes, triple quotes): no edits. */
  readonly simple: boolean;
}

/** One use of a `typing` member: `List`, `t.List`, or a name inside a string annotation. */
export interface TypingReference {
  /** The identifier or attribute (of the file's tree, or of a quoted annotation's own tree). */
  readonly node: SyntaxNode;
  /** Qualified name, e.g. `typing.Optional`. */
  readonly qualifiedName: string;
  /** The member name: `Optional`. */
  readonly member: string;
  /** The `from typing import …` binding the name comes through, if it does. */
  readonly binding: Binding | undefined;
  readonly quoted: QuotedAnnotation | undefined;
}

/** A use of a from-imported name that is not a reference we may rewrite (blocks removing the import). */
export interface OtherUse {
  readonly binding: Binding;
  readonly start: number;
}

export interface TypingUses {
  readonly references: readonly TypingReference[];
  /** From-import bindings of the wanted members, in document order. */
  readonly imports: readonly Binding[];
  /** Occurrences of those bindings' names that are neither references nor harmless. */
  readonly otherUses: readonly OtherUse[];
}

const NONE: TypingUses = { references: [], imports: [], otherUses: [] };

/** Every member the type-hint rules rewrite: one scan of a file serves them all. */
const REWRITTEN_MEMBERS: ReadonlySet<string> = new Set(['Optional', 'Union', 'List', 'Dict', 'Set', 'FrozenSet', 'Tuple', 'Type', 'Deque', 'DefaultDict']);
const scans = new WeakMap<SourceFile, TypingUses>();

/** Uses of `typing.<member>` / `typing_extensions.<member>` for the given members. */
export function findTypingUses(source: SourceFile, semantic: SemanticModel, members: ReadonlySet<string>): TypingUses {
  if (![...members].every((member) => REWRITTEN_MEMBERS.has(member))) return scanTypingUses(source, semantic, members);
  let all = scans.get(source);
  if (!all) {
    all = scanTypingUses(source, semantic, REWRITTEN_MEMBERS);
    scans.set(source, all);
  }
  const imports = all.imports.filter((binding) => members.has(memberOf(binding.qualifiedName ?? '')));
  return {
    references: all.references.filter((reference) => members.has(reference.member)),
    imports,
    otherUses: all.otherUses.filter((use) => imports.includes(use.binding)),
  };
}

function memberOf(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
}

function scanTypingUses(source: SourceFile, semantic: SemanticModel, members: ReadonlySet<string>): TypingUses {
  const wanted = (name: string | undefined): string | undefined => {
    if (!name) return undefined;
    const dot = name.lastIndexOf('.');
    return TYPING_MODULES.has(name.slice(0, dot)) && members.has(name.slice(dot + 1)) ? name.slice(dot + 1) : undefined;
  };
  const imports = semantic.imports.filter((b) => b.kind === 'from-import' && wanted(b.qualifiedName) !== undefined);
  const moduleImported = semantic.imports.some((b) => b.kind === 'import' && TYPING_MODULES.has(b.qualifiedName ?? ''));
  if (imports.length === 0 && !moduleImported) return NONE;

  const words = [...imports.map((b) => b.name), ...(moduleImported ? members : [])];
  const references: TypingReference[] = [];
  const otherUses: OtherUse[] = [];
  const strings = new Map<number, SyntaxNode>();
  const visit = (node: SyntaxNode, resolveAt: number | undefined, quoted: QuotedAnnotation | undefined): void => {
    const found = referenceAt(node, semantic, resolveAt);
    if (found) {
      const member = wanted(found.qualifiedName);
      if (member) {
        references.push({ node: found.node, qualifiedName: found.qualifiedName, member, binding: found.binding, quoted });
        return;
      }
    }
    const binding = found?.binding ?? importedBindingAt(node, semantic, resolveAt);
    if (binding && imports.includes(binding) && !isHarmless(node)) otherUses.push({ binding, start: (quoted?.shift ?? 0) + node.startIndex });
  };

  for (const occurrence of wordOccurrences(source.tree.rootNode, words)) {
    const node = occurrence.node;
    if (node.type === 'identifier') {
      if (node.startIndex === occurrence.start) visit(node, undefined, undefined);
      continue;
    }
    if (node.type === 'comment') continue;
    const string = enclosingString(node);
    if (string && isAnnotationString(string, semantic)) {
      strings.set(string.id, string);
      continue;
    }
    // A docstring that mentions the name is harmless; any other string may be a re-export
    // (`__all__`) or a forward reference we did not rewrite.
    if (string?.parent?.type === 'expression_statement') continue;
    const binding = imports.find((b) => b.name === occurrence.word);
    if (binding) otherUses.push({ binding, start: occurrence.start });
  }
  for (const string of strings.values()) {
    const parsed = parseQuoted(string);
    if (!parsed) {
      for (const binding of imports) otherUses.push({ binding, start: string.startIndex });
      continue;
    }
    for (const occurrence of wordOccurrences(parsed.tree.rootNode, words)) {
      if (occurrence.node.type === 'identifier' && occurrence.node.startIndex === occurrence.start) {
        visit(occurrence.node, string.startIndex, parsed.quoted);
      }
    }
  }
  references.sort((a, b) => absoluteStart(a) - absoluteStart(b));
  return { references, imports, otherUses };
}

/** Start of a reference in the file. */
export function absoluteStart(reference: TypingReference): number {
  return (reference.quoted?.shift ?? 0) + reference.node.startIndex;
}

interface Resolved {
  readonly node: SyntaxNode;
  readonly qualifiedName: string;
  readonly binding: Binding | undefined;
}

/** The reference an identifier is part of: itself when loaded, or the attribute it ends. */
function referenceAt(identifier: SyntaxNode, semantic: SemanticModel, resolveAt: number | undefined): Resolved | undefined {
  const parent = identifier.parent;
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === identifier.id) {
    if (!isLoad(parent)) return undefined;
    const object = parent.childForFieldName('object');
    if (object?.type !== 'identifier') return undefined;
    const base = resolveName(object, semantic, resolveAt);
    if (base?.kind !== 'import' || !base.qualifiedName) return undefined;
    return { node: parent, qualifiedName: `${base.qualifiedName}.${identifier.text}`, binding: undefined };
  }
  if (!isLoad(identifier)) return undefined;
  const binding = resolveName(identifier, semantic, resolveAt);
  if (!binding?.qualifiedName || binding.kind !== 'from-import') return undefined;
  return { node: identifier, qualifiedName: binding.qualifiedName, binding };
}

function importedBindingAt(identifier: SyntaxNode, semantic: SemanticModel, resolveAt: number | undefined): Binding | undefined {
  if (isHarmless(identifier) || isImportName(identifier)) return undefined;
  return resolveName(identifier, semantic, resolveAt);
}

function resolveName(identifier: SyntaxNode, semantic: SemanticModel, resolveAt: number | undefined): Binding | undefined {
  return resolveAt === undefined ? semantic.resolve(identifier) : semantic.lookup(identifier.text, resolveAt);
}

/** Positions where a name is not a variable: `obj.name`, `f(name=…)`. */
function isHarmless(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (parent.type === 'attribute') return parent.childForFieldName('attribute')?.id === identifier.id;
  if (parent.type === 'keyword_argument') return parent.childForFieldName('name')?.id === identifier.id;
  return isImportName(identifier);
}

function isImportName(identifier: SyntaxNode): boolean {
  const parent = identifier.parent;
  const statement = parent?.type === 'dotted_name' || parent?.type === 'aliased_import' ? parent.parent : parent;
  const type = statement?.type === 'aliased_import' ? statement.parent?.type : statement?.type;
  return type === 'import_from_statement' || type === 'import_statement' || type === 'future_import_statement';
}

/** True when the node is read (not assigned, deleted, defined or imported). */
function isLoad(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return true;
  switch (parent.type) {
    case 'assignment':
    case 'augmented_assignment':
    case 'for_statement':
    case 'for_in_clause':
      return parent.childForFieldName('left')?.id !== node.id;
    case 'named_expression':
      return parent.childForFieldName('name')?.id !== node.id;
    case 'default_parameter':
    case 'typed_default_parameter':
    case 'keyword_argument':
      return parent.childForFieldName('name')?.id !== node.id;
    case 'function_definition':
    case 'class_definition':
      return parent.childForFieldName('name')?.id !== node.id;
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
    case 'typed_parameter':
    case 'parameters':
    case 'lambda_parameters':
    case 'as_pattern_target':
    case 'global_statement':
    case 'nonlocal_statement':
    case 'delete_statement':
    case 'dotted_name':
    case 'aliased_import':
    case 'import_from_statement':
    case 'import_statement':
      return false;
    default:
      return true;
  }
}

function enclosingString(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current && current.type !== 'string') {
    if (current.type !== 'string_content') return undefined;
    current = current.parent;
  }
  return current ?? undefined;
}

/**
 * A string in a type position: an annotation, a generic's slice, `cast()`'s type, a `TypeAlias`
 * value; not the strings of `Literal[...]` or the metadata of `Annotated[...]`.
 */
function isAnnotationString(string: SyntaxNode, semantic: SemanticModel): boolean {
  let typePosition = false;
  let child = string;
  for (let parent = string.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'type':
        typePosition = true;
        break;
      case 'type_parameter':
      case 'tuple':
      case 'parenthesized_expression':
      case 'binary_operator':
      case 'list':
        break;
      case 'generic_type':
      case 'subscript': {
        const value = parent.type === 'subscript' ? parent.childForFieldName('value') : parent.namedChild(0);
        if (!value || value.id === child.id) return false;
        const name = semantic.qualifiedName(value) ?? '';
        const member = name.slice(name.lastIndexOf('.') + 1);
        if (isTypingName(name) && member === 'Literal') return false;
        if (isTypingName(name) && member === 'Annotated' && !isFirstElement(parent, string)) return false;
        if (parent.type === 'subscript') typePosition ||= isGenericValue(value, semantic);
        break;
      }
      case 'argument_list': {
        const callee = parent.parent?.childForFieldName('function');
        const name = callee ? semantic.qualifiedName(callee) : undefined;
        return typePosition || (parent.namedChild(0)?.id === child.id && isTypingName(name) && name?.endsWith('.cast') === true);
      }
      case 'assignment': {
        const declared = parent.childForFieldName('type')?.namedChild(0);
        const name = declared ? semantic.qualifiedName(declared) : undefined;
        const isAlias = parent.childForFieldName('right')?.id === child.id && isTypingName(name) && name?.endsWith('.TypeAlias') === true;
        return typePosition || isAlias;
      }
      default:
        return typePosition;
    }
  }
  return typePosition;
}

function isTypingName(name: string | undefined): boolean {
  return name !== undefined && TYPING_MODULES.has(name.slice(0, name.lastIndexOf('.')));
}

/** The node lies in the first element of a subscript's slice (`Annotated[T, meta]` → in `T`). */
function isFirstElement(subscript: SyntaxNode, node: SyntaxNode): boolean {
  const elements = subscript.type === 'subscript'
    ? subscript.childrenForFieldName('subscript')
    : (subscript.namedChild(1)?.namedChildren.filter((c) => c.type !== 'comment') ?? []);
  const first = elements[0];
  return first !== undefined && node.startIndex >= first.startIndex && node.endIndex <= first.endIndex;
}

interface ParsedQuoted {
  readonly tree: SyntaxTree;
  readonly content: string;
  readonly quoted: QuotedAnnotation;
}

/** Quote and backslash escapes: the only ones a string annotation plausibly holds. */
const PLAIN_ESCAPES: Readonly<Record<string, string>> = { "\\'": "'", '\\"': '"', '\\\\': '\\' };

/** Parses a string annotation's content; undefined for f-strings, bytes, other escapes and concatenations. */
function parseQuoted(string: SyntaxNode): ParsedQuoted | undefined {
  if (string.parent?.type === 'concatenated_string') return undefined;
  const parts = string.namedChildren;
  const start = parts[0];
  const content = parts[1];
  if (parts.length !== 3 || start?.type !== 'string_start' || content?.type !== 'string_content') return undefined;
  const prefix = start.text.replace(/["']/g, '').toLowerCase();
  if (prefix.includes('f') || prefix.includes('b') || prefix.includes('t')) return undefined;
  const escapes = content.namedChildren;
  if (escapes.some((escape) => escape.type !== 'escape_sequence' || PLAIN_ESCAPES[escape.text] === undefined)) return undefined;
  let text = content.text;
  if (escapes.length > 0) text = text.replace(/\\(['"\\])/g, '$1');
  // Positions inside the string map onto the file only for a plain one-line string without escapes.
  const simple = prefix === '' && start.text.length === 1 && escapes.length === 0 && !/[\r\n]/.test(text);
  const parsed = simple ? text : `(${text})`;
  const tree = parsePython(parsed);
  if (tree.rootNode.hasError) return undefined;
  return { tree, content: parsed, quoted: { string, shift: content.startIndex - (simple ? 0 : 1), simple } };
}
