// Bundles the rewrites of a `from typing import …` name with removing the name, when the
// rewrites leave it unused; otherwise each use keeps a fix of its own.
import { deleteEdit, makeFix, replaceEdit, type Applicability, type Edit, type Fix } from '../../fix/index.js';
import type { Binding } from '../../semantic/index.js';
import type { SourceFile, SyntaxNode } from '../../syntax/index.js';
import type { TypingReference, TypingUses } from './typing-references.js';

/** A reference with the edits that rewrite it (undefined: it stays as it is). */
export interface PlannedReference {
  readonly reference: TypingReference;
  readonly edits: readonly Edit[] | undefined;
  /** The title of its fix, when it differs from the rule's general one (`Replace with \`collections.deque\``). */
  readonly title?: string;
}

/**
 * The fix of each planned reference. The uses of an imported name are fixed together with the
 * removal of that name from its import when every use is rewritten and nothing else (a string,
 * an assignment, a `del`) mentions it: one fix, applied whole or not at all, so the code never
 * loses an import that is still needed. Other references get a fix of their own.
 */
export function planFixes(
  source: SourceFile,
  uses: TypingUses,
  planned: readonly PlannedReference[],
  applicability: Applicability,
  title: string,
): { readonly byReference: Map<TypingReference, Fix>; readonly byImport: Map<Binding, Fix> } {
  const byReference = new Map<TypingReference, Fix>();
  const byImport = new Map<Binding, Fix>();
  const removable = new Set<Binding>();
  for (const binding of uses.imports) {
    const own = planned.filter((p) => p.reference.binding === binding);
    const allRewritten = own.length > 0 && own.every((p) => p.edits !== undefined);
    if (allRewritten && !uses.otherUses.some((use) => use.binding === binding)) removable.add(binding);
  }
  const byStatement = new Map<number, Binding[]>();
  for (const binding of removable) {
    const list = byStatement.get(binding.statement.id);
    if (list) list.push(binding);
    else byStatement.set(binding.statement.id, [binding]);
  }
  for (const bindings of byStatement.values()) {
    const statement = (bindings[0] as Binding).statement;
    const removal = importRemovalEdits(source, statement, bindings);
    if (!removal) continue;
    const own = planned.filter((p) => p.reference.binding !== undefined && bindings.includes(p.reference.binding));
    const titles = new Set(own.map((p) => p.title ?? title));
    const bundleTitle = titles.size === 1 ? [...titles][0] : title;
    const fix = fixIfDisjoint(applicability, `${bundleTitle} and remove the unused import`, [...own.flatMap((p) => p.edits ?? []), ...removal]);
    if (!fix) continue;
    for (const p of own) byReference.set(p.reference, fix);
    for (const binding of bindings) byImport.set(binding, fix);
  }
  for (const p of planned) {
    if (p.edits && !byReference.has(p.reference)) byReference.set(p.reference, makeFix(applicability, p.title ?? title, p.edits));
  }
  return { byReference, byImport };
}

/**
 * A fix, or undefined when its edits overlap (nested rewrites then settle over several passes).
 * Identical edits count once: every rewrite of `Deque` may bring the same `from collections import deque`.
 */
function fixIfDisjoint(applicability: Applicability, title: string, edits: readonly Edit[]): Fix | undefined {
  const unique = edits.filter((edit, i) => edits.findIndex((other) => other.start === edit.start && other.end === edit.end && other.content === edit.content) === i);
  const sorted = unique.sort((a, b) => a.start - b.start || a.end - b.end);
  const overlaps = sorted.some((edit, i) => i > 0 && edit.start < (sorted[i - 1] as Edit).end);
  return overlaps ? undefined : makeFix(applicability, title, sorted);
}

/** The name entry (`List` or `Dict as D`) of a from-import binding. */
function entryOf(binding: Binding): SyntaxNode {
  const node = binding.node;
  return node.parent?.type === 'aliased_import' ? node.parent : node;
}

/**
 * Edits that delete `bindings`' names from their `from … import` statement, or the statement
 * itself when no name is left. Undefined when that would delete a comment or the statement
 * shares its line with other code.
 */
function importRemovalEdits(source: SourceFile, statement: SyntaxNode, bindings: readonly Binding[]): Edit[] | undefined {
  const entries = statement.childrenForFieldName('name');
  const removed = new Set(bindings.map((b) => entryOf(b).id));
  if (entries.every((entry) => removed.has(entry.id))) return statementRemoval(source, statement);
  const removedEntries = entries.filter((entry) => removed.has(entry.id));
  const ownLines = removedEntries.map((entry) => ownLineRange(source, entry));
  if (ownLines.every((range) => range !== undefined)) return ownLines.map((range) => deleteEdit(range.start, range.end));
  const comments = statement.namedChildren.filter((child) => child.type === 'comment');
  const edits: Edit[] = [];
  const lastKept = entries.reduce((last, entry, i) => (removed.has(entry.id) ? last : i), -1);
  entries.forEach((entry, i) => {
    if (!removed.has(entry.id)) return;
    if (i < lastKept) {
      const next = entries[i + 1] as SyntaxNode;
      edits.push(deleteEdit(entry.startIndex, next.startIndex));
    } else if (i === lastKept + 1) {
      const kept = entries[lastKept] as SyntaxNode;
      const last = entries[entries.length - 1] as SyntaxNode;
      edits.push(deleteEdit(kept.endIndex, last.endIndex));
    }
  });
  const touchesComment = edits.some((edit) => comments.some((c) => c.startIndex < edit.end && edit.start < c.endIndex));
  return touchesComment ? undefined : edits;
}

/** The whole line of an entry written alone on it (`    List,` in a parenthesized import). */
function ownLineRange(source: SourceFile, entry: SyntaxNode): { start: number; end: number } | undefined {
  const lines = source.lines;
  const line = lines.lineOf(entry.startIndex);
  if (lines.lineOf(entry.endIndex) !== line || line + 1 >= lines.lineCount) return undefined;
  const before = source.text.slice(lines.lineStart(line), entry.startIndex);
  const after = source.text.slice(entry.endIndex, lines.lineEnd(line)).trim();
  if (before.trim() !== '' || (after !== '' && after !== ',')) return undefined;
  return { start: lines.lineStart(line), end: lines.lineStart(line + 1) };
}

function statementRemoval(source: SourceFile, statement: SyntaxNode): Edit[] | undefined {
  const lines = source.lines;
  const firstLine = lines.lineOf(statement.startIndex);
  const lastLine = lines.lineOf(statement.endIndex);
  const before = source.text.slice(lines.lineStart(firstLine), statement.startIndex);
  const after = source.text.slice(statement.endIndex, lines.lineEnd(lastLine));
  if (before.trim() !== '' || !(after.trim() === '' || after.trim().startsWith('#'))) return undefined;
  const block = statement.parent;
  const siblings = block?.type === 'block' ? block.namedChildren.filter((child) => child.type !== 'comment') : [];
  if (siblings.length === 1) return [replaceEdit(statement.startIndex, statement.endIndex, 'pass')];
  const end = lastLine + 1 < lines.lineCount ? lines.lineStart(lastLine + 1) : source.text.length;
  return [deleteEdit(lines.lineStart(firstLine), end)];
}
