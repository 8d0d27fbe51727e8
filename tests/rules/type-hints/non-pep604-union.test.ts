import rule from '../../../src/rules/type-hints/non-pep604-union.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'def get_customer(customer_id: int) -> Customer | None:\n    ...\n',
    { name: 'below Python 3.10 the syntax is not available', code: 'from typing import Optional\n\nx: Optional[int] = None\n', options: { 'target-version': 'py39' } },
    { name: 'a quoted member evaluated at run time', code: 'from typing import Optional\n\ndef f(c: Optional["Customer"]) -> None:\n    pass\n' },
    { name: 'a starred member', code: 'from typing import Union\n\ndef f(*args: Union[*Ts]) -> None:\n    pass\n' },
    { name: 'Optional[NamedTuple] (NamedTuple | None fails at run time)', code: 'from typing import NamedTuple, Optional\n\nrow: Optional[NamedTuple] = None\n' },
    { name: 'bare Optional is not a union', code: 'import typing\n\nkinds = [typing.Optional, typing.Union]\n' },
    { name: 'a local class named Optional', code: 'class Optional:\n    pass\n\nx: Optional[int]\n' },
    { name: 'Optional from another module', code: 'from mylib import Optional\n\nx: Optional[int]\n' },
    { name: 'the word in strings and comments', code: '# Optional[int]\nlabel = "Optional[int]"\n' },
  ],
  invalid: [
    {
      name: 'Optional in a signature; the import goes when unused',
      code: 'from typing import Optional\n\n\ndef find(customer_id: int) -> Optional[str]:\n    return None\n',
      errors: [{ messageId: 'optional', line: 4, column: 31, endLine: 4, endColumn: 44 }],
      output: '\n\ndef find(customer_id: int) -> str | None:\n    return None\n',
    },
    {
      name: 'Union through a module alias; the module import stays',
      code: 'import typing as t\n\nvalue: t.Union[int, str, None] = 1\n',
      errors: [{ messageId: 'union', line: 3, column: 8 }],
      output: 'import typing as t\n\nvalue: int | str | None = 1\n',
    },
    {
      name: 'other names of the import are kept',
      code: 'from typing import Any, Optional\n\nx: Optional[Any] = None\n',
      errors: [{ messageId: 'optional', line: 3, column: 4 }],
      output: 'from typing import Any\n\nx: Any | None = None\n',
    },
    {
      name: 'Optional[Callable[[], int]] needs no extra parentheses',
      code: 'from collections.abc import Callable\nfrom typing import Optional\n\nhook: Optional[Callable[[], int]] = None\n',
      errors: [{ messageId: 'optional', line: 4, column: 7 }],
      output: 'from collections.abc import Callable\n\nhook: Callable[[], int] | None = None\n',
    },
    {
      name: 'a multi-line union keeps its comments inside parentheses',
      code: py`
        from typing import Union

        def parse(raw: bytes) -> Union[
            int,  # a count
            str,
        ]:
            return 1
      `,
      errors: [{ messageId: 'union', line: 3, column: 26, endLine: 6, endColumn: 2 }],
      output: py`

        def parse(raw: bytes) -> (
            int |  # a count
            str
        ):
            return 1
      `,
    },
    {
      name: 'operands that bind looser than | and contexts that bind tighter get parentheses',
      code: 'import typing\n\na: typing.Optional[int if X else str]\nb: typing.Optional[int].__args__\n',
      errors: [
        { messageId: 'optional', line: 3, column: 4 },
        { messageId: 'optional', line: 4, column: 4 },
      ],
      output: 'import typing\n\na: (int if X else str) | None\nb: (int | None).__args__\n',
    },
    {
      name: 'nested unions settle over passes',
      code: 'from typing import Optional, Union\n\nx: Optional[Union[int, str]]\n',
      errors: [
        { messageId: 'optional', line: 3, column: 4 },
        { messageId: 'union', line: 3, column: 13 },
      ],
      output: '\nx: int | str | None\n',
    },
    {
      name: 'a run-time alias is reported without a fix (typing.Union ≠ types.UnionType)',
      code: 'from typing import Optional\n\nMaybeInt = Optional[int]\n',
      errors: [{ messageId: 'optional', line: 3, column: 12 }],
      output: null,
    },
    {
      name: 'the slice of a run-time generic is a type definition',
      code: 'from typing import Optional\n\nRows = list[Optional[int]]\n',
      errors: [{ messageId: 'optional', line: 3, column: 13 }],
      output: '\nRows = list[int | None]\n',
    },
    {
      name: 'inside a string annotation',
      code: 'from typing import Optional\n\ndef f(c: "Optional[Customer]") -> None:\n    pass\n',
      errors: [{ messageId: 'optional', line: 3, column: 11, endColumn: 29 }],
      output: '\ndef f(c: "Customer | None") -> None:\n    pass\n',
    },
    {
      name: 'a quoted member where annotations are not evaluated is reported, not fixed',
      code: 'from __future__ import annotations\n\nfrom typing import Optional\n\ndef f(c: Optional["Customer"]) -> None:\n    pass\n',
      errors: [{ messageId: 'optional', line: 5, column: 10 }],
      output: null,
    },
    {
      name: 'a use that cannot be fixed keeps the import',
      code: 'from typing import Optional\n\nx: Optional[int]\nALIAS = Optional[str]\n',
      errors: [
        { messageId: 'optional', line: 3, column: 4 },
        { messageId: 'optional', line: 4, column: 9 },
      ],
      output: 'from typing import Optional\n\nx: int | None\nALIAS = Optional[str]\n',
    },
    {
      name: 'an import that is the only statement of a block becomes pass',
      code: 'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from typing import Optional\n\n\ndef f(x: "Optional[int]") -> None:\n    pass\n',
      errors: [{ messageId: 'optional', line: 7, column: 11 }],
      output: 'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    pass\n\n\ndef f(x: "int | None") -> None:\n    pass\n',
    },
  ],
});
