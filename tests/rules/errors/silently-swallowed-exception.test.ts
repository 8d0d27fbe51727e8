import rule from '../../../src/rules/errors/silently-swallowed-exception.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const TYPED = { errors: { 'check-typed-exceptions': true } };

testRule(rule, {
  valid: [
    { name: 'contextlib.suppress is the explicit alternative', code: py`
      import contextlib

      with contextlib.suppress(KeyError):
          del cache[key]
    ` },
    { name: 'a broad handler that logs', code: py`
      try:
          del cache[key]
      except Exception:
          logger.exception("cache delete failed")
    ` },
    { name: 'pass next to another statement', code: py`
      try:
          value = cache[key]
      except Exception:
          value = None
          pass
    ` },
    { name: 'a docstring-like string is not a no-op', code: py`
      try:
          pass
      except Exception:
          "ignored on purpose"
    ` },
    { name: 'a return with a value is handling, not swallowing', code: py`
      def lookup(key):
          try:
              return cache[key]
          except Exception:
              return None
    ` },
    { name: 'a specific exception handled on purpose (control flow, as S110 by default)', code: py`
      try:
          vectorizer_func = vectorizer[column]
      except KeyError:
          pass
      else:
          value = vectorizer_func(value)
    ` },
    { name: 'a specific exception skipped in a loop', code: py`
      import json

      for line in lines:
          try:
              rows.append(json.loads(line))
          except json.JSONDecodeError:
              continue
    ` },
    { name: 'a tuple of specific exceptions', code: py`
      try:
          query = query.join(model)
      except (AttributeError, InvalidRequestError):
          # fall back to the simpler query
          pass
    ` },
    { name: 'a local class named Exception is not the builtin', code: py`
      class Exception(ValueError):
          pass

      try:
          run()
      except Exception:
          pass
    ` },
    { name: 'a typed handler that logs, with check-typed-exceptions', code: py`
      try:
          del cache[key]
      except KeyError:
          logger.debug("not cached")
    `, options: TYPED },
  ],
  invalid: [
    {
      name: 'except Exception: pass (S110)',
      code: py`
        try:
            del cache[key]
        except Exception:
            pass
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, endLine: 3, endColumn: 18, data: { caught: ' Exception', body: 'pass' } }],
    },
    {
      name: 'bare except with continue in a loop (S112)',
      code: py`
        for item in items:
            try:
                handle(item)
            except:
                continue
      `,
      errors: [{ messageId: 'swallowedInLoop', line: 4, column: 5, endColumn: 12, data: { caught: '', body: 'continue' } }],
    },
    {
      name: 'BaseException inside a tuple, with an as name and a `...` body',
      code: py`
        try:
            pass
        except (KeyError, BaseException) as e:
            ...
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, endColumn: 39, data: { caught: ' BaseException', body: '...' } }],
    },
    {
      name: 'a bare return swallows too',
      code: py`
        def close(connection):
            try:
                connection.close()
            except Exception:
                return
      `,
      errors: [{ messageId: 'swallowedByReturn', line: 4, column: 5, data: { caught: ' Exception', body: 'return' } }],
    },
    {
      name: 'builtins.Exception, several no-ops and a comment',
      code: py`
        import builtins

        try:
            pass
        except* builtins.Exception:
            # nothing to do
            pass
            ...
      `,
      errors: [{ messageId: 'swallowed', line: 5, column: 1, data: { caught: ' Exception', body: 'pass`, `...' } }],
    },
    {
      name: 'a specific exception, with check-typed-exceptions',
      code: py`
        try:
            del cache[key]
        except KeyError:
            pass
      `,
      options: TYPED,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, endColumn: 17, data: { caught: ' KeyError', body: 'pass' } }],
    },
    {
      name: 'a tuple of specific exceptions in a loop, with check-typed-exceptions',
      code: py`
        for row in rows:
            try:
                parse(row)
            except (ValueError,
                    TypeError):
                continue
      `,
      options: TYPED,
      errors: [{ messageId: 'swallowedInLoop', line: 4, column: 5, data: { caught: ' (ValueError, TypeError)', body: 'continue' } }],
    },
  ],
});
