import rule from '../../../src/rules/async/blocking-http-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const CLIENT_GET = 'use `await client.get(...)` on an `httpx.AsyncClient`';
const HTTPX_CLIENT = 'use `httpx.AsyncClient` and `await client.{name}(...)`';
const SESSION = 'use `httpx.AsyncClient` (or `aiohttp.ClientSession`) and `await client.{name}(...)`';

testRule(rule, {
  valid: [
    {
      name: 'standards good example: httpx.AsyncClient',
      code: py`
        import httpx

        async def fetch_data(url: str) -> dict:
            async with httpx.AsyncClient() as client:
                response = await client.get(url)
                return response.json()
      `,
    },
    {
      name: 'a sync function may block',
      code: py`
        import requests

        def fetch(url: str) -> bytes:
            return requests.get(url).content
      `,
    },
    {
      name: 'nested def inside async def is not async context',
      code: py`
        import requests

        async def fetch(url: str) -> bytes:
            def load() -> bytes:
                return requests.get(url).content
            return await asyncio.to_thread(load)
      `,
    },
    {
      name: 'lambda inside async def is not async context',
      code: py`
        import asyncio
        import requests

        async def fetch(url: str) -> None:
            await asyncio.to_thread(lambda: requests.get(url))
      `,
    },
    {
      name: 'a lambda before a class body (scope order regression)',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            callback = lambda: requests.get(url)
            class Holder:
                pass
      `,
    },
    {
      name: 'a class body inside async def is not async context',
      code: py`
        import requests

        async def build(url: str) -> None:
            class Snapshot:
                page = requests.get(url)
      `,
    },
    {
      name: 'references are not calls: to_thread and run_in_executor',
      code: py`
        import asyncio
        import functools
        import requests

        async def fetch(url: str) -> None:
            await asyncio.to_thread(requests.get, url)
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, functools.partial(requests.get, url))
      `,
    },
    {
      name: 'a parameter shadows the module name',
      code: py`
        async def fetch(requests, url: str) -> None:
            requests.get(url)
      `,
    },
    {
      name: 'a local function shadows an imported name',
      code: py`
        from requests import get

        async def fetch(url: str) -> None:
            def get(url: str) -> None: ...
            get(url)
      `,
    },
    {
      name: 'constructing a sync client is not itself a call over the network',
      code: py`
        import httpx

        async def make() -> httpx.Client:
            return httpx.Client()
      `,
    },
    {
      name: 'non-blocking client methods',
      code: py`
        import httpx

        async def prepare(client: httpx.Client) -> None:
            client.build_request("GET", "/")
      `,
    },
    {
      name: 'AsyncClient annotation',
      code: py`
        import httpx

        async def fetch(client: httpx.AsyncClient) -> None:
            await client.get("/")
      `,
    },
    {
      name: 'a string annotation is not resolved (as in Ruff)',
      code: py`
        import httpx

        async def fetch(client: "httpx.Client") -> None:
            client.get("/")
      `,
    },
    {
      name: 'allowed-calls',
      code: py`
        import requests

        async def ping() -> None:
            requests.head("http://localhost/health")
      `,
      options: { async: { 'allowed-calls': ['requests.head'] } },
    },
    {
      name: 'allowed-calls for a client method',
      code: py`
        import requests

        async def ping(session: requests.Session) -> None:
            session.get("http://localhost/health")
      `,
      options: { async: { 'allowed-calls': ['requests.Session.*'] } },
    },
    {
      name: "Ruff's codes work in noqa comments",
      code: py`
        import httpx
        import requests

        async def fetch(url: str, client: httpx.Client) -> None:
            requests.get(url)  # noqa: ASYNC210
            client.get(url)  # noqa: ASYNC212
      `,
    },
    {
      name: 'unimported name under a star import is not guessed',
      code: py`
        from somewhere import *

        async def fetch(url: str) -> None:
            requests.get(url)
      `,
    },
  ],
  invalid: [
    {
      name: 'smtplib (beyond Ruff)',
      code: py`
        import smtplib

        async def notify(message: object) -> None:
            with smtplib.SMTP("mail.internal") as smtp:
                smtp.send_message(message)
      `,
      errors: [
        { messageId: 'blockingCall', line: 4, column: 10, data: { call: 'smtplib.SMTP', function: 'notify', advice: 'use `aiosmtplib.SMTP(...)` (`await smtp.connect()`, `await smtp.send_message(...)`)' } },
        { messageId: 'blockingMethod', line: 5, column: 9, data: { call: 'smtp.send_message', type: 'smtplib.SMTP', function: 'notify', advice: 'use `aiosmtplib.SMTP` (`await smtp.send_message(...)`)' } },
      ],
    },
    {
      name: 'Slack WebClient and a boto3 client (beyond Ruff)',
      code: py`
        import boto3
        from slack_sdk import WebClient

        async def publish(text: str) -> None:
            WebClient(token="x").chat_postMessage(channel="#ops", text=text)
            s3 = boto3.client("s3")
            url = s3.generate_presigned_url("get_object")
            s3.put_object(Bucket="b", Key="k", Body=text)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 5, column: 5, data: { call: 'WebClient(token="x").chat_postMessage', type: 'slack_sdk.WebClient', function: 'publish', advice: 'use `slack_sdk.web.async_client.AsyncWebClient` (`await client.chat_postMessage(...)`)' } },
        { messageId: 'blockingMethod', line: 8, column: 5, data: { call: 's3.put_object', type: 'boto3 client', function: 'publish', advice: 'use `aioboto3` (or `await asyncio.to_thread(client.put_object, ...)`)' } },
      ],
    },
    {
      name: 'standards bad example (no imports, as in the document)',
      code: py`
        async def fetch_data() -> dict[str, Any]:
            response = requests.get(url)  # BLOCKS EVENT LOOP!
            return response.json()
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 28,
          data: { call: 'requests.get', function: 'fetch_data', advice: CLIENT_GET },
        },
      ],
    },
    {
      name: 'import requests as r',
      code: py`
        import requests as r

        async def fetch(url: str) -> None:
            r.post(url, json={})
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 4,
          column: 5,
          data: { call: 'requests.post', function: 'fetch', advice: 'use `await client.post(...)` on an `httpx.AsyncClient`' },
        },
      ],
    },
    {
      name: 'from-import with alias',
      code: py`
        from httpx import get as fetch_now

        async def fetch(url: str) -> None:
            fetch_now(url)
      `,
      errors: [{ messageId: 'blockingCall', line: 4, column: 5, data: { call: 'httpx.get', function: 'fetch', advice: CLIENT_GET } }],
    },
    {
      name: 'function-local import',
      code: py`
        async def fetch(url: str) -> None:
            import requests
            requests.delete(url)
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 3,
          column: 5,
          data: { call: 'requests.delete', function: 'fetch', advice: 'use `await client.delete(...)` on an `httpx.AsyncClient`' },
        },
      ],
    },
    {
      name: 'awaited calls are still blocking',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            await requests.get(url)
      `,
      errors: [{ messageId: 'blockingCall', line: 4, column: 11, data: { call: 'requests.get', function: 'fetch', advice: CLIENT_GET } }],
    },
    {
      name: 'comprehensions run in the async function',
      code: py`
        import requests

        async def fetch_all(urls: list[str]) -> list[bytes]:
            return [requests.get(u).content for u in urls]
      `,
      errors: [{ messageId: 'blockingCall', line: 4, column: 13, data: { call: 'requests.get', function: 'fetch_all', advice: CLIENT_GET } }],
    },
    {
      name: 'async method in a class',
      code: py`
        import requests

        class Gateway:
            async def charge(self, url: str) -> None:
                requests.put(url)
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 5,
          column: 9,
          data: { call: 'requests.put', function: 'charge', advice: 'use `await client.put(...)` on an `httpx.AsyncClient`' },
        },
      ],
    },
    {
      name: 'defaults of a nested def or lambda run in the coroutine (as in Ruff)',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            def probe(page=requests.get(url)) -> None: ...
            check = lambda page=requests.get(url): page
      `,
      errors: [
        { messageId: 'blockingCall', line: 4, column: 20, data: { call: 'requests.get', function: 'fetch', advice: CLIENT_GET } },
        { messageId: 'blockingCall', line: 5, column: 25, data: { call: 'requests.get', function: 'fetch', advice: CLIENT_GET } },
      ],
    },
    {
      name: 'a parenthesized callee',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            (requests.get)(url)
      `,
      errors: [{ messageId: 'blockingCall', line: 4, column: 6, data: { call: 'requests.get', function: 'fetch', advice: CLIENT_GET } }],
    },
    {
      name: 'urllib.request.urlopen via import urllib.request',
      code: py`
        import urllib.request

        async def fetch(url: str) -> bytes:
            return urllib.request.urlopen(url).read()
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 4,
          column: 12,
          data: {
            call: 'urllib.request.urlopen',
            function: 'fetch',
            advice: 'use `await client.get(...)` on an `httpx.AsyncClient` (or `aiohttp`)',
          },
        },
      ],
    },
    {
      name: 'urllib3.request and httpx.stream',
      code: py`
        import httpx
        import urllib3

        async def fetch(url: str) -> None:
            urllib3.request("GET", url)
            with httpx.stream("GET", url) as response:
                pass
      `,
      errors: [
        {
          messageId: 'blockingCall',
          line: 5,
          column: 5,
          data: { call: 'urllib3.request', function: 'fetch', advice: 'use `await client.request(...)` on an `httpx.AsyncClient`' },
        },
        {
          messageId: 'blockingCall',
          line: 6,
          column: 10,
          data: { call: 'httpx.stream', function: 'fetch', advice: 'use `async with client.stream(...)` on an `httpx.AsyncClient`' },
        },
      ],
    },
    {
      name: 'httpx.Client bound in the function (Ruff ASYNC212)',
      code: py`
        import httpx

        async def fetch(url: str) -> None:
            client = httpx.Client()
            client.get(url)
      `,
      errors: [
        {
          messageId: 'blockingMethod',
          line: 5,
          column: 5,
          data: { call: 'client.get', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'get') },
        },
      ],
    },
    {
      name: 'httpx.Client parameter annotated Optional / union',
      code: py`
        from typing import Optional
        import httpx

        async def fetch(a: httpx.Client | None, b: Optional[httpx.Client]) -> None:
            a.post("/")
            b.send(request)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 5, column: 5, data: { call: 'a.post', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'post') } },
        { messageId: 'blockingMethod', line: 6, column: 5, data: { call: 'b.send', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'send') } },
      ],
    },
    {
      name: 'module-level client used in a coroutine',
      code: py`
        import httpx

        CLIENT = httpx.Client(base_url="https://api.example.com")

        async def fetch() -> None:
            CLIENT.get("/status")
      `,
      errors: [
        { messageId: 'blockingMethod', line: 6, column: 5, data: { call: 'CLIENT.get', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'beyond Ruff: requests.Session bound in the function',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            session = requests.Session()
            session.get(url)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 5, column: 5, data: { call: 'session.get', type: 'requests.Session', function: 'fetch', advice: SESSION.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'beyond Ruff: with requests.Session() as s',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            with requests.Session() as s:
                s.post(url)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 5, column: 9, data: { call: 's.post', type: 'requests.Session', function: 'fetch', advice: SESSION.replace('{name}', 'post') } },
      ],
    },
    {
      name: 'beyond Ruff: annotated requests.Session parameter, aliased import',
      code: py`
        from requests import Session as HttpSession

        async def fetch(session: HttpSession, url: str) -> None:
            session.request("GET", url)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 4, column: 5, data: { call: 'session.request', type: 'requests.Session', function: 'fetch', advice: SESSION.replace('{name}', 'request') } },
      ],
    },
    {
      name: 'beyond Ruff: a client created inline',
      code: py`
        import requests

        async def fetch(url: str) -> None:
            requests.Session().get(url)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 4, column: 5, data: { call: 'requests.Session().get', type: 'requests.Session', function: 'fetch', advice: SESSION.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'beyond Ruff: an httpx.Client created inline',
      code: py`
        import httpx

        async def fetch(url: str) -> int:
            return httpx.Client().get(url).status_code
      `,
      errors: [
        { messageId: 'blockingMethod', line: 4, column: 12, data: { call: 'httpx.Client().get', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'beyond Ruff: urllib3.PoolManager',
      code: py`
        import urllib3

        async def fetch(url: str) -> None:
            pool = urllib3.PoolManager()
            pool.request("GET", url)
      `,
      errors: [
        {
          messageId: 'blockingMethod',
          line: 5,
          column: 5,
          data: { call: 'pool.request', type: 'urllib3.PoolManager', function: 'fetch', advice: 'use `httpx.AsyncClient` and `await client.request(...)`' },
        },
      ],
    },
    {
      name: 'beyond Ruff: the binding visible at the call decides (Ruff wants a single binding)',
      code: py`
        import httpx

        async def fetch(url: str) -> None:
            client = None
            if client is None:
                client = httpx.Client()
            client.get(url)
      `,
      errors: [
        { messageId: 'blockingMethod', line: 7, column: 5, data: { call: 'client.get', type: 'httpx.Client', function: 'fetch', advice: HTTPX_CLIENT.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'extra-blocking-calls reported by this rule by default',
      code: py`
        import mylib

        async def fetch() -> None:
            mylib.fetch("x")
      `,
      options: { async: { 'extra-blocking-calls': { 'mylib.fetch': 'use mylib.afetch' } } },
      errors: [{ messageId: 'configuredCall', line: 4, column: 5, data: { call: 'mylib.fetch', function: 'fetch', advice: 'use mylib.afetch' } }],
    },
    {
      name: 'extra-blocking-calls resolved through a from-import alias',
      code: py`
        from mylib import fetch as get_remote

        async def fetch() -> None:
            get_remote("x")
      `,
      options: { async: { 'extra-blocking-calls': { 'mylib.fetch': 'use mylib.afetch' } } },
      errors: [{ messageId: 'configuredCall', line: 4, column: 5, data: { call: 'mylib.fetch', function: 'fetch', advice: 'use mylib.afetch' } }],
    },
  ],
});
