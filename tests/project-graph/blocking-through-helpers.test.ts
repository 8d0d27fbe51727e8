// Coroutines that block through the project's own helpers: each call shape the link phase
// follows, and each exemption.
import { py } from '../harness/py.js';
import { testProjectGraph } from '../harness/graph-tester.js';

const DB = py`
  import psycopg2


  def fetch_user(user_id: int) -> dict:
      connection = psycopg2.connect("dbname=shop")
      return {"id": user_id, "connection": connection}
`;

const SERVICES = py`
  from shop.db import fetch_user


  def load_profile(user_id: int) -> dict:
      return fetch_user(user_id)
`;

const PACKAGE = { 'shop/__init__.py': '', 'shop/db.py': DB, 'shop/services.py': SERVICES };

const api = (body: string, imports = 'from shop.services import load_profile'): string =>
  `import asyncio\n\n${imports}\n\n\nasync def get_profile(user_id: int) -> dict:\n${body
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n')}\n`;

testProjectGraph(['ASY'], [
  {
    name: 'a chain through two modules, reported at the call with the family of the API and the chain',
    files: { ...PACKAGE, 'shop/api.py': api('return load_profile(user_id)') },
    findings: ['shop/api.py:7:12 ASY005'],
    messages: [
      '`load_profile()` blocks the event loop in `async def get_profile` through the project\'s own code: ' +
        'load_profile (shop/services.py:4) → fetch_user (shop/db.py:4) → psycopg2.connect; run it with ' +
        '`await asyncio.to_thread(...)` or make the chain async',
    ],
  },
  {
    name: 'a relative import',
    files: { ...PACKAGE, 'shop/api.py': api('return load_profile(user_id)', 'from .services import load_profile') },
    findings: ['shop/api.py:7:12 ASY005'],
  },
  {
    name: 'a module attribute: import shop.services, from shop import services, an alias',
    files: {
      ...PACKAGE,
      'shop/a.py': api('return shop.services.load_profile(user_id)', 'import shop.services'),
      'shop/b.py': api('return services.load_profile(user_id)', 'from shop import services'),
      'shop/c.py': api('return load(user_id)', 'from shop.services import load_profile as load'),
    },
    findings: ['shop/a.py:7:12 ASY005', 'shop/b.py:7:12 ASY005', 'shop/c.py:7:12 ASY005'],
  },
  {
    name: 'a package that re-exports the helper in __init__.py, and a star import',
    files: {
      'shop/__init__.py': 'from .db import fetch_user\n',
      'shop/db.py': DB,
      'shop/api.py': api('return fetch_user(user_id)', 'from shop import fetch_user'),
      'shop/star.py': api('return fetch_user(user_id)', 'from shop.db import *'),
    },
    findings: ['shop/api.py:7:12 ASY005', 'shop/star.py:7:12 ASY005'],
  },
  {
    name: 'methods through self and cls, in the same class and in a base class of another module',
    files: {
      'shop/__init__.py': '',
      'shop/base.py': py`
        import requests


        class Repository:
            def load(self, key: str) -> bytes:
                return requests.get(f"https://cache/{key}", timeout=5).content
      `,
      'shop/users.py': py`
        from shop.base import Repository


        class Users(Repository):
            @classmethod
            def settings(cls) -> bytes:
                return cls.read()

            @classmethod
            def read(cls) -> bytes:
                with open("users.toml", "rb") as handle:
                    return handle.read()

            async def get(self, key: str) -> bytes:
                return self.load(key)

            async def configure(self) -> bytes:
                return self.settings()
      `,
    },
    findings: ['shop/users.py:15:16 ASY001', 'shop/users.py:18:16 ASY004'],
  },
  {
    // As in Python, where a later definition replaces an earlier one, the last is followed.
    name: 'a method defined twice under one name, one per platform, the last of which blocks',
    files: {
      'shop/__init__.py': '',
      'shop/proc.py': py`
        import sys
        import time


        class Process:
            def start(self) -> None:
                self._wait(1.0)

            if sys.platform == "win32":
                def _wait(self, seconds: float) -> float:
                    return seconds
            else:
                def _wait(self, seconds: float) -> float:
                    time.sleep(seconds)
                    return seconds

            async def run(self) -> None:
                self.start()
      `,
    },
    findings: ['shop/proc.py:18:9 ASY002'],
  },
  {
    name: 'an override hides the blocking method of its base',
    files: {
      'shop/__init__.py': '',
      'shop/base.py': 'import time\n\n\nclass Base:\n    def wait(self) -> None:\n        time.sleep(1)\n',
      'shop/child.py': py`
        from shop.base import Base


        class Child(Base):
            def wait(self) -> None:
                return None

            async def run(self) -> None:
                self.wait()
      `,
    },
    findings: [],
  },
  {
    name: 'super() where the class is known',
    files: {
      'shop/__init__.py': '',
      'shop/base.py': 'import time\n\n\nclass Base:\n    def wait(self) -> None:\n        time.sleep(1)\n',
      'shop/child.py': py`
        from shop.base import Base


        class Child(Base):
            async def wait(self) -> None:
                super().wait()
      `,
    },
    findings: ['shop/child.py:6:9 ASY002'],
  },
  {
    name: 'instances of project classes made in the function or at the top of the module, and a constructor that blocks',
    files: {
      'shop/__init__.py': '',
      'shop/payments.py': py`
        import requests


        class PaymentClient:
            def charge(self, amount: int) -> int:
                return requests.post("https://pay", json={"amount": amount}, timeout=5).status_code


        class Ledger:
            def __init__(self) -> None:
                self.rows = open("ledger.csv").readlines()
      `,
      'shop/api.py': py`
        from shop.payments import Ledger, PaymentClient

        default_client = PaymentClient()


        async def pay(amount: int) -> int:
            client = PaymentClient()
            return client.charge(amount) + default_client.charge(amount)


        async def ledger() -> Ledger:
            return Ledger()
      `,
    },
    findings: ['shop/api.py:8:12 ASY001', 'shop/api.py:8:36 ASY001', 'shop/api.py:12:12 ASY004'],
  },
  {
    name: 'cycles: a blocking helper inside a cycle is found, a cycle that never blocks ends',
    files: {
      'shop/__init__.py': '',
      'shop/a.py': py`
        import time

        from shop import b


        def ping(n: int) -> int:
            return b.pong(n - 1) if n else 0


        def spin(n: int) -> int:
            return b.spun(n)


        def nap() -> None:
            time.sleep(1)
      `,
      'shop/b.py': py`
        from shop import a


        def pong(n: int) -> int:
            a.nap()
            return a.ping(n)


        def spun(n: int) -> int:
            return a.spin(n)
      `,
      'shop/api.py': py`
        from shop import a


        async def run() -> int:
            return a.ping(3) + a.spin(3)
      `,
    },
    findings: ['shop/api.py:5:12 ASY002'],
  },
  {
    name: 'not reported: handed to a thread (to_thread, run_in_executor, anyio, run_in_threadpool), or wrapped in a lambda',
    files: {
      ...PACKAGE,
      'shop/api.py': py`
        import asyncio

        import anyio
        from fastapi.concurrency import run_in_threadpool
        from starlette.concurrency import run_in_threadpool as starlette_threadpool

        from shop.services import load_profile


        async def get_profile(user_id: int) -> list[dict]:
            loop = asyncio.get_running_loop()
            return [
                await asyncio.to_thread(load_profile, user_id),
                await loop.run_in_executor(None, load_profile, user_id),
                await anyio.to_thread.run_sync(load_profile, user_id),
                await run_in_threadpool(load_profile, user_id),
                await starlette_threadpool(lambda: load_profile(user_id)),
            ]
      `,
    },
    findings: [],
  },
  {
    name: 'not reported: sync endpoints (run in a thread pool), async helpers (awaited; they are checked themselves)',
    files: {
      ...PACKAGE,
      'shop/api.py': py`
        import requests

        from shop.services import load_profile


        def sync_endpoint(user_id: int) -> dict:
            return load_profile(user_id)


        async def fetch(url: str) -> bytes:
            return requests.get(url, timeout=5).content


        async def endpoint(url: str) -> bytes:
            return await fetch(url)
      `,
    },
    findings: ['shop/api.py:11:12 ASY001'],
  },
  {
    name: 'not reported: noqa at the call (the code, its Ruff equivalent, blanket), per-file-ignores, allowed-calls',
    files: {
      ...PACKAGE,
      'pyproject.toml': py`
        [project]
        name = "shop"
        requires-python = ">=3.12"

        [tool.pystandards]
        per-file-ignores = { "shop/ignored.py" = ["ASY005"] }

        [tool.pystandards.async]
        allowed-calls = ["shop.services.load_cached"]
      `,
      'shop/services.py': `${SERVICES}\n\ndef load_cached(user_id: int) -> dict:\n    return fetch_user(user_id)\n`,
      'shop/api.py': api(
        'a = load_profile(user_id)  # noqa: ASY005\nb = load_profile(user_id)  # noqa\nc = load_profile(user_id)  # noqa: ASY001\nreturn load_cached(user_id)',
        'from shop.services import load_cached, load_profile',
      ),
      'shop/ignored.py': api('return load_profile(user_id)'),
    },
    findings: ['shop/api.py:9:9 ASY005'],
  },
  {
    name: 'not followed: dynamic dispatch, attributes of attributes, memoised and lazily initialised helpers',
    files: {
      'shop/__init__.py': '',
      'shop/helpers.py': py`
        import functools

        import psycopg2

        _connection = None


        @functools.cache
        def settings() -> dict:
            return {"dsn": open("dsn.txt").read()}


        def connection() -> object:
            global _connection
            if _connection is None:
                _connection = psycopg2.connect("dbname=shop")
            return _connection


        def slow() -> object:
            return psycopg2.connect("dbname=shop")


        HANDLERS = {"slow": slow}
      `,
      'shop/api.py': py`
        from shop import helpers


        class Service:
            def __init__(self) -> None:
                self.helpers = helpers


        async def run(name: str, service: Service) -> list[object]:
            handler = helpers.HANDLERS[name]
            return [helpers.settings(), helpers.connection(), handler(), service.helpers.slow(), getattr(helpers, name)()]
      `,
    },
    findings: [],
  },
]);
