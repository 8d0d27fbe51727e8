import rule from '../../../src/rules/naming/non-upper-case-constant.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: MAX_RETRY_COUNT', code: 'MAX_RETRY_COUNT = 3\n' },
    { name: 'private constant', code: '_CACHE_SIZE = 128\n' },
    { name: 'not a literal', code: 'import logging\n\nlogger = logging.getLogger(__name__)\n' },
    { name: 'dunder', code: '__version__ = "1.0"\n' },
    { name: 'rebound', code: 'retries = 0\nretries = 1\n' },
    { name: 'rebound through global', code: 'counter = 0\n\ndef bump() -> None:\n    global counter\n    counter = 1\n' },
    { name: 'augmented later', code: 'total = 0\ntotal += 1\n' },
    { name: 'bound in a loop', code: 'for _ in range(3):\n    attempt = 1\n' },
    { name: 'main guard', code: 'if __name__ == "__main__":\n    port = 8000\n' },
    { name: 'f-string with a placeholder', code: 'import os\n\nbase_url = f"http://{os.environ}"\n' },
    { name: 'a list is mutable state, not a constant', code: 'handlers = [1, 2]\n' },
    { name: 'None is not a literal constant here', code: 'cache = None\n' },
    { name: 'PascalCase type alias (NAM008\'s business)', code: 'CustomerDict = dict[str, int]\n' },
    { name: 'function scope', code: 'def f() -> None:\n    retries = 3\n' },
    { name: 'namedtuple assignment', code: 'from collections import namedtuple\n\npointType = namedtuple("pointType", "x y")\n' },
    { name: 'mixedCase assigned via global in a function (as in Ruff)', code: 'def f() -> None:\n    global windowCount\n    windowCount = 0\n' },
  ],
  invalid: [
    {
      name: 'number',
      code: 'max_retry_count = 3\n',
      errors: [{ messageId: 'notUpperSnake', line: 1, column: 1, endLine: 1, endColumn: 16, data: { name: 'max_retry_count' } }],
    },
    {
      name: 'each literal kind',
      code: py`
        timeout = 1.5
        name = "svc"
        token = b"x"
        debug = False
        offset = -1
        pair = (1, "a")
        allowed = frozenset({"a", "b"})
        greeting = "a" "b"
        plain = f"text"
        _private = 1
      `,
      errors: [
        { messageId: 'notUpperSnake', line: 1, column: 1, data: { name: 'timeout' } },
        { messageId: 'notUpperSnake', line: 2, column: 1, data: { name: 'name' } },
        { messageId: 'notUpperSnake', line: 3, column: 1, data: { name: 'token' } },
        { messageId: 'notUpperSnake', line: 4, column: 1, data: { name: 'debug' } },
        { messageId: 'notUpperSnake', line: 5, column: 1, data: { name: 'offset' } },
        { messageId: 'notUpperSnake', line: 6, column: 1, data: { name: 'pair' } },
        { messageId: 'notUpperSnake', line: 7, column: 1, data: { name: 'allowed' } },
        { messageId: 'notUpperSnake', line: 8, column: 1, data: { name: 'greeting' } },
        { messageId: 'notUpperSnake', line: 9, column: 1, data: { name: 'plain' } },
        { messageId: 'notUpperSnake', line: 10, column: 1, data: { name: '_private' } },
      ],
    },
    {
      name: 'Final annotation, whatever the value',
      code: 'from typing import Final\n\nbase_url: Final = build_url()\n',
      errors: [{ messageId: 'notUpperSnake', line: 3, column: 1, data: { name: 'base_url' } }],
    },
    {
      name: 'inside if/try at module level, bound once',
      code: 'try:\n    import ujson\nexcept ImportError:\n    fallback = True\n',
      errors: [{ messageId: 'notUpperSnake', line: 4, column: 5, data: { name: 'fallback' } }],
    },
    {
      name: 'mixedCase module-level names (N816), every binding',
      code: py`
        defaultTimeout = compute()
        defaultTimeout = 2
        for userId in range(3):
            pass
      `,
      errors: [
        { messageId: 'mixedCase', line: 1, column: 1, data: { name: 'defaultTimeout' } },
        { messageId: 'mixedCase', line: 2, column: 1, data: { name: 'defaultTimeout' } },
        { messageId: 'mixedCase', line: 3, column: 5, data: { name: 'userId' } },
      ],
    },
    {
      name: 'mixedCase type alias is also N816',
      code: 'from typing import Any\n\ncustomerDict = dict[str, Any]\n',
      errors: [{ messageId: 'mixedCase', line: 3, column: 1, data: { name: 'customerDict' } }],
    },
  ],
});
