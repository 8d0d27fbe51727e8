import rule from '../../../src/rules/errors/silently-swallowed-exception.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'contextlib.suppress is the explicit alternative', code: py`
      import contextlib

      with contextlib.suppress(KeyError):
          del cache[key]
    ` },
    { name: 'the handler logs', code: py`
      try:
          del cache[key]
      except KeyError:
          logger.debug("not cached")
    ` },
    { name: 'pass next to another statement', code: py`
      try:
          value = cache[key]
      except KeyError:
          value = None
          pass
    ` },
    { name: 'a docstring-like string is not a no-op', code: py`
      try:
          pass
      except KeyError:
          "ignored on purpose"
    ` },
  ],
  invalid: [
    {
      name: 'typed handler with pass (S110 would not flag it)',
      code: py`
        try:
            del cache[key]
        except KeyError:
            pass
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, endLine: 3, endColumn: 17, data: { body: 'pass' } }],
    },
    {
      name: 'except Exception: pass (S110)',
      code: py`
        try:
            pass
        except Exception:  # noqa: BLE001
            pass
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, data: { body: 'pass' } }],
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
      errors: [{ messageId: 'swallowed', line: 4, column: 5, endColumn: 12, data: { body: 'continue' } }],
    },
    {
      name: 'ellipsis body, tuple of types, as name',
      code: py`
        try:
            pass
        except (KeyError, IndexError) as e:
            ...
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, endColumn: 36, data: { body: '...' } }],
    },
    {
      name: 'several no-ops, with a comment',
      code: py`
        try:
            pass
        except* ValueError:
            # nothing to do
            pass
            ...
      `,
      errors: [{ messageId: 'swallowed', line: 3, column: 1, data: { body: 'pass`, `...' } }],
    },
  ],
});
