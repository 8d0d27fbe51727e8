import rule from '../../../src/rules/errors/exception-name-error-suffix.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: CustomerNotFoundError', code: 'class CustomerNotFoundError(Exception):\n    pass\n' },
    'class InvalidPaymentError(ValueError):\n    pass\n',
    { name: 'BaseException base is not checked (as in Ruff)', code: 'class Shutdown(BaseException):\n    pass\n' },
    { name: 'attribute base is not checked (as in Ruff)', code: 'import errors\n\nclass Problem(errors.AppError):\n    pass\n' },
    { name: 'not an exception', code: 'class Customer(Base):\n    pass\n' },
    { name: 'ignore-names', code: 'class StopProcessing(Exception):\n    pass\n', options: { naming: { 'extend-ignore-names': ['Stop*'] } } },
  ],
  invalid: [
    {
      name: 'direct Exception base',
      code: 'class CustomerNotFound(Exception):\n    pass\n',
      errors: [{ messageId: 'missingSuffix', line: 1, column: 7, endLine: 1, endColumn: 23, data: { name: 'CustomerNotFound' } }],
    },
    {
      name: 'base ending in Error, among several bases',
      code: 'class Timeout(Mixin, ServiceError):\n    pass\n',
      errors: [{ messageId: 'missingSuffix', line: 1, column: 7, data: { name: 'Timeout' } }],
    },
  ],
});
