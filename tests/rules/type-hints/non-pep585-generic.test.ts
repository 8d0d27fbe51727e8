import rule from '../../../src/rules/type-hints/non-pep585-generic.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'def calculate_total(items: list[Item], tax_rate: float) -> Decimal:\n    ...\n',
    { name: 'below Python 3.9 the builtins are not generic', code: 'from typing import List\n\nx: List[int] = []\n', options: { 'target-version': 'py38' } },
    {
      name: 'Sequence, Callable (collections.abc) and OrderedDict (moved, not a PEP 585 alias) are other rules\' business',
      code: 'from typing import Callable, OrderedDict, Sequence\n\nx: Sequence[OrderedDict[str, Callable[[], int]]]\n',
    },
    { name: 'collections.deque itself', code: 'from collections import deque\n\nx: deque[int] = deque()\n' },
    { name: 'a local List', code: 'class List:\n    pass\n\nx: List[int]\n' },
    { name: 'typing_extensions.List is not a PEP 585 alias', code: 'import typing_extensions\n\nx: typing_extensions.List[int]\n' },
    { name: 'below Python 3.9 collections.deque is not generic', code: 'import typing\n\nx: typing.Deque[int]\n', options: { 'target-version': 'py38' } },
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
        { messageId: 'deprecatedImport', line: 1, column: 1, data: { member: 'Dict', replacement: 'dict' } },
        { messageId: 'deprecatedImport', line: 1, column: 1, data: { member: 'List', replacement: 'list' } },
        { messageId: 'useBuiltin', line: 3, column: 17, endColumn: 21, data: { replacement: 'list', name: 'List' } },
        { messageId: 'useBuiltin', line: 3, column: 31, data: { replacement: 'dict', name: 'Dict' } },
        { messageId: 'useBuiltin', line: 3, column: 41, data: { replacement: 'list', name: 'List' } },
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
        { messageId: 'useBuiltin', line: 3, column: 13, data: { replacement: 'dict', name: 't.Dict' } },
        { messageId: 'useBuiltin', line: 3, column: 25, data: { replacement: 'tuple', name: 't.Tuple' } },
        { messageId: 'useBuiltin', line: 4, column: 10, data: { replacement: 'set', name: 't.Set' } },
        { messageId: 'useBuiltin', line: 4, column: 17, data: { replacement: 'frozenset', name: 't.FrozenSet' } },
        { messageId: 'useBuiltin', line: 4, column: 30, data: { replacement: 'type', name: 't.Type' } },
        { messageId: 'useBuiltin', line: 5, column: 21, data: { replacement: 'list', name: 't.List' } },
      ],
      output: 'import typing as t\n\nLegacyMap = dict[str, tuple[int, ...]]\nkinds = (set, frozenset, type)\nok = isinstance([], list)\n',
    },
    {
      name: 'inside a string annotation; an aliased import',
      code: 'from typing import List as L\n\ndef f(rows: "L[int]") -> None:\n    pass\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1 },
        { messageId: 'useBuiltin', line: 3, column: 14, endColumn: 15, data: { replacement: 'list', name: 'L' } },
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
      name: 'typing.Deque and DefaultDict: one import of each after the last import above its first use (the second in the next pass)',
      code: py`
        """Queues."""
        import typing
        import os

        Pending = typing.Deque[str]


        def counts(rows: typing.DefaultDict[str, int], more: "typing.Deque[int]") -> None:
            pass
      `,
      errors: [
        { messageId: 'useBuiltin', line: 5, column: 11, endColumn: 23, data: { replacement: 'collections.deque', name: 'typing.Deque' } },
        { messageId: 'useBuiltin', line: 8, column: 18, data: { replacement: 'collections.defaultdict', name: 'typing.DefaultDict' } },
        { messageId: 'useBuiltin', line: 8, column: 55, data: { replacement: 'collections.deque', name: 'typing.Deque' } },
      ],
      output:
        '"""Queues."""\nimport typing\nimport os\nfrom collections import deque\nfrom collections import defaultdict\n\n' +
        'Pending = deque[str]\n\n\ndef counts(rows: defaultdict[str, int], more: "deque[int]") -> None:\n    pass\n',
    },
    {
      name: 'from typing import Deque: the new import takes the place of the old one',
      code: 'from typing import Deque\n\n\ndef drain(queue: Deque[int]) -> Deque[int]:\n    return queue\n',
      errors: [
        { messageId: 'deprecatedImport', line: 1, column: 1, data: { member: 'Deque', replacement: 'collections.deque' } },
        { messageId: 'useBuiltin', line: 4, column: 18, endColumn: 23, data: { replacement: 'collections.deque', name: 'Deque' } },
        { messageId: 'useBuiltin', line: 4, column: 33, data: { replacement: 'collections.deque', name: 'Deque' } },
      ],
      output: 'from collections import deque\n\n\ndef drain(queue: deque[int]) -> deque[int]:\n    return queue\n',
    },
    {
      name: 'an existing import of collections or of the class is reused',
      code: 'import collections\nfrom collections import defaultdict as dd\nfrom typing import DefaultDict, Deque\n\nx: Deque[int]\ny: DefaultDict[str, int]\n',
      errors: [
        { messageId: 'deprecatedImport', line: 3, column: 1, data: { member: 'DefaultDict', replacement: 'collections.defaultdict' } },
        { messageId: 'deprecatedImport', line: 3, column: 1, data: { member: 'Deque', replacement: 'collections.deque' } },
        { messageId: 'useBuiltin', line: 5, column: 4, data: { replacement: 'collections.deque', name: 'Deque' } },
        { messageId: 'useBuiltin', line: 6, column: 4, data: { replacement: 'collections.defaultdict', name: 'DefaultDict' } },
      ],
      output: 'import collections\nfrom collections import defaultdict as dd\n\nx: collections.deque[int]\ny: dd[str, int]\n',
    },
    {
      name: 'typing_extensions.Deque, with CRLF line endings',
      code: 'import typing_extensions\r\n\r\nx: typing_extensions.Deque[int]\r\n',
      errors: [{ messageId: 'useBuiltin', line: 3, column: 4, data: { replacement: 'collections.deque', name: 'typing_extensions.Deque' } }],
      output: 'import typing_extensions\r\nfrom collections import deque\r\n\r\nx: deque[int]\r\n',
    },
    {
      name: 'no fix when deque is taken in the module, or the only collections import is conditional',
      code: py`
        import typing

        if typing.TYPE_CHECKING:
            from collections import deque

        x: typing.Deque[int]
      `,
      errors: [{ messageId: 'useBuiltin', line: 6, column: 4 }],
      output: null,
    },
    {
      name: 'no fix when deque is a local name at the use, or no top-level import precedes it',
      code: py`
        def f():
            import typing
            deque = []
            x: typing.Deque[int] = deque
            return x
      `,
      errors: [{ messageId: 'useBuiltin', line: 4, column: 8 }],
      output: null,
    },
    {
      name: 'no fix when the import line also holds other code',
      code: 'import typing; x: typing.Deque[int]\n',
      errors: [{ messageId: 'useBuiltin', line: 1, column: 19 }],
      output: null,
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
