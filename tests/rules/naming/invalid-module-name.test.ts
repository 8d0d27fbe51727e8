import rule from '../../../src/rules/naming/invalid-module-name.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: customer_service.py', code: 'X = 1\n', filename: 'app/customer_service.py' },
    { name: 'private module', code: 'X = 1\n', filename: 'app/_internal.py' },
    { name: 'dunder main', code: 'X = 1\n', filename: 'app/__main__.py' },
    { name: 'snake_case package', code: '', filename: 'app/customer_service/__init__.py' },
    { name: 'stub file', code: 'X: int\n', filename: 'app/customer_service.pyi' },
    { name: 'Django migration starts with digits', code: 'X = 1\n', filename: 'app/migrations/0001_initial.py' },
    { name: 'Alembic revision starts with a hex id', code: 'X = 1\n', filename: 'alembic/versions/3f2a9c1b7d4e_add_customers.py' },
    { name: 'ignore-names', code: 'X = 1\n', filename: 'app/LegacyModule.py', options: { naming: { 'extend-ignore-names': ['Legacy*'] } } },
  ],
  invalid: [
    {
      name: 'PascalCase module',
      code: 'X = 1\n',
      filename: 'app/CustomerService.py',
      errors: [{ messageId: 'module', line: 1, column: 1, data: { name: 'CustomerService' } }],
    },
    {
      name: 'dashes',
      code: 'X = 1\n',
      filename: 'app/customer-service.py',
      errors: [{ messageId: 'module', line: 1, column: 1, data: { name: 'customer-service' } }],
    },
    {
      name: 'keyword',
      code: 'X = 1\n',
      filename: 'app/import.py',
      errors: [{ messageId: 'module', line: 1, column: 1, data: { name: 'import' } }],
    },
    {
      name: 'leading digit outside migrations',
      code: 'X = 1\n',
      filename: 'app/0001_initial.py',
      errors: [{ messageId: 'module', line: 1, column: 1, data: { name: '0001_initial' } }],
    },
    {
      name: 'package folder checked on its __init__.py',
      code: '',
      filename: 'app/CustomerService/__init__.py',
      errors: [{ messageId: 'package', line: 1, column: 1, data: { name: 'CustomerService' } }],
    },
  ],
});
