// TYP005: the deprecated `typing` aliases of PEP 585 → builtins and `collections` classes (UP006, UP035).
import { compareVersions, parseTargetVersion } from '../../config/python-version.js';
import { replaceEdit, type Edit } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import { shiftEdits } from './shift-edits.js';
import { standardLibraryName } from './standard-library-name.js';
import { planFixes, type PlannedReference } from './typing-import-fix.js';
import { absoluteStart, findTypingUses, type TypingReference } from './typing-references.js';

/** PEP 585: what replaces each deprecated `typing` alias, a builtin or a class of `collections`. */
const REPLACEMENTS: Readonly<Record<string, { readonly module?: string; readonly name: string }>> = {
  List: { name: 'list' },
  Dict: { name: 'dict' },
  Set: { name: 'set' },
  FrozenSet: { name: 'frozenset' },
  Tuple: { name: 'tuple' },
  Type: { name: 'type' },
  Deque: { module: 'collections', name: 'deque' },
  DefaultDict: { module: 'collections', name: 'defaultdict' },
};
const MEMBERS: ReadonlySet<string> = new Set(Object.keys(REPLACEMENTS));

/** How messages name the replacement: `list`, `collections.deque`. */
function replacementOf(member: string): string {
  const replacement = REPLACEMENTS[member] as { readonly module?: string; readonly name: string };
  return replacement.module ? `${replacement.module}.${replacement.name}` : replacement.name;
}

/** Ruff's `as_pep_585_generic`: every alias from `typing`; `Type`, `Deque` and `DefaultDict` from `typing_extensions`. */
const FROM_TYPING_EXTENSIONS: ReadonlySet<string> = new Set(['typing_extensions.Type', 'typing_extensions.Deque', 'typing_extensions.DefaultDict']);
function isLegacyGeneric(qualifiedName: string): boolean {
  return qualifiedName.startsWith('typing.') || FROM_TYPING_EXTENSIONS.has(qualifiedName);
}

