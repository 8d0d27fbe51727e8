import rule from '../../../src/rules/async/blocking-database-call-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const SQLITE = 'use `aiosqlite` (`async with aiosqlite.connect(...) as db: await db.{name}(...)`)';
const REDIS = 'use `redis.asyncio.Redis` (`await redis.{name}(...)`)';
const SESSION = 'use `AsyncSession` from `sqlalchemy.ext.asyncio` (`await session.{name}(...)`)';
const QUERY = 'use `AsyncSession` from `sqlalchemy.ext.asyncio` with `select(...)` (`(await session.execute(stmt)).scalars().{name}()`)';
const session = (call: string, line: number, column: number, fn: string, method: string) =>
  ({ messageId: 'blockingDriverMethod', line, column, data: { call, type: 'sqlalchemy.orm.Session', function: fn, advice: SESSION.replace('{name}', method) } }) as const;

testRule(rule, {
  valid: [
    {
      name: 'an AsyncSession is awaited, and add() does no I/O',
      code: py`
        from sqlalchemy.ext.asyncio import AsyncSession
        from sqlalchemy.orm import Session

        async def create(session: AsyncSession, sync: Session, user: object) -> None:
            session.add(user)
            sync.add(user)
            await session.commit()
      `,
    },
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
      name: 'a sync Session from a FastAPI dependency: commit, refresh, query(...).filter(...).first()',
      code: py`
        from fastapi import Depends
        from sqlalchemy.orm import Session

        async def read_user(user_id: int, db: Session = Depends(get_db)) -> User:
            user = db.query(User).filter(User.id == user_id).first()
            db.commit()
            db.refresh(user)
            return user
      `,
      errors: [
        { messageId: 'blockingDriverMethod', line: 5, column: 12, data: { call: 'db.query(User).filter(User.id == user_id).first', type: 'sqlalchemy.orm.Query', function: 'read_user', advice: QUERY.replace('{name}', 'first') } },
        session('db.commit', 6, 5, 'read_user', 'commit'),
        session('db.refresh', 7, 5, 'read_user', 'refresh'),
      ],
    },
    {
      name: 'sessions made in the function: SessionLocal(), Session(engine), sessionmaker(...)()',
      code: py`
        from sqlalchemy import create_engine
        from sqlalchemy.orm import Session, sessionmaker

        engine = create_engine("sqlite://")
        SessionLocal = sessionmaker(bind=engine)

        async def cleanup() -> None:
            session = SessionLocal()
            session.execute(text("DELETE FROM t"))
            with Session(engine) as other:
                other.rollback()
            sessionmaker(bind=engine)().flush()
      `,
      errors: [
        session('session.execute', 9, 5, 'cleanup', 'execute'),
        session('other.rollback', 11, 9, 'cleanup', 'rollback'),
        session('sessionmaker(bind=engine)().flush', 12, 5, 'cleanup', 'flush'),
      ],
    },
    {
      name: 'Annotated[Session, Depends(...)] through a module-level alias; sqlmodel exec and get',
      code: py`
        from typing import Annotated

        from fastapi import Depends
        from sqlmodel import Session

        SessionDep = Annotated[Session, Depends(get_session)]

        async def read_item(session: SessionDep, item_id: int) -> Item | None:
            items = session.exec(select(Item)).all()
            return session.get(Item, item_id)
      `,
      errors: [session('session.exec', 9, 13, 'read_item', 'exec'), session('session.get', 10, 12, 'read_item', 'get')],
    },
    {
      name: 'an engine and the connection it gives',
      code: py`
        import sqlalchemy

        async def ping() -> None:
            engine = sqlalchemy.create_engine("postgresql://db")
            with engine.connect() as conn:
                conn.execute(sqlalchemy.text("SELECT 1"))
      `,
      errors: [
        { messageId: 'blockingDriverMethod', line: 5, column: 10, data: { call: 'engine.connect', type: 'sqlalchemy.engine.Engine', function: 'ping', advice: 'use `create_async_engine` from `sqlalchemy.ext.asyncio` (`async with engine.connect() as conn`)' } },
        { messageId: 'blockingDriverMethod', line: 6, column: 9, data: { call: 'conn.execute', type: 'sqlalchemy.engine.Connection', function: 'ping', advice: 'use `AsyncConnection` from `sqlalchemy.ext.asyncio` (`await conn.execute(...)`)' } },
      ],
    },
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
