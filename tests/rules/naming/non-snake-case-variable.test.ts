import rule from '../../../src/rules/naming/non-snake-case-variable.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: customer_name', code: 'def f() -> None:\n    customer_name = "Ada"\n' },
    { name: 'module-level names are NAM006\'s business', code: 'CustomerName = "Ada"\n' },
    {
      name: 'global declaration',
      code: py`
        def configure() -> None:
            global SETTINGS
            SETTINGS = {}
      `,
    },
    {
      name: 'factories and explicit aliases',
      code: py`
        from collections import namedtuple
        from typing import NamedTuple, NewType, TypeAlias, TypedDict, TypeVar

        def build() -> None:
            Point = namedtuple("Point", "x y")
            Pair = NamedTuple("Pair", [("a", int)])
            Movie = TypedDict("Movie", {"title": str})
            T = TypeVar("T")
            UserId = NewType("UserId", int)
            Alias: TypeAlias = dict[str, int]
            type Other = list[int]
      `,
    },
    {
      name: 'Django dynamic model import',
      code: py`
        def migrate(apps: object, schema_editor: object) -> None:
            Attachment = apps.get_model("zerver", "Attachment")
      `,
    },
    {
      name: 'walrus inside a comprehension (not checked, as in Ruff)',
      code: py`
        def f(items: list[int]) -> None:
            [Last := item for item in items]
      `,
    },
    { name: 'except name and comprehension targets are not stored names', code: 'def f() -> None:\n    try:\n        pass\n    except ValueError as Err:\n        pass\n    [X for X in range(3)]\n' },
  ],
  invalid: [
    {
      name: 'assignment',
      code: 'def total(prices: list[float]) -> float:\n    TotalPrice = sum(prices)\n    return TotalPrice\n',
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 5, endLine: 2, endColumn: 15, data: { name: 'TotalPrice' } }],
    },
    {
      name: 'every kind of stored name',
      code: py`
        def f(items: list[int]) -> None:
            A, (B, *C) = 1, (2, 3)
            D: int = 1
            E += 1
            for F in items:
                pass
            with open("x") as G:
                pass
            if (H := 1):
                pass
      `,
      errors: [
        { messageId: 'notSnakeCase', line: 2, column: 5, data: { name: 'A' } },
        { messageId: 'notSnakeCase', line: 2, column: 9, data: { name: 'B' } },
        { messageId: 'notSnakeCase', line: 2, column: 13, data: { name: 'C' } },
        { messageId: 'notSnakeCase', line: 3, column: 5, data: { name: 'D' } },
        { messageId: 'notSnakeCase', line: 4, column: 5, data: { name: 'E' } },
        { messageId: 'notSnakeCase', line: 5, column: 9, data: { name: 'F' } },
        { messageId: 'notSnakeCase', line: 7, column: 23, data: { name: 'G' } },
        { messageId: 'notSnakeCase', line: 9, column: 9, data: { name: 'H' } },
      ],
    },
    {
      name: 'a plain type alias inside a function is flagged (as in Ruff)',
      code: 'def f() -> None:\n    Alias = dict[str, int]\n',
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 5, data: { name: 'Alias' } }],
    },
    {
      name: 'ParamSpec is not exempt (as in Ruff)',
      code: 'from typing import ParamSpec\n\ndef f() -> None:\n    P = ParamSpec("P")\n',
      errors: [{ messageId: 'notSnakeCase', line: 4, column: 5, data: { name: 'P' } }],
    },
    {
      name: 'uncased letters are not lowercase (as in Ruff)',
      code: 'def f() -> None:\n    说明 = 1\n',
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 5, data: { name: '说明' } }],
    },
    {
      name: 'nonlocal names are checked',
      code: 'def outer() -> None:\n    Count = 0\n    def inner() -> None:\n        nonlocal Count\n        Count = 1\n',
      errors: [
        { messageId: 'notSnakeCase', line: 2, column: 5, data: { name: 'Count' } },
        { messageId: 'notSnakeCase', line: 5, column: 9, data: { name: 'Count' } },
      ],
    },
  ],
});
