// How a fix can name a class of the standard library (`collections.deque`) at a point of the file.
import { insertEdit, type Edit } from '../../fix/index.js';
import type { Binding, SemanticModel } from '../../semantic/index.js';
import { dominantNewline, type SourceFile, type SyntaxNode } from '../../syntax/index.js';

/** The text that names the class at the point, and the import that makes the name exist, if one is needed. */
export interface StandardLibraryName {
  readonly text: string;
  readonly importEdit?: Edit;
}

const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

/**
 * Names `module.member` at offset `at`: through a binding already visible there (`deque` from
 * `from collections import deque`, `collections.deque` from `import collections`), else as `member`
 * with a new `from module import member` on the line after the last top-level import before `at`.
 * Undefined when neither is sure to mean that class there: the name is bound in the module
 * already (or may come from a star import), or shadowed at `at`, or no import line precedes it.
 * Imports under `if`/`try` are not reused, as they may not run (`if TYPE_CHECKING:`).
 */
export function standardLibraryName(
  source: SourceFile,
  semantic: SemanticModel,
  module: string,
  member: string,
  at: number,
): StandardLibraryName | undefined {
  const visible = (binding: Binding): boolean => isUnconditional(binding.statement) && semantic.lookup(binding.name, at) === binding;
  const direct = semantic.imports.find((b) => b.kind === 'from-import' && b.qualifiedName === `${module}.${member}` && visible(b));
  if (direct) return { text: direct.name };
  const moduleBinding = semantic.imports.find((b) => b.kind === 'import' && b.qualifiedName === module && visible(b));
  if (moduleBinding) return { text: `${moduleBinding.name}.${member}` };
  if (semantic.module.hasStarImport || semantic.module.bindings.has(member) || semantic.lookup(member, at)) return undefined;
  const importEdit = importAfterLastImport(source, `from ${module} import ${member}`, at);
  return importEdit && { text: member, importEdit };
}

/** A statement run whenever its scope runs: directly in the module or in a function body. */
function isUnconditional(statement: SyntaxNode): boolean {
  const parent = statement.parent;
  return parent?.type === 'module' || (parent?.type === 'block' && parent.parent?.type === 'function_definition');
}

/** Inserts `line` after the last top-level import that ends before `at`, when that import ends its line. */
function importAfterLastImport(source: SourceFile, line: string, at: number): Edit | undefined {
  let last: SyntaxNode | undefined;
  for (const statement of source.tree.rootNode.namedChildren) {
    if (statement.startIndex >= at) break;
    if (IMPORT_STATEMENTS.has(statement.type) && statement.endIndex <= at) last = statement;
  }
  if (!last) return undefined;
  const lines = source.lines;
  const row = lines.lineOf(last.endIndex);
  const rest = source.text.slice(last.endIndex, lines.lineEnd(row)).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  if (row + 1 >= lines.lineCount) return undefined;
  const next = lines.lineStart(row + 1);
  return next <= at ? insertEdit(next, `${line}${dominantNewline(source.text)}`) : undefined;
}
