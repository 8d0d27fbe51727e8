// Part "async": never block the event loop inside a coroutine.
import type { BuiltInPart } from '../types.js';

export const asyncPatterns: BuiltInPart = {
  id: 'async',
  title: 'Async Patterns',
  summary: 'Never block the event loop: inside `async def`, do I/O with awaitable clients and push blocking or CPU-heavy work to a thread.',
  body: `**This is the rule that matters most.** One event loop serves every request a worker
handles. A blocking call inside a coroutine (a synchronous HTTP request, \`time.sleep\`, a
subprocess, a file read, a synchronous database driver) stops that loop: every other request on
the worker waits until it returns. Under load this looks like random timeouts that no profile of
a single request explains.

Inside \`async def\`:

- **HTTP:** use an async client (\`httpx.AsyncClient\`, \`aiohttp\`) and \`await\` it; never
  \`requests\`, \`urllib.request\` or the synchronous \`httpx\` API.
- **Waiting:** \`await asyncio.sleep(...)\`, never \`time.sleep(...)\`.
- **Processes:** \`asyncio.create_subprocess_exec\`, never \`subprocess\` or \`os.system\`.
- **Files and the file system:** run the blocking call in a thread (\`await
  asyncio.to_thread(...)\`) or use an async file library; this includes \`open()\` and the
  \`os.path\` functions that touch the disk.
- **Databases and caches:** async drivers (SQLAlchemy's \`AsyncSession\`, \`asyncpg\`,
  \`redis.asyncio\`), never the synchronous connect calls.
- **CPU-bound work** (hashing, parsing a large document, image processing): move it off the loop
  with \`await asyncio.to_thread(func, ...)\` or \`loop.run_in_executor(...)\`.
- **Console input** (\`input()\`) has no place in a service.

These checks apply to the body of the coroutine itself. A plain \`def\` nested inside it runs
wherever it is called, so the pattern "write the blocking code in a small synchronous helper and
hand that helper to a thread" is exactly right.`,
  examples: [
    {
      id: 'async-http-client',
      title: 'Awaiting an async HTTP client',
      kind: 'good',
      language: 'python',
      filename: 'payments.py',
      code: `from typing import Any

import httpx


async def fetch_data(url: str) -> dict[str, Any]:
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
        return response.json()
`,
      codes: [],
    },
    {
      id: 'blocking-http-call',
      title: 'A synchronous HTTP call blocks every request on the worker',
      kind: 'bad',
      language: 'python',
      filename: 'payments.py',
      code: `from typing import Any

import requests


async def fetch_data(url: str) -> dict[str, Any]:
    response = requests.get(url, timeout=10)
    return response.json()
`,
      codes: ['ASY001'],
    },
    {
      id: 'blocking-sleep',
      title: '`time.sleep` stops the loop for the whole delay',
      kind: 'bad',
      language: 'python',
      filename: 'retry.py',
      code: `import time


async def wait_before_retry(seconds: float) -> None:
    time.sleep(seconds)
`,
      codes: ['ASY002'],
    },
    {
      id: 'blocking-file-read',
      title: 'Reading a file inside the coroutine',
      kind: 'bad',
      language: 'python',
      filename: 'reports.py',
      code: `async def read_report(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()
`,
      codes: ['ASY004'],
    },
    {
      id: 'work-in-a-thread',
      title: 'Blocking and CPU-bound work handed to a thread',
      kind: 'good',
      language: 'python',
      filename: 'reports.py',
      code: `import asyncio
import hashlib


def read_text(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


async def read_report(path: str) -> str:
    return await asyncio.to_thread(read_text, path)


async def fingerprint(data: bytes) -> bytes:
    return await asyncio.to_thread(digest, data)
`,
      codes: [],
    },
  ],
  ruleSections: ['async'],
  keywords: {
    strong: [
      'async', 'await', 'asyncio', 'coroutine', 'coroutines', 'concurrent', 'concurrency', 'nonblocking', 'blocking',
      'block', 'loop', 'endpoint', 'endpoints', 'api', 'http', 'httpx', 'requests', 'aiohttp', 'sleep', 'subprocess',
      'websocket', 'stream', 'streaming',
    ],
    weak: [
      'call', 'calls', 'client', 'fetch', 'request', 'download', 'upload', 'route', 'handler', 'fastapi', 'service',
      'external', 'webhook', 'database', 'db', 'query', 'sql', 'sqlalchemy', 'redis', 'cache', 'file', 'files', 'read',
      'write', 'thread', 'background', 'task', 'tasks', 'queue', 'worker', 'timeout', 'retry', 'parallel', 'io',
    ],
  },
};
