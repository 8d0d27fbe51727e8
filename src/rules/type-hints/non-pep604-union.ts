// TYP004: `Optional[X]` / `Union[A, B]` → `X | None` / `A | B` (UP045, UP007).
import { compareVersions, parseTargetVersion } from '../../config/python-version.js';
import { shiftEdits } from './shift-edits.js';
import { defineRule } from '../../linter/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import { elementExpression, pep604Edits, subscriptShape } from './pep604-rewrite.js';
import { typeContextOf } from './type-context.js';
import { planFixes, type PlannedReference } from './typing-import-fix.js';
import { findTypingUses, type TypingReference } from './typing-references.js';

const MEMBERS: ReadonlySet<string> = new Set(['Optional', 'Union']);
const NAMED_TUPLE: ReadonlySet<string> = new Set(['typing.NamedTuple', 'typing_extensions.NamedTuple']);

export default defineRule({
  code: 'TYP004',
  name: 'non-pep604-union',
  section: 'type_hints',
  defaultEnabled: true,
  fixAvailability: 'sometimes',
  fixApplicability: 'safe',
  equivalents: ['UP045', 'UP007'],
  messages: {
    optional: 'Use `X | None` instead of `Optional[X]`',
    union: 'Use `A | B` instead of `Union[A, B]`',
  },
  docs: {
    summary: 'Enforce `X | None` and `A | B` over `Optional[X]` and `Union[A, B]`.',
    what:
      'Flags `Optional[...]` and `Union[...]` from `typing` or `typing_extensions`, however they are imported ' +
      '(`from typing import Optional`, `import typing as t; t.Optional[...]`, aliases), in annotations, string ' +
      'annotations and run-time expressions (`Maybe = Optional[int]`), when the target version is Python 3.10 ' +
      'or newer. Like Ruff, a slice with a quoted member (`Optional["Customer"]`) is only flagged where Python ' +
      'does not evaluate it (under `from __future__ import annotations`, in `if TYPE_CHECKING:`, in a local ' +
      'variable annotation), and a slice with a starred member (`Union[*Ts]`) and `Optional[NamedTuple]` ' +
      '(`NamedTuple | None` fails at run time) are never flagged.',
    why:
      'The standards write optional and union types the modern way (`Customer | None`): shorter, no import, ' +
      'and the same syntax type checkers print in their messages.',
    bad: 'from typing import Optional\n\n\ndef find(customer_id: int) -> Optional[str]:\n    return None\n',
    good: 'def find(customer_id: int) -> str | None:\n    return None\n',
    fixSafety:
      'The fix is safe. It only deletes the `Optional[`/`Union[` prefix and the closing bracket, turns the ' +
      'commas into `|` and appends `| None`, so comments and nested expressions stay as written; it adds ' +
      'parentheses where the expression spans lines or holds comments, where an operand binds more loosely ' +
      'than `|` (`a if c else b`), and where the context binds tighter (`Optional[int].__args__`). The ' +
      '`Optional`/`Union` name is removed from its `from typing import` when the fix leaves it unused. ' +
      'It is offered only in type definitions (annotations, type aliases, `cast()`, the slice of a generic): ' +
      'at run time `int | None` is a `types.UnionType`, not a `typing.Union`, which code that inspects types ' +
      'may tell apart. Members written as strings (`Optional["Customer"]`) and string annotations with ' +
      'escapes, prefixes or triple quotes are reported without a fix, since `"Customer" | None` fails when ' +
      'evaluated.',
    comparison:
      "Same findings as Ruff's UP045 (`Optional`) and UP007 (`Union`) at target 3.10+. Below 3.10 nothing " +
      'is reported (Ruff also reports under `from __future__ import annotations` for older targets). Ruff ' +
      'regenerates the expression and therefore marks fixes that would drop comments unsafe; this fix keeps ' +
      'comments and is safe. Ruff writes `int | None.__args__` for `Optional[int].__args__`; this fix ' +
      'parenthesizes.',
  },
  create(context) {
    return {
      module() {
        const target = parseTargetVersion(context.settings.targetVersion);
        if (compareVersions(target, { major: 3, minor: 10 }) < 0) return;
        const semantic = context.semantic;
        const uses = findTypingUses(context.source, semantic, MEMBERS);
        const reported: { reference: TypingReference; node: SyntaxNode; optional: boolean }[] = [];
        const planned: PlannedReference[] = [];
        for (const reference of uses.references) {
          const shape = subscriptShape(reference.node);
          const optional = reference.member === 'Optional';
          const anchor = reference.quoted?.string ?? shape?.whole;
          if (!shape || !anchor) {
            planned.push({ reference, edits: undefined });
            continue;
          }
          const where = typeContextOf(anchor, semantic, context.settings, reference.quoted !== undefined);
          const members = shape.elements.map(elementExpression);
          const quotedMember = members.some((m) => m.type === 'string' || m.type === 'concatenated_string');
          const starred = members.some((m) => m.type === 'list_splat' || m.type === 'splat_type');
          // Ruff skips `Optional[NamedTuple]`: `NamedTuple | None` fails at run time (it is a function).
          const namedTuple = optional && !reference.quoted && members.length === 1 && NAMED_TUPLE.has(semantic.qualifiedName(members[0] as SyntaxNode) ?? '');
          if (starred || namedTuple || (quotedMember && where.runtime)) {
            planned.push({ reference, edits: undefined });
            continue;
          }
          const fixable = where.inTypeDefinition && (reference.quoted?.simple ?? true);
          const edits = fixable ? pep604Edits(shape, optional) : undefined;
          planned.push({ reference, edits: edits && shiftEdits(edits, reference.quoted?.shift ?? 0) });
          reported.push({ reference, node: shape.whole, optional });
        }
        const fixes = planFixes(context.source, uses, planned, 'safe', 'Convert to `|` syntax');
        for (const { reference, node, optional } of reported) {
          const fix = fixes.byReference.get(reference);
          const messageId = optional ? 'optional' : 'union';
          const quoted = reference.quoted;
          const range = !quoted
            ? { start: node.startIndex, end: node.endIndex }
            : quoted.simple
              ? { start: node.startIndex + quoted.shift, end: node.endIndex + quoted.shift }
              : { start: quoted.string.startIndex, end: quoted.string.endIndex };
          context.report({ range, messageId, ...(fix && { fix }) });
        }
      },
    };
  },
});
