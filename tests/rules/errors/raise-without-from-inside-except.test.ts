import rule from '../../../src/rules/errors/raise-without-from-inside-except.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'raise ... from e', code: py`
      try:
          pass
      except KeyError as e:
          raise LookupError("missing") from e
    ` },
    { name: 'from None', code: py`
      try:
          pass
      except KeyError:
          raise LookupError("missing") from None
    ` },
    { name: 'bare raise and raise of the as name', code: py`
      try:
          pass
      except KeyError as e:
          if retry:
              raise
          raise e
    ` },
    { name: 'nested try and def are not searched', code: py`
      try:
          pass
      except KeyError:
          def fail():
              raise LookupError("x")
          try:
              pass
          finally:
              raise_later = True
    ` },
    { name: 'loop else is not searched (as B904)', code: py`
      try:
          pass
      except KeyError:
          for item in items:
              pass
          else:
              raise LookupError("x")
    ` },
    { name: 'raise outside a handler', code: 'raise LookupError("x")\n' },
  ],
  invalid: [
    {
      name: 'the standards example without from',
      code: py`
        try:
            customer = get_customer(customer_id)
        except CustomerNotFoundError as e:
            logger.warning(f"Customer lookup failed: {e}")
            raise HTTPException(status_code=404, detail="Customer not found")
      `,
      options: { 'extend-select': ['ERR008'] },
      errors: [{ messageId: 'missingFrom', line: 5, column: 5, endLine: 5, endColumn: 70, data: { cause: 'e' } }],
    },
    {
      name: 'inside if/with/while/match, no as name',
      code: py`
        try:
            pass
        except KeyError:
            if a:
                raise LookupError("a")
            with lock:
                raise LookupError("b")
            while b:
                raise LookupError("c")
            match c:
                case 1:
                    raise LookupError("d")
      `,
      errors: [
        { messageId: 'missingFrom', line: 5, column: 9, data: { cause: 'err' } },
        { messageId: 'missingFrom', line: 7, column: 9, data: { cause: 'err' } },
        { messageId: 'missingFrom', line: 9, column: 9, data: { cause: 'err' } },
        { messageId: 'missingFrom', line: 12, column: 13, data: { cause: 'err' } },
      ],
    },
  ],
});
