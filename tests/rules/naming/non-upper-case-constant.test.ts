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
    { name: 'Alembic migration: revision identifiers', code: py`
      from alembic import op

      revision = "1fe4bd37ccc8"
      down_revision = "b04a08da2108"
      branch_labels = None
      depends_on = None
    `, filename: 'alembic/versions/1fe4bd37ccc8_add_households.py' },
    { name: 'Alembic migration found by its facts, wherever the file lives', code: 'revision = "a1"\ndown_revision = None\nbranch_labels = ("x",)\n', filename: 'db/changes/a1.py' },
    { name: 'a module under naming.migration-folders', code: 'revision = "a1"\n', filename: 'db/changes/a1.py', options: { naming: { 'migration-folders': ['db/changes/'] } } },
    { name: 'Django URLconf: app_name and handler404', code: py`
      from django.urls import path

      from . import views

      app_name = "polls"
      handler404 = "polls.views.not_found"
      urlpatterns = [path("", views.index)]
    `, filename: 'polls/urls.py' },
    { name: 'pytest_plugins in a conftest', code: 'pytest_plugins = "tests.fixtures.db"\n', filename: 'tests/conftest.py' },
    { name: 'gunicorn configuration file', code: py`
      bind = "0.0.0.0:8000"
      workers = 4
      worker_class = "uvicorn.workers.UvicornWorker"
      loglevel = "info"
    `, filename: 'gunicorn_conf.py' },
    { name: 'Celery configuration module found by its settings', code: py`
      broker_url = "redis://localhost:6379/0"
      result_backend = "redis://localhost:6379/1"
      task_serializer = "json"
      enable_utc = True
    `, filename: 'app/worker_settings.py' },
    { name: 'Sphinx conf.py', code: py`
      project = "shop"
      author = "Shop team"
      release = "1.0"
      extensions = ["sphinx.ext.autodoc"]
      html_theme = "furo"
    `, filename: 'docs/conf.py' },
    { name: 'mixedCase assigned via global in a function (as in Ruff)', code: 'def f() -> None:\n    global windowCount\n    windowCount = 0\n' },
  ],
  invalid: [
    {
      name: 'revision alone is no Alembic migration',
      code: 'revision = "a1"\n',
      errors: [{ messageId: 'notUpperSnake', line: 1, column: 1, data: { name: 'revision' } }],
    },
    {
      name: 'a migration exempts only Alembic\'s own names; mixedCase stays N816',
      code: py`
        revision = "38514b39a824"
        down_revision = "b04a08da2108"
        table_name = "users"
        authMethod = "auth_method"
      `,
      filename: 'alembic/versions/38514b39a824_add_auth_method.py',
      errors: [
        { messageId: 'notUpperSnake', line: 3, column: 1, data: { name: 'table_name' } },
        { messageId: 'mixedCase', line: 4, column: 1, data: { name: 'authMethod' } },
      ],
    },
    {
      name: 'app_name outside a URLconf',
      code: 'app_name = "polls"\n',
      errors: [{ messageId: 'notUpperSnake', line: 1, column: 1, data: { name: 'app_name' } }],
    },
    {
      name: 'one Celery-like name among others is not a Celery configuration',
      code: 'timezone = "UTC"\nprefix = "/api"\n',
      errors: [
        { messageId: 'notUpperSnake', line: 1, column: 1, data: { name: 'timezone' } },
        { messageId: 'notUpperSnake', line: 2, column: 1, data: { name: 'prefix' } },
      ],
    },
    {
      name: 'a conf.py that is not Sphinx\'s',
      code: 'version = "1.0"\n',
      filename: 'app/conf.py',
      errors: [{ messageId: 'notUpperSnake', line: 1, column: 1, data: { name: 'version' } }],
    },
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
