import rule from '../../../src/rules/errors/bare-except.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'typed handler', code: py`
      try:
          pass
      except ValueError:
          pass
    ` },
    { name: 'bare raise at the top level of the body', code: py`
      try:
          connect()
      except:
          cleanup()
          raise
    ` },
    { name: 'except Exception is ERR002, not ERR001', code: py`
      try:
          pass
      except Exception:
          pass
    ` },
  ],
  invalid: [
    {
      name: 'bare except',
      code: py`
        try:
            pass
        except:
            pass
      `,
      errors: [{ messageId: 'bareExcept', line: 3, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'bare raise nested in an if does not exempt (as E722)',
      code: py`
        try:
            pass
        except:
            if retry:
                raise
      `,
      errors: [{ messageId: 'bareExcept', line: 3, column: 1 }],
    },
    {
      name: 'raise with an exception does not exempt',
      code: py`
        try:
            pass
        except:
            raise RuntimeError("failed")
      `,
      errors: [{ messageId: 'bareExcept', line: 3, column: 1 }],
    },
    {
      name: 'nested in a function, after typed handlers',
      code: py`
        def load():
            try:
                return read()
            except OSError:
                return None
            except:
                return None
      `,
      errors: [{ messageId: 'bareExcept', line: 6, column: 5 }],
    },
  ],
});
