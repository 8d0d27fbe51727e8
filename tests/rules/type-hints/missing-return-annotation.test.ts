import rule from '../../../src/rules/type-hints/missing-return-annotation.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'standards good examples',
      code: py`
        def calculate_total(items: list[Item], tax_rate: float) -> Decimal:
            ...

        async def get_customer(customer_id: UUID) -> Customer | None:
            ...

        class CustomerNotFoundError(Exception):
            """Raised when customer is not found."""
            def __init__(self, customer_id: UUID):
                self.customer_id = customer_id
                super().__init__(f"Customer {customer_id} not found")
      `,
    },
    { name: '__init__ with an annotated *args (mypy)', code: 'class A:\n    def __init__(self, *args: int):\n        pass\n' },
    { name: 'lambdas are not checked', code: 'square = lambda x: x * x\n' },
    {
      name: 'overload implementation is skipped',
      code: py`
        from typing import overload

        class A:
            @overload
            def get(self, key: int) -> int: ...
            @overload
            def get(self, key: str) -> str: ...
            def get(self, key):
                return key
      `,
    },
  ],
  invalid: [
    {
      name: 'standards bad example',
      code: 'def calculate_total(items, tax_rate):\n    ...\n',
      errors: [{ messageId: 'missingReturn', line: 1, column: 5, data: { name: 'calculate_total' } }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'nothing returned: unsafe `-> None`',
      code: 'def log(message: str):\n    print(message)\n',
      errors: [{ messageId: 'missingReturn', line: 1, column: 5 }],
      output: null,
      unsafeOutput: 'def log(message: str) -> None:\n    print(message)\n',
    },
    {
      name: 'bare return and return None still mean None; nested returns do not count',
      code: py`
        async def stop(flag: bool):
            def inner() -> int:
                return 1
            if flag:
                return
            return None
      `,
      errors: [{ messageId: 'missingReturn', line: 1, column: 11 }],
      output: null,
      unsafeOutput: py`
        async def stop(flag: bool) -> None:
            def inner() -> int:
                return 1
            if flag:
                return
            return None
      `,
    },
    {
      name: 'a value is returned: no fix',
      code: 'def total(a: int, b: int):\n    return a + b\n',
      errors: [{ messageId: 'missingReturn', line: 1, column: 5 }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'generators get no fix',
      code: 'def numbers():\n    yield 1\n',
      errors: [{ messageId: 'missingReturn', line: 1, column: 5 }],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'placeholders and abstract methods get no fix',
      code: py`
        import abc

        class Base(abc.ABC):
            @abc.abstractmethod
            def run(self):
                pass

            def stop(self):
                """Stop it."""
                raise NotImplementedError

            def pause(self):
                ...
      `,
      errors: [
        { messageId: 'missingReturnMethod', line: 5, column: 9, data: { name: 'run' } },
        { messageId: 'missingReturnMethod', line: 8, column: 9, data: { name: 'stop' } },
        { messageId: 'missingReturnMethod', line: 12, column: 9, data: { name: 'pause' } },
      ],
      output: null,
      unsafeOutput: null,
    },
    {
      name: 'simple dunders get their fixed type; __init__ without annotated parameters gets None',
      code: py`
        class Money:
            def __init__(self):
                self.cents = 0

            def __str__(self):
                return f"{self.cents}"

            def __bool__(self):
                return self.cents != 0

            def __eq__(self, other: object):
                return True
      `,
      errors: [
        { messageId: 'missingReturnSpecial', line: 2, column: 9, data: { name: '__init__' } },
        { messageId: 'missingReturnSpecial', line: 5, column: 9, data: { name: '__str__' } },
        { messageId: 'missingReturnSpecial', line: 8, column: 9, data: { name: '__bool__' } },
        { messageId: 'missingReturnSpecial', line: 11, column: 9, data: { name: '__eq__' } },
      ],
      output: null,
      unsafeOutput: py`
        class Money:
            def __init__(self) -> None:
                self.cents = 0

            def __str__(self) -> str:
                return f"{self.cents}"

            def __bool__(self) -> bool:
                return self.cents != 0

            def __eq__(self, other: object):
                return True
      `,
    },
    {
      name: 'static and class methods; a module-level __init__ is a plain function',
      code: py`
        class A:
            @staticmethod
            def make(x: int):
                return A()

            @classmethod
            def build(cls):
                return cls()

        def __init__(x: int):
            pass
      `,
      errors: [
        { messageId: 'missingReturnStatic', line: 3, column: 9, data: { name: 'make' } },
        { messageId: 'missingReturnClass', line: 7, column: 9, data: { name: 'build' } },
        { messageId: 'missingReturn', line: 10, column: 5, data: { name: '__init__' } },
      ],
      output: null,
      unsafeOutput: 'class A:\n    @staticmethod\n    def make(x: int):\n        return A()\n\n    @classmethod\n    def build(cls):\n        return cls()\n\ndef __init__(x: int) -> None:\n    pass\n',
    },
    {
      name: '__init__ with only self unannotated-args is reported (mypy needs one annotated parameter)',
      code: 'class A:\n    def __init__(self, name):\n        self.name = name\n',
      errors: [{ messageId: 'missingReturnSpecial', line: 2, column: 9, data: { name: '__init__' } }],
      output: null,
      unsafeOutput: 'class A:\n    def __init__(self, name) -> None:\n        self.name = name\n',
    },
    {
      name: '@overload stubs are checked (no fix for `...` bodies)',
      code: py`
        from typing import overload

        @overload
        def parse(value: int): ...
        def parse(value):
            return value
      `,
      errors: [{ messageId: 'missingReturn', line: 4, column: 5, data: { name: 'parse' } }],
      output: null,
      unsafeOutput: null,
    },
  ],
});
