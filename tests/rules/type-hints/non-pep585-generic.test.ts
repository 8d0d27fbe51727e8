import rule from '../../../src/rules/type-hints/non-pep585-generic.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'def calculate_total(items: list[Item], tax_rate: float) -> Decimal:\n    ...\n',
    { name: 'below Python 3.9 the builtins are not generic', code: 'from typing import List\n\nx: List[int] = []\n', options: { 'target-version': 'py38' } },
    { name: 'Sequence, Callable, Deque are other rules\' business', code: 'from typing import Callable, Deque, Sequence\n\nx: Sequence[Deque[Callable[[], int]]]\n' },
    { name: 'a local List', code: 'class List:\n    pass\n\nx: List[int]\n' },
    { name: 'typing_extensions.List is not a PEP 585 alias', code: 'import typing_extensions\n\nx: typing_extensions.List[int]\n' },
  ],
  invalid: [
    {
      name: 'uses and the import; the import goes with its last use',
      code: py`
        from typing import Dict, List

        def group(rows: List[str]) -> Dict[str, List[str]]:
            return {}
      `,
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1, data: { member: 'Dict', builtin: 'dict' } },
        { messageId: 'deprecatedImport', line: 1, column: 1, data: { member: 'List', builtin: 'list' } },
        { messageId: 'useBuiltin', line: 3, column: 17, endColumn: 21, data: { builtin: 'list', name: 'List' } },
        { messageId: 'useBuiltin', line: 3, column: 31, data: { builtin: 'dict', name: 'Dict' } },
        { messageId: 'useBuiltin', line: 3, column: 41, data: { builtin: 'list', name: 'List' } },
      ],
      output: '\ndef group(rows: list[str]) -> dict[str, list[str]]:\n    return {}\n',
    },
    {
      name: 'through a module alias, at run time, and every member',
      code: py`
        import typing as t

        LegacyMap = t.Dict[str, t.Tuple[int, ...]]
        kinds = (t.Set, t.FrozenSet, t.Type)
        ok = isinstance([], t.List)
      `,
      errors: [
        { messageId: 'useBuiltin', line: 3, column: 13, data: { builtin: 'dict', name: 't.Dict' } },
        { messageId: 'useBuiltin', line: 3, column: 25, data: { builtin: 'tuple', name: 't.Tuple' } },
        { messageId: 'useBuiltin', line: 4, column: 10, data: { builtin: 'set', name: 't.Set' } },
        { messageId: 'useBuiltin', line: 4, column: 17, data: { builtin: 'frozenset', name: 't.FrozenSet' } },
        { messageId: 'useBuiltin', line: 4, column: 30, data: { builtin: 'type', name: 't.Type' } },
        { messageId: 'useBuiltin', line: 5, column: 21, data: { builtin: 'list', name: 't.List' } },
      ],
      output: 'import typing as t\n\nLegacyMap = dict[str, tuple[int, ...]]\nkinds = (set, frozenset, type)\nok = isinstance([], list)\n',
    },
    {
      name: 'inside a string annotation; an aliased import',
      code: 'from typing import List as L\n\ndef f(rows: "L[int]") -> None:\n    pass\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1 },
        { messageId: 'useBuiltin', line: 3, column: 14, endColumn: 15, data: { builtin: 'list', name: 'L' } },
      ],
      output: '\ndef f(rows: "list[int]") -> None:\n    pass\n',
    },
    {
      name: 'a shadowed builtin gets no fix, and the import stays',
      code: 'from typing import List\n\nlist = []\nx: List[int]\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1 },
        { messageId: 'useBuiltin', line: 4, column: 4 },
      ],
      output: null,
    },
    {
      name: 'a name listed in __all__ keeps its import',
      code: 'from typing import List\n\n__all__ = ["List"]\nx: List[int]\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1 },
        { messageId: 'useBuiltin', line: 4, column: 4 },
      ],
      output: 'from typing import List\n\n__all__ = ["List"]\nx: list[int]\n',
    },
    {
      name: 'an unused import is reported and kept (it may be a re-export or used by type comments)',
      code: 'from typing import List\n',
      errors: [{ messageId: 'deprecatedImport', line: 1, column: 1 }],
      output: null,
    },
    {
      name: 'a multi-line import keeps the other names and comments',
      code: 'from typing import (\n    Any,  # anything\n    List,\n)\n\nx: List[Any]\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1 },
        { messageId: 'useBuiltin', line: 6, column: 4 },
      ],
      output: 'from typing import (\n    Any,  # anything\n)\n\nx: list[Any]\n',
    },
    {
      name: 'at target 3.9 the fix is unsafe (as in Ruff)',
      code: 'import typing\n\nx: typing.List[int] = []\n',
      options: { 'target-version': 'py39' },
      errors: [{ messageId: 'useBuiltin', line: 3, column: 4 }],
      output: null,
      unsafeOutput: 'import typing\n\nx: list[int] = []\n',
    },
  ],
});
