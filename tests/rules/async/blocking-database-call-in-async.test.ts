import rule from '../../../src/rules/async/blocking-database-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const SQLITE = 'use `aiosqlite` (`async with aiosqlite.connect(...) as db: await db.{name}(...)`)';
const REDIS = 'use `redis.asyncio.Redis` (`await redis.{name}(...)`)';

testRule(rule, {
  valid: [
    {
      name: 'async drivers',
      code: py`
        import aiosqlite
        import asyncpg
        from redis.asyncio import Redis

        async def load(path: str, dsn: str) -> None:
            async with aiosqlite.connect(path) as db:
                await db.execute("SELECT 1")
            connection = await asyncpg.connect(dsn)
            await connection.fetch("SELECT 1")
            cache = Redis()
            await cache.get("key")
      `,
    },
    {
      name: 'redis.asyncio.Redis through the module',
      code: py`
        import redis.asyncio

        async def load() -> None:
            cache = redis.asyncio.Redis()
            await cache.set("k", "v")
      `,
    },
    {
      name: 'sync driver in a helper run through to_thread',
      code: py`
        import asyncio
        import sqlite3

        def count(path: str) -> int:
            with sqlite3.connect(path) as db:
                return db.execute("SELECT count(*) FROM t").fetchone()[0]

        async def load(path: str) -> int:
            return await asyncio.to_thread(count, path)
      `,
    },
    {
      name: 'non-blocking redis client methods',
      code: py`
        import redis

        async def load(cache: redis.Redis) -> None:
            pipe = cache.pipeline()
            subscriber = cache.pubsub()
      `,
    },
    {
      name: 'a connection method that does not block',
      code: py`
        import sqlite3

        async def load(db: sqlite3.Connection) -> None:
            db.cursor()
      `,
    },
    {
      name: 'allowed-calls for a type’s methods',
      code: py`
        import sqlite3

        async def load(db: sqlite3.Connection) -> None:
            db.execute("PRAGMA foreign_keys = ON")
      `,
      options: { async: { 'allowed-calls': ['sqlite3.Connection.*'] } },
    },
  ],
  invalid: [
    {
      name: 'sqlite3.connect and the connection it returns',
      code: py`
        import sqlite3

        async def export(path: str) -> None:
            connection = sqlite3.connect(path)
            connection.execute("DELETE FROM t")
            connection.commit()
      `,
      errors: [
        { messageId: 'blockingDriver', line: 4, column: 18, data: { call: 'sqlite3.connect', function: 'export', advice: 'use `aiosqlite.connect(...)`' } },
        { messageId: 'blockingDriverMethod', line: 5, column: 5, data: { call: 'connection.execute', type: 'sqlite3.Connection', function: 'export', advice: SQLITE.replace('{name}', 'execute') } },
        { messageId: 'blockingDriverMethod', line: 6, column: 5, data: { call: 'connection.commit', type: 'sqlite3.Connection', function: 'export', advice: SQLITE.replace('{name}', 'commit') } },
      ],
    },
    {
      name: 'psycopg2: with-target connection and a cursor',
      code: py`
        import psycopg2

        async def export(dsn: str) -> None:
            with psycopg2.connect(dsn) as conn:
                with conn.cursor() as cur:
                    cur.execute("SELECT 1")
                    cur.fetchall()
      `,
      errors: [
        {
          messageId: 'blockingDriver',
          line: 4,
          column: 10,
          data: { call: 'psycopg2.connect', function: 'export', advice: 'use `asyncpg.connect(...)` or `await psycopg.AsyncConnection.connect(...)` (psycopg 3)' },
        },
        {
          messageId: 'blockingDriverMethod',
          line: 6,
          column: 13,
          data: { call: 'cur.execute', type: 'psycopg2.extensions.cursor', function: 'export', advice: "use `asyncpg` or psycopg 3's `AsyncCursor` (`await cursor.execute(...)`)" },
        },
        {
          messageId: 'blockingDriverMethod',
          line: 7,
          column: 13,
          data: { call: 'cur.fetchall', type: 'psycopg2.extensions.cursor', function: 'export', advice: "use `asyncpg` or psycopg 3's `AsyncCursor` (`await cursor.fetchall(...)`)" },
        },
      ],
    },
    {
      name: 'pymysql and mysql.connector, aliased',
      code: py`
        import mysql.connector
        import pymysql as db

        async def export() -> None:
            db.connect(host="db")
            mysql.connector.connect(host="db")
      `,
      errors: [
        { messageId: 'blockingDriver', line: 5, column: 5, data: { call: 'pymysql.connect', function: 'export', advice: 'use `aiomysql.connect(...)`' } },
        { messageId: 'blockingDriver', line: 6, column: 5, data: { call: 'mysql.connector.connect', function: 'export', advice: 'use `aiomysql.connect(...)`' } },
      ],
    },
    {
      name: 'redis.Redis client: constructor and every command',
      code: py`
        import redis

        async def cached(key: str) -> bytes | None:
            cache = redis.Redis(host="cache")
            cache.set(key, b"1")
            return cache.get(key)
      `,
      errors: [
        { messageId: 'blockingDriver', line: 4, column: 13, data: { call: 'redis.Redis', function: 'cached', advice: 'use `redis.asyncio.Redis(...)`' } },
        { messageId: 'blockingDriverMethod', line: 5, column: 5, data: { call: 'cache.set', type: 'redis.Redis', function: 'cached', advice: REDIS.replace('{name}', 'set') } },
        { messageId: 'blockingDriverMethod', line: 6, column: 12, data: { call: 'cache.get', type: 'redis.Redis', function: 'cached', advice: REDIS.replace('{name}', 'get') } },
      ],
    },
    {
      name: 'annotated redis client, from_url, and a pipeline',
      code: py`
        from redis import Redis

        async def flush(cache: Redis) -> None:
            pipe = cache.pipeline()
            pipe.execute()
            Redis.from_url("redis://cache")
      `,
      errors: [
        {
          messageId: 'blockingDriverMethod',
          line: 5,
          column: 5,
          data: { call: 'pipe.execute', type: 'redis.client.Pipeline', function: 'flush', advice: 'use `redis.asyncio.Redis().pipeline()` (`await pipe.execute()`)' },
        },
        { messageId: 'blockingDriver', line: 6, column: 5, data: { call: 'redis.Redis.from_url', function: 'flush', advice: 'use `redis.asyncio.from_url(...)`' } },
      ],
    },
    {
      name: 'a cursor from a chained execute()',
      code: py`
        import sqlite3

        async def count(db: sqlite3.Connection) -> int:
            return db.execute("SELECT count(*) FROM t").fetchone()[0]
      `,
      errors: [
        {
          messageId: 'blockingDriverMethod',
          line: 4,
          column: 12,
          data: { call: 'db.execute("SELECT count(*) FROM t").fetchone', type: 'sqlite3.Cursor', function: 'count', advice: 'use `aiosqlite` (`await cursor.fetchone(...)`)' },
        },
        { messageId: 'blockingDriverMethod', line: 4, column: 12, data: { call: 'db.execute', type: 'sqlite3.Connection', function: 'count', advice: SQLITE.replace('{name}', 'execute') } },
      ],
    },
    {
      name: 'extra-blocking-calls with an ASY005 prefix',
      code: py`
        from app.legacy import db

        async def load() -> None:
            db.query("SELECT 1")
      `,
      options: { async: { 'extra-blocking-calls': { 'app.legacy.db.query': 'ASY005: use `await app.db.fetch(...)`' } } },
      errors: [{ messageId: 'configuredCall', line: 4, column: 5, data: { call: 'app.legacy.db.query', function: 'load', advice: 'use `await app.db.fetch(...)`' } }],
    },
  ],
});