export default defineRule({
  code: 'TYP005',
  name: 'non-pep585-generic',
  section: 'type_hints',
  defaultEnabled: true,
  fixAvailability: 'sometimes',
  fixApplicability: 'safe',
  equivalents: ['UP006', 'UP035'],
  messages: {
    useBuiltin: 'Use `{{replacement}}` instead of `{{name}}`',
    deprecatedImport: '`typing.{{member}}` is deprecated; use `{{replacement}}`',
  },
  docs: {
    summary: 'Enforce builtin generics (`list[int]`) over the deprecated `typing` aliases (`List[int]`).',
    what:
      'Flags every use of the `typing` aliases that PEP 585 deprecated: `List`, `Dict`, `Set`, `FrozenSet`, ' +
      '`Tuple` and `Type` (use the builtins) and `Deque` and `DefaultDict` (use `collections.deque` and ' +
      '`collections.defaultdict`), also `typing_extensions.Type`, `Deque` and `DefaultDict`, however imported ' +
      '(`from typing import List`, `import typing as t; t.List`, aliases), in annotations, string annotations ' +
      'and run-time code (`LegacyMap = Dict[str, Any]`, `isinstance(x, List)`), and each `from typing import` ' +
      'of those names, when the target version is Python 3.9 or newer.',
    why:
      'Since Python 3.9 the builtins and the `collections` classes are generic (PEP 585) and the `typing` ' +
      'aliases are deprecated. The standards write `list[Item]` and `dict[str, Any]`.',
    bad: 'import typing\n\n\ndef names(rows: typing.List[str]) -> set[str]:\n    return set(rows)\n',
    good: 'def names(rows: list[str]) -> set[str]:\n    return set(rows)\n',
    fixSafety:
      'The fix replaces each use with the builtin (`List` → `list`, `t.Dict` → `dict`), also inside simple ' +
      'string annotations, unless a local name shadows the builtin. `Deque` and `DefaultDict` become the ' +
      '`collections` class through a name the file already has (`deque` from `from collections import deque`, ' +
      '`collections.deque` from `import collections`), else through `from collections import deque` added after ' +
      'the last top-level import above the use; there is no fix when the name is taken in the module, shadowed at ' +
      'the use or may come from a star import, or when no top-level import precedes the use. When every use of a ' +
      'name imported with `from typing import` is rewritten and nothing else mentions it (a string such as ' +
      '`__all__`, an assignment), the same fix removes the name from the import, so the import never outlives its ' +
      'uses and is never removed while still needed. The fix is safe from target 3.10 on; at 3.9 it is unsafe, as ' +
      'in Ruff (some libraries inspected `typing` aliases at run time before 3.10).',
    comparison:
      "Same findings as Ruff's UP006 on each use plus UP035's `typing.X is deprecated` for these eight names " +
      'on the import (UP035 also moves `Callable`, `Sequence`, … to `collections.abc` and `OrderedDict`, ' +
      '`Counter`, … to `collections`; that is not part of this rule). Ruff also reuses an import of `collections` ' +
      'made under `if`/`try`, which this fix does not (it may not run: `if TYPE_CHECKING:`). Ruff leaves the ' +
      'unused import to F401; this fix removes it.',
  },
  create(context) {
    return {
      module() {
        const target = parseTargetVersion(context.settings.targetVersion);
        if (compareVersions(target, { major: 3, minor: 9 }) < 0) return;
        const semantic = context.semantic;
        const applicability = compareVersions(target, { major: 3, minor: 10 }) < 0 ? 'unsafe' : 'safe';
        const uses = findTypingUses(context.source, semantic, MEMBERS);
        const importEdits = new Map<string, Edit>();
        /** The edits that rewrite a reference, or undefined when the replacement cannot be named there. */
        const rewrite = (reference: TypingReference): readonly Edit[] | undefined => {
          if (!isLegacyGeneric(reference.qualifiedName) || reference.quoted?.simple === false) return undefined;
          const replacement = REPLACEMENTS[reference.member] as { readonly module?: string; readonly name: string };
          const at = reference.quoted?.string.startIndex ?? reference.node.startIndex;
          let text = replacement.name;
          let importEdit: Edit | undefined;
          if (replacement.module) {
            const named = standardLibraryName(context.source, semantic, replacement.module, replacement.name, absoluteStart(reference));
            if (!named) return undefined;
            text = named.text;
            // One import per name, placed for the first use, serves the later ones (fixed together or not).
            if (named.importEdit && !importEdits.has(text)) importEdits.set(text, named.importEdit);
            importEdit = named.importEdit && importEdits.get(text);
          } else if (semantic.lookup(text, at)) {
            return undefined;
          }
          const edit = shiftEdits([replaceEdit(reference.node.startIndex, reference.node.endIndex, text)], reference.quoted?.shift ?? 0);
          return importEdit ? [importEdit, ...edit] : edit;
        };
        const planned: PlannedReference[] = uses.references.map((reference) => ({
          reference,
          edits: rewrite(reference),
          title: `Replace with \`${replacementOf(reference.member)}\``,
        }));
        const fixes = planFixes(context.source, uses, planned, applicability, 'Replace with the PEP 585 generics');
        for (const binding of uses.imports) {
          const member = binding.qualifiedName?.slice('typing.'.length) ?? '';
          if (!binding.qualifiedName?.startsWith('typing.') || !MEMBERS.has(member)) continue;
          const fix = fixes.byImport.get(binding);
          const statement = binding.statement;
          context.report({
            node: statement,
            messageId: 'deprecatedImport',
            data: { member, replacement: replacementOf(member) },
            ...(fix && { fix }),
          });
        }
        for (const reference of uses.references) {
          if (!isLegacyGeneric(reference.qualifiedName)) continue;
          const fix = fixes.byReference.get(reference);
          const quoted = reference.quoted;
          const start = quoted && !quoted.simple ? quoted.string.startIndex : absoluteStart(reference);
          const end = quoted && !quoted.simple ? quoted.string.endIndex : start + reference.node.endIndex - reference.node.startIndex;
          context.report({
            range: { start, end },
            messageId: 'useBuiltin',
            data: { replacement: replacementOf(reference.member), name: reference.node.text },
            ...(fix && { fix }),
          });
        }
      },
    };
  },
});
