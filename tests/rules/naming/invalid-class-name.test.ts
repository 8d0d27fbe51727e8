import rule from '../../../src/rules/naming/invalid-class-name.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: CustomerService', code: 'class CustomerService:\n    pass\n' },
    { name: 'private class', code: 'class _InternalCache:\n    pass\n' },
    { name: 'acronyms are PascalCase', code: 'class HTTPClient:\n    pass\n' },
    { name: 'single letter', code: 'class T:\n    pass\n' },
    { name: 'ignore-names', code: 'class legacy_model:\n    pass\n', options: { naming: { 'extend-ignore-names': ['legacy_*'] } } },
  ],
  invalid: [
    {
      name: 'snake_case',
      code: 'class customer_service:\n    pass\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 7, endLine: 1, endColumn: 23, data: { name: 'customer_service' } }],
    },
    {
      name: 'camelCase',
      code: 'class customerService:\n    pass\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 7, data: { name: 'customerService' } }],
    },
    {
      name: 'underscore inside a PascalCase name',
      code: 'class Customer_Service:\n    pass\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 7, data: { name: 'Customer_Service' } }],
    },
    {
      name: 'trailing underscore (as in Ruff)',
      code: 'class Customer_:\n    pass\n',
      errors: [{ messageId: 'notPascalCase', line: 1, column: 7, data: { name: 'Customer_' } }],
    },
    {
      name: 'nested class in a function',
      code: py`
        def build() -> None:
            class payload:
                pass
      `,
      errors: [{ messageId: 'notPascalCase', line: 2, column: 11, data: { name: 'payload' } }],
    },
  ],
});
