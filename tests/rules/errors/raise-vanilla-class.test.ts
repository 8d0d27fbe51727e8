import rule from '../../../src/rules/errors/raise-vanilla-class.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'raise ValueError("bad value")\n',
    { name: 'a specific class of the module', code: py`
      class CustomerNotFoundError(Exception):
          pass

      raise CustomerNotFoundError("missing")
    ` },
    { name: 'a local class named Exception is not the builtin', code: py`
      class Exception(BaseError):
          pass

      raise Exception("shadowed")
    ` },
    { name: 'an imported Exception is not the builtin', code: py`
      from errors import Exception

      raise Exception("imported")
    ` },
    { name: 'bare re-raise', code: py`
      try:
          pass
      except Exception:
          raise
    ` },
    'raise exc\n',
  ],
  invalid: [
    {
      name: 'raise Exception(...)',
      code: 'raise Exception("customer not found")\n',
      errors: [{ messageId: 'vanillaClass', line: 1, column: 7, endLine: 1, endColumn: 38, data: { name: 'Exception' } }],
    },
    {
      name: 'raise BaseException without a call, with a cause',
      code: 'raise BaseException from None\n',
      errors: [{ messageId: 'vanillaClass', line: 1, column: 7, endColumn: 20, data: { name: 'BaseException' } }],
    },
    {
      name: 'builtins.Exception',
      code: 'import builtins\n\nraise builtins.Exception("x")\n',
      errors: [{ messageId: 'vanillaClass', line: 3, column: 7, data: { name: 'Exception' } }],
    },
    {
      name: 'a star import does not hide the builtin (as in Ruff)',
      code: 'from helpers import *\n\nraise Exception("x")\n',
      errors: [{ messageId: 'vanillaClass', line: 3, column: 7, data: { name: 'Exception' } }],
    },
    {
      name: 'inside a function',
      code: py`
        def delete(customer_id: int) -> None:
            if customer_id == 0:
                raise Exception(f"cannot delete {customer_id}")
      `,
      errors: [{ messageId: 'vanillaClass', line: 3, column: 15, data: { name: 'Exception' } }],
    },
  ],
});
