// ASY005: synchronous database and cache drivers inside `async def` (beyond Ruff).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS, documentedCalls, documentedTypes } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY005',
  name: 'blocking-database-call-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    blockingDriver: 'Blocking database call `{{call}}()` in `async def {{function}}`: {{advice}}',
    blockingDriverMethod: 'Blocking database call `{{call}}()` on a `{{type}}` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow synchronous database and cache drivers inside `async def`.',
    what:
      `Flags calls of ${documentedCalls('database')} inside an \`async def\`, and blocking methods called on a ` +
      `connection, cursor or client those return: ${documentedTypes('database')}. A name counts when the binding ` +
      'visible at the call is such a call (`conn = sqlite3.connect(path)`, `cursor = conn.cursor()`), a `with` ' +
      'target of one, or annotated with the type, also through `Annotated[...]` and a module-level alias (FastAPI\'s ' +
      '`db: Session = Depends(get_db)` and `SessionDep = Annotated[Session, Depends(get_db)]`). A synchronous ' +
      'SQLAlchemy `Session` also counts when it comes from a session factory: `sessionmaker(...)()`, or ' +
      '`SessionLocal()` with `SessionLocal = sessionmaker(...)`; `session.query(...)` and its refinements ' +
      '(`.filter(...)`, `.order_by(...)`) block when they run (`.all()`, `.first()`, `.one()`, …).\n\n' +
      `${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS}`,
    why:
      'A query on a synchronous driver waits for the database server while holding the event loop; under load one ' +
      'slow query stalls every request. Use the async drivers: `aiosqlite`, `asyncpg` or psycopg 3\'s ' +
      '`AsyncConnection`, `aiomysql`, `redis.asyncio`, or SQLAlchemy\'s `AsyncSession`.',
    bad:
      'import sqlite3\n\n\nasync def add_customer(connection: sqlite3.Connection, name: str) -> None:\n' +
      '    connection.execute("INSERT INTO customers (name) VALUES (?)", (name,))\n',
    good:
      'import aiosqlite\n\n\nasync def add_customer(connection: aiosqlite.Connection, name: str) -> None:\n' +
      '    await connection.execute("INSERT INTO customers (name) VALUES (?)", (name,))\n',
    comparison:
      'Neither Ruff nor flake8-async checks database or cache drivers or ORM sessions. Constructing a `redis.Redis` does not touch ' +
      'the network yet, but in async code it is the wrong client: its commands are the blocking ones.',
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'database', {
      call: 'blockingDriver',
      method: 'blockingDriverMethod',
      configured: 'configuredCall',
    });
  },
});
