// TYP005: `typing.List`/`Dict`/`Set`/`FrozenSet`/`Tuple`/`Type` → builtins (UP006, UP035).
import { compareVersions, parseTargetVersion } from '../../config/python-version.js';
import { replaceEdit } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import { shiftEdits } from './shift-edits.js';
import { planFixes, type PlannedReference } from './typing-import-fix.js';
import { absoluteStart, findTypingUses } from './typing-references.js';

/** PEP 585: the builtin that replaces each deprecated `typing` alias. */
const BUILTINS: Readonly<Record<string, string>> = {
  List: 'list',
  Dict: 'dict',
  Set: 'set',
  FrozenSet: 'frozenset',
  Tuple: 'tuple',
  Type: 'type',
};
const MEMBERS: ReadonlySet<string> = new Set(Object.keys(BUILTINS));

/** Ruff's `as_pep_585_generic`: every alias from `typing`, only `Type` from `typing_extensions`. */
function isLegacyGeneric(qualifiedName: string): boolean {
  return qualifiedName.startsWith('typing.') || qualifiedName === 'typing_extensions.Type';
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
    useBuiltin: 'Use `{{builtin}}` instead of `{{name}}`',
    deprecatedImport: '`typing.{{member}}` is deprecated; use `{{builtin}}`',
  },
  docs: {
    summary: 'Enforce builtin generics (`list[int]`) over the deprecated `typing` aliases (`List[int]`).',
    what:
      'Flags every use of `typing.List`, `Dict`, `Set`, `FrozenSet`, `Tuple` and `Type` (and ' +
      '`typing_extensions.Type`), however imported (`from typing import List`, `import typing as t; t.List`, ' +
      'aliases), in annotations, string annotations and run-time code (`LegacyMap = Dict[str, Any]`, ' +
      '`isinstance(x, List)`), and each `from typing import` of those names, when the target version is ' +
      'Python 3.9 or newer.',
    why:
      'Since Python 3.9 the builtins are generic (PEP 585) and the `typing` aliases are deprecated. The ' +
      'standards write `list[Item]` and `dict[str, Any]`.',
    bad: 'import typing\n\n\ndef names(rows: typing.List[str]) -> set[str]:\n    return set(rows)\n',
    good: 'def names(rows: list[str]) -> set[str]:\n    return set(rows)\n',
    fixSafety:
      'The fix replaces each use with the builtin (`List` → `list`, `t.Dict` → `dict`), also inside simple ' +
      'string annotations, unless a local name shadows the builtin. When every use of a name imported with ' +
      '`from typing import` is rewritten and nothing else mentions it (a string such as `__all__`, an ' +
      'assignment), the same fix removes the name from the import, so the import never outlives its uses and ' +
      'is never removed while still needed. The fix is safe from target 3.10 on; at 3.9 it is unsafe, as in ' +
      'Ruff (some libraries inspected `typing` aliases at run time before 3.10).',
    comparison:
      "Same findings as Ruff's UP006 on each use plus UP035's `typing.X is deprecated` for these six names " +
      'on the import (UP035 also moves `Callable`, `Sequence`, … to `collections.abc`; that is not part of ' +
      'this rule). `typing.Deque` and `typing.DefaultDict`, which UP006 also covers, are out of scope. Ruff ' +
      'leaves the unused import to F401; this fix removes it.',
  },
  create(context) {
    return {
      module() {
        const target = parseTargetVersion(context.settings.targetVersion);
        if (compareVersions(target, { major: 3, minor: 9 }) < 0) return;
        const semantic = context.semantic;
        const applicability = compareVersions(target, { major: 3, minor: 10 }) < 0 ? 'unsafe' : 'safe';
        const uses = findTypingUses(context.source, semantic, MEMBERS);
        const planned: PlannedReference[] = uses.references.map((reference) => {
          if (!isLegacyGeneric(reference.qualifiedName) || reference.quoted?.simple === false) return { reference, edits: undefined };
          const builtin = BUILTINS[reference.member] as string;
          const at = reference.quoted?.string.startIndex ?? reference.node.startIndex;
          if (semantic.lookup(builtin, at)) return { reference, edits: undefined };
          const edit = replaceEdit(reference.node.startIndex, reference.node.endIndex, builtin);
          return { reference, edits: shiftEdits([edit], reference.quoted?.shift ?? 0) };
        });
        const fixes = planFixes(context.source, uses, planned, applicability, 'Replace with the builtin');
        for (const binding of uses.imports) {
          const member = binding.qualifiedName?.slice('typing.'.length) ?? '';
          if (!binding.qualifiedName?.startsWith('typing.') || !MEMBERS.has(member)) continue;
          const fix = fixes.byImport.get(binding);
          const statement = binding.statement;
          context.report({
            node: statement,
            messageId: 'deprecatedImport',
            data: { member, builtin: BUILTINS[member] as string },
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
            data: { builtin: BUILTINS[reference.member] as string, name: reference.node.text },
            ...(fix && { fix }),
          });
        }
      },
    };
  },
});
