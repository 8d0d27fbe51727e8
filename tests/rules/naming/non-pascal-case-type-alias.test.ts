import rule from '../../../src/rules/naming/non-pascal-case-type-alias.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: CustomerDict', code: 'from typing import Any\n\nCustomerDict = dict[str, Any]\n' },
    'type CustomerId = int\n',
    { name: 'type(obj).attr = … is an attribute assignment, not a type alias', code: py`
      from unittest.mock import MagicMock, PropertyMock

      broken_review = MagicMock()
      type(broken_review).parsed_report = PropertyMock(side_effect=ValueError("corrupt"))
    ` },
    { name: 'type[0] = … and type (x).a = … are assignments too', code: 'type[0] = 1\ntype (x).a = 2\n' },
    { name: 'type, match and case as plain names', code: py`
      import re

      type = "admin"
      match = re.match(r"a", type)
      case = match.group(0)
    ` },
    'from typing import TypeAlias\n\nUserMap: TypeAlias = dict[str, int]\n',
    'from typing import Optional\n\n_MaybeInt = Optional[int]\n',
    { name: 'bitwise or of ints is not a type union', code: 'READ = 1\nWRITE = 2\nmode = READ | WRITE\n' },
    { name: 'indexing a list is not a type', code: 'items = [1, 2]\nfirst = items[0]\n' },
    { name: 'plain alias assignments inside functions are NAM005\'s business', code: 'def f() -> None:\n    alias = dict[str, int]\n' },
  ],
  invalid: [
    {
      name: 'a generic type statement',
      code: 'type pair_of[T] = tuple[T, T]\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 6, endColumn: 13, data: { name: 'pair_of' } }],
    },
    {
      name: 'generic alias',
      code: 'from typing import Any\n\ncustomer_dict = dict[str, Any]\n',
      errors: [{ messageId: 'notPascalCase', line: 3, column: 1, endLine: 3, endColumn: 14, data: { name: 'customer_dict' } }],
    },
    {
      name: 'union with None',
      code: 'class Customer:\n    pass\n\nmaybe_customer = Customer | None\n',
      errors: [{ messageId: 'notPascalCase', line: 4, column: 1, data: { name: 'maybe_customer' } }],
    },
    {
      name: 'typing generics through an alias',
      code: 'import typing as t\n\nhandler_t = t.Callable[[int], str]\n',
      errors: [{ messageId: 'notPascalCase', line: 3, column: 1, data: { name: 'handler_t' } }],
    },
    {
      name: 'PEP 695 and TypeAlias anywhere',
      code: py`
        from typing import TypeAlias

        type customer_id = int

        class Registry:
            entry_t: TypeAlias = dict[str, int]
      `,
      errors: [
        { messageId: 'notPascalCase', line: 3, column: 6, data: { name: 'customer_id' } },
        { messageId: 'notPascalCase', line: 6, column: 5, data: { name: 'entry_t' } },
      ],
    },
    {
      name: 'UPPER_SNAKE is a constant style, not PascalCase',
      code: 'JSON_DICT = dict[str, object]\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 1, data: { name: 'JSON_DICT' } }],
    },
  ],
});
