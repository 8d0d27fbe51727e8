import rule from '../../../src/rules/type-hints/missing-parameter-annotation.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'standards good example',
      code: py`
        from decimal import Decimal
        from uuid import UUID

        def calculate_total(items: list[Item], tax_rate: float) -> Decimal:
            ...

        async def get_customer(customer_id: UUID) -> Customer | None:
            ...
      `,
    },
    { name: 'self is skipped whatever its name', code: 'class A:\n    def m(this, x: int) -> None:\n        pass\n' },
    { name: 'cls of a classmethod is skipped', code: 'class A:\n    @classmethod\n    def make(cls, x: int) -> "A":\n        return cls()\n' },
    { name: 'annotated *args and **kwargs', code: 'def f(*args: int, **kwargs: str) -> None:\n    pass\n' },
    { name: 'lambdas are not checked', code: 'key = lambda item: item.name\n' },
    {
      name: 'the implementation after @overload stubs is skipped',
      code: py`
        from typing import overload

        @overload
        def parse(value: int) -> int: ...
        @overload
        def parse(value: str) -> str: ...
        def parse(value):
            return value
      `,
    },
    { name: 'keyword-only first parameter of a method is the one skipped (as Ruff)', code: 'class A:\n    def m(*, key) -> None:\n        pass\n' },
  ],
  invalid: [
    {
      name: 'standards bad example: each parameter',
      code: 'def calculate_total(items, tax_rate):\n    ...\n',
      errors: [
        { messageId: 'missingArgument', line: 1, column: 21, data: { name: 'items' } },
        { messageId: 'missingArgument', line: 1, column: 28, data: { name: 'tax_rate' } },
      ],
    },
    {
      name: '*args and **kwargs',
      code: 'def f(*args, **kwargs) -> None:\n    pass\n',
      errors: [
        { messageId: 'missingArgs', line: 1, column: 8, data: { name: 'args' } },
        { messageId: 'missingKwargs', line: 1, column: 16, data: { name: 'kwargs' } },
      ],
    },
    {
      name: 'defaults, positional-only and keyword-only parameters',
      code: 'def f(a, /, b=1, *, c=2) -> None:\n    pass\n',
      errors: [
        { messageId: 'missingArgument', line: 1, column: 7 },
        { messageId: 'missingArgument', line: 1, column: 13 },
        { messageId: 'missingArgument', line: 1, column: 21 },
      ],
    },
    {
      name: 'a static method has no implicit first parameter',
      code: 'class A:\n    @staticmethod\n    def load(path) -> None:\n        pass\n',
      errors: [{ messageId: 'missingArgument', line: 3, column: 14, data: { name: 'path' } }],
    },
    {
      name: 'a function nested in a method is not a method',
      code: 'class A:\n    def m(self) -> None:\n        def inner(x) -> None:\n            pass\n',
      errors: [{ messageId: 'missingArgument', line: 3, column: 19, data: { name: 'x' } }],
    },
    {
      name: 'dunders and async methods are checked',
      code: 'class A:\n    def __eq__(self, other) -> bool:\n        return True\n\n    async def fetch(self, url) -> None:\n        pass\n',
      errors: [
        { messageId: 'missingArgument', line: 2, column: 22, data: { name: 'other' } },
        { messageId: 'missingArgument', line: 5, column: 27, data: { name: 'url' } },
      ],
    },
    {
      name: '@overload stubs themselves are checked',
      code: py`
        from typing import overload

        @overload
        def parse(value) -> int: ...
        def parse(value):
            return value
      `,
      errors: [{ messageId: 'missingArgument', line: 4, column: 11, data: { name: 'value' } }],
    },
    {
      name: 'a function after a different overload group is checked',
      code: py`
        import typing

        @typing.overload
        def load(value: int) -> int: ...
        def save(value):
            pass
      `,
      errors: [{ messageId: 'missingArgument', line: 5, column: 10, data: { name: 'value' } }],
    },
  ],
});
