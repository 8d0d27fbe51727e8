import rule from '../../../src/rules/naming/invalid-argument-name.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'def get_customer(customer_id: int, *args: str, **kwargs: str) -> None:\n    pass\n',
    'handler = lambda event, context: event\n',
    {
      name: '@override keeps the overridden signature',
      code: py`
        from typing_extensions import override

        class Child(Base):
            @override
            def handle(self, eventName: str) -> None:
                pass
      `,
    },
  ],
  invalid: [
    {
      name: 'camelCase parameter',
      code: 'def greet(customerName: str) -> str:\n    return customerName\n',
      errors: [{ messageId: 'notSnakeCase', line: 1, column: 11, endLine: 1, endColumn: 23, data: { name: 'customerName' } }],
    },
    {
      name: 'every kind of parameter',
      code: 'def f(A, /, B=1, *Args, C: int = 2, **KW) -> None:\n    pass\n',
      errors: [
        { messageId: 'notSnakeCase', line: 1, column: 7, data: { name: 'A' } },
        { messageId: 'notSnakeCase', line: 1, column: 13, data: { name: 'B' } },
        { messageId: 'notSnakeCase', line: 1, column: 19, data: { name: 'Args' } },
        { messageId: 'notSnakeCase', line: 1, column: 25, data: { name: 'C' } },
        { messageId: 'notSnakeCase', line: 1, column: 39, data: { name: 'KW' } },
      ],
    },
    {
      name: 'lambda parameter',
      code: 'key = lambda Item: Item\n',
      errors: [{ messageId: 'notSnakeCase', line: 1, column: 14, data: { name: 'Item' } }],
    },
  ],
});
