// The blocking APIs as data: qualified name → category (the rule that reports it) and the advice.

/** What kind of blocking a call does; each category is reported by one rule. */
export type BlockingCategory = 'http' | 'sleep' | 'process' | 'file' | 'database' | 'event-loop' | 'input' | 'os-path';

/** The rule code of each category (also the prefix a configured call may carry: `"ASY005: …"`). */
export const CATEGORY_CODES: Readonly<Record<BlockingCategory, string>> = {
  http: 'ASY001',
  sleep: 'ASY002',
  process: 'ASY003',
  file: 'ASY004',
  database: 'ASY005',
  'event-loop': 'ASY006',
  input: 'ASY007',
  'os-path': 'ASY008',
};

/** One blocking callable: its category and what to use instead. */
export interface BlockingApi {
  readonly category: BlockingCategory;
  /** Starts with "use …"; `{name}` stands for the last segment of the called name. */
  readonly advice: string;
}

/**
 * A type whose instances block when some of their methods are called (`requests.Session`,
 * `sqlite3.Connection`). A name bound to a constructor call or annotated with the type carries it.
 */
export interface BlockingType {
  /** The name users see and write in `allowed-calls` (`<name>.<method>`). */
  readonly name: string;
  readonly category: BlockingCategory;
  /** Qualified names of calls that return an instance. */
  readonly constructors: readonly string[];
  /** Qualified names of annotations that declare an instance. */
  readonly annotations: readonly string[];
  /** Blocking methods, or every method except `nonBlocking`. */
  readonly methods: readonly string[] | 'all';
  readonly nonBlocking?: readonly string[];
  /** Methods that return an instance of another blocking type (`connection.cursor()`), or of this one. */
  readonly factories?: Readonly<Record<string, string>>;
  /**
   * Calls that return a factory of instances: `sessionmaker(...)` returns a class whose call makes a
   * `Session`, so `sessionmaker(bind=engine)()` and `SessionLocal()` (with `SessionLocal =
   * sessionmaker(...)`) make one.
   */
  readonly makers?: readonly string[];
  /** Methods reported by another category's rule than the type's (`Path.exists` is ASY008's, `Path.open` ASY004's). */
  readonly methodCategories?: Readonly<Record<string, BlockingCategory>>;
  /** Advice for single methods, in place of `advice` (`Path.open`: `aiofiles`). */
  readonly methodAdvice?: Readonly<Record<string, string>>;
  /** Attributes that hold another instance of a blocking type (`path.parent`). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** True when `a / b` with an instance on the left makes another instance (`path / "name"`). */
  readonly divides?: boolean;
  /** Starts with "use …"; `{name}` stands for the method. */
  readonly advice: string;
}

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const HTTP_CLIENT_ADVICE = 'use `await client.{name}(...)` on an `httpx.AsyncClient`';
const RUN_PROCESS = 'use `await asyncio.create_subprocess_exec(...)`';
const RUN_SHELL = 'use `await asyncio.create_subprocess_shell(...)`';
const OPEN_FILE = 'use `aiofiles.open(...)` or `await asyncio.to_thread(...)`';
const OS_PATH = 'use `await asyncio.to_thread(os.path.{name}, ...)` or `anyio.Path`';
const CURSOR_METHODS = ['execute', 'executemany', 'callproc', 'fetchone', 'fetchmany', 'fetchall'];
const SHUTIL = 'use `await asyncio.to_thread(shutil.{name}, ...)` (or `anyio`)';
const SQLALCHEMY_SESSION = 'use `AsyncSession` from `sqlalchemy.ext.asyncio` (`await session.{name}(...)`)';

/** pathlib methods that only compute a path (Ruff's ASYNC240 exempts the same, and `full_match`). */
const PURE_PATH_METHODS = [
  'as_posix', 'as_uri', 'is_absolute', 'is_relative_to', 'is_reserved', 'joinpath', 'match', 'full_match', 'relative_to',
  'with_name', 'with_segments', 'with_stem', 'with_suffix',
];

/** SQLAlchemy `Query` methods that refine the query and return a new one. */
const QUERY_BUILDERS = [
  'filter', 'filter_by', 'join', 'outerjoin', 'order_by', 'group_by', 'having', 'limit', 'offset', 'options', 'where',
  'distinct', 'with_entities', 'select_from', 'params', 'execution_options', 'yield_per', 'populate_existing',
  'correlate', 'union', 'union_all', 'slice', 'enable_eagerloads', 'with_for_update', 'add_columns', 'add_entity',
];

/** Types that the `/` operator and path methods turn into one another. */
const PATH_FACTORIES = Object.fromEntries(
  ['joinpath', 'with_name', 'with_stem', 'with_suffix', 'with_segments', 'relative_to', 'resolve', 'absolute', 'expanduser'].map((method) => [method, 'pathlib.Path']),
);

function group(category: BlockingCategory, advice: string, names: readonly string[]): [string, BlockingApi][] {
  return names.map((name) => [name, { category, advice }]);
}

/** Blocking module-level functions and constructors, by qualified name. */
export const BLOCKING_CALLS: ReadonlyMap<string, BlockingApi> = new Map([
  ...group('http', HTTP_CLIENT_ADVICE, [
    ...HTTP_VERBS.map((verb) => `requests.${verb}`),
    ...HTTP_VERBS.map((verb) => `httpx.${verb}`),
  ]),
  ...group('http', 'use `await client.request(...)` on an `httpx.AsyncClient`', [
    'requests.connect',
    'requests.trace',
    'httpx.connect',
    'httpx.trace',
    'urllib3.request',
  ]),
  ...group('http', 'use `async with client.stream(...)` on an `httpx.AsyncClient`', ['httpx.stream']),
  ...group('http', 'use `await client.get(...)` on an `httpx.AsyncClient` (or `aiohttp`)', ['urllib.request.urlopen']),
  ...group('sleep', 'use `await asyncio.sleep(...)`', ['time.sleep']),
  ...group('process', RUN_PROCESS, [
    'subprocess.run',
    'subprocess.call',
    'subprocess.check_call',
    'subprocess.check_output',
    'subprocess.Popen',
    'os.posix_spawn',
    'os.posix_spawnp',
    'os.spawnl',
    'os.spawnle',
    'os.spawnlp',
    'os.spawnlpe',
    'os.spawnv',
    'os.spawnve',
    'os.spawnvp',
    'os.spawnvpe',
  ]),
  ...group('process', RUN_SHELL, ['subprocess.getoutput', 'subprocess.getstatusoutput', 'os.system', 'os.popen']),
  ...group('process', 'use `await process.wait()` on an `asyncio.subprocess.Process`, or `await asyncio.to_thread(os.{name}, ...)`', [
    'os.wait',
    'os.wait3',
    'os.wait4',
    'os.waitid',
    'os.waitpid',
  ]),
  ...group('file', OPEN_FILE, ['builtins.open', 'io.open']),
  ...group('file', 'use `await asyncio.to_thread(io.open_code, ...)`', ['io.open_code']),
  ...group('file', 'use `await asyncio.to_thread(os.fdopen, ...)`', ['os.fdopen']),
  ...group('file', SHUTIL, [
    'shutil.copyfileobj', 'shutil.copyfile', 'shutil.copy', 'shutil.copy2', 'shutil.copytree', 'shutil.copymode',
    'shutil.copystat', 'shutil.move', 'shutil.rmtree', 'shutil.make_archive', 'shutil.unpack_archive', 'shutil.chown',
    'shutil.disk_usage',
  ]),
  ...group('http', 'use `aiosmtplib.SMTP(...)` (`await smtp.connect()`, `await smtp.send_message(...)`)', ['smtplib.SMTP', 'smtplib.SMTP_SSL', 'smtplib.LMTP']),
  ...group('database', 'use `aiosqlite.connect(...)`', ['sqlite3.connect']),
  ...group('database', 'use `asyncpg.connect(...)` or `await psycopg.AsyncConnection.connect(...)` (psycopg 3)', ['psycopg2.connect']),
  ...group('database', 'use `await psycopg.AsyncConnection.connect(...)`', ['psycopg.connect', 'psycopg.Connection.connect']),
  ...group('database', 'use `aiomysql.connect(...)`', ['pymysql.connect', 'mysql.connector.connect']),
  ...group('database', 'use `redis.asyncio.Redis(...)`', ['redis.Redis', 'redis.StrictRedis', 'redis.client.Redis', 'redis.client.StrictRedis']),
  ...group('database', 'use `redis.asyncio.from_url(...)`', ['redis.from_url', 'redis.Redis.from_url', 'redis.StrictRedis.from_url']),
  ...group('event-loop', 'use `asyncio.get_running_loop()`', ['asyncio.get_event_loop', 'asyncio.events.get_event_loop']),
  ...group('input', 'use `await asyncio.to_thread(input, ...)`', ['builtins.input']),
  ...group('os-path', OS_PATH, [
    'os.path.exists',
    'os.path.lexists',
    'os.path.isfile',
    'os.path.isdir',
    'os.path.islink',
    'os.path.ismount',
    'os.path.isjunction',
    'os.path.isdevdrive',
    'os.path.getsize',
    'os.path.getmtime',
    'os.path.getatime',
    'os.path.getctime',
    'os.path.samefile',
    'os.path.sameopenfile',
    'os.path.realpath',
    'os.path.abspath',
    'os.path.relpath',
    'os.path.expanduser',
  ]),
]);

/** Types with blocking methods; a method call on a name of such a type is reported. */
export const BLOCKING_TYPES: readonly BlockingType[] = [
  {
    name: 'httpx.Client',
    category: 'http',
    constructors: ['httpx.Client'],
    annotations: ['httpx.Client'],
    methods: ['close', 'delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'request', 'send', 'stream'],
    advice: 'use `httpx.AsyncClient` and `await client.{name}(...)`',
  },
  {
    name: 'requests.Session',
    category: 'http',
    constructors: ['requests.Session', 'requests.session', 'requests.sessions.Session', 'requests.sessions.session'],
    annotations: ['requests.Session', 'requests.sessions.Session'],
    methods: [...HTTP_VERBS, 'send'],
    advice: 'use `httpx.AsyncClient` (or `aiohttp.ClientSession`) and `await client.{name}(...)`',
  },
  {
    name: 'urllib3.PoolManager',
    category: 'http',
    constructors: ['urllib3.PoolManager', 'urllib3.HTTPConnectionPool', 'urllib3.HTTPSConnectionPool', 'urllib3.connection_from_url'],
    annotations: ['urllib3.PoolManager'],
    methods: ['request', 'urlopen', 'request_encode_url', 'request_encode_body'],
    advice: 'use `httpx.AsyncClient` and `await client.request(...)`',
  },
  {
    name: 'pathlib.Path',
    category: 'os-path',
    constructors: ['pathlib.Path', 'pathlib.PosixPath', 'pathlib.WindowsPath', 'pathlib.Path.cwd', 'pathlib.Path.home'],
    annotations: ['pathlib.Path', 'pathlib.PosixPath', 'pathlib.WindowsPath'],
    methods: 'all',
    nonBlocking: PURE_PATH_METHODS,
    methodCategories: { open: 'file' },
    methodAdvice: { open: 'use `anyio.Path(...).open()` or `aiofiles.open(...)`' },
    factories: PATH_FACTORIES,
    attributes: { parent: 'pathlib.Path' },
    divides: true,
    advice: 'use `anyio.Path` (`await anyio.Path(...).{name}(...)`) or `await asyncio.to_thread(path.{name}, ...)`',
  },
  {
    name: 'sqlalchemy.orm.Session',
    category: 'database',
    constructors: ['sqlalchemy.orm.Session', 'sqlalchemy.orm.session.Session', 'sqlmodel.Session', 'sqlmodel.orm.session.Session'],
    annotations: [
      'sqlalchemy.orm.Session', 'sqlalchemy.orm.session.Session', 'sqlalchemy.orm.scoping.scoped_session',
      'sqlalchemy.orm.scoped_session', 'sqlmodel.Session', 'sqlmodel.orm.session.Session',
    ],
    makers: ['sqlalchemy.orm.sessionmaker', 'sqlalchemy.orm.session.sessionmaker', 'sqlalchemy.orm.scoped_session', 'sqlalchemy.orm.scoping.scoped_session'],
    methods: [
      'execute', 'exec', 'scalar', 'scalars', 'commit', 'rollback', 'flush', 'refresh', 'get', 'get_one', 'merge',
      'connection', 'bulk_save_objects', 'bulk_insert_mappings', 'bulk_update_mappings',
    ],
    factories: { query: 'sqlalchemy.orm.Query' },
    advice: SQLALCHEMY_SESSION,
  },
  {
    name: 'sqlalchemy.orm.Query',
    category: 'database',
    constructors: [],
    annotations: ['sqlalchemy.orm.Query', 'sqlalchemy.orm.query.Query'],
    methods: ['all', 'first', 'one', 'one_or_none', 'scalar', 'count', 'get', 'delete', 'update'],
    factories: Object.fromEntries(QUERY_BUILDERS.map((method) => [method, 'sqlalchemy.orm.Query'])),
    advice: 'use `AsyncSession` from `sqlalchemy.ext.asyncio` with `select(...)` (`(await session.execute(stmt)).scalars().{name}()`)',
  },
  {
    name: 'sqlalchemy.engine.Engine',
    category: 'database',
    constructors: ['sqlalchemy.create_engine', 'sqlalchemy.engine.create_engine', 'sqlmodel.create_engine'],
    annotations: ['sqlalchemy.engine.Engine', 'sqlalchemy.Engine', 'sqlalchemy.engine.base.Engine'],
    methods: ['connect', 'begin', 'execute', 'raw_connection'],
    factories: { connect: 'sqlalchemy.engine.Connection', begin: 'sqlalchemy.engine.Connection' },
    advice: 'use `create_async_engine` from `sqlalchemy.ext.asyncio` (`async with engine.{name}() as conn`)',
  },
  {
    name: 'sqlalchemy.engine.Connection',
    category: 'database',
    constructors: [],
    annotations: ['sqlalchemy.engine.Connection', 'sqlalchemy.Connection', 'sqlalchemy.engine.base.Connection'],
    methods: ['execute', 'exec_driver_sql', 'scalar', 'scalars', 'commit', 'rollback'],
    advice: 'use `AsyncConnection` from `sqlalchemy.ext.asyncio` (`await conn.{name}(...)`)',
  },
  {
    name: 'smtplib.SMTP',
    category: 'http',
    constructors: ['smtplib.SMTP', 'smtplib.SMTP_SSL', 'smtplib.LMTP'],
    annotations: ['smtplib.SMTP', 'smtplib.SMTP_SSL'],
    methods: ['connect', 'helo', 'ehlo', 'starttls', 'login', 'sendmail', 'send_message', 'quit', 'noop', 'verify', 'rset'],
    advice: 'use `aiosmtplib.SMTP` (`await smtp.{name}(...)`)',
  },
  {
    name: 'slack_sdk.WebClient',
    category: 'http',
    constructors: ['slack_sdk.WebClient', 'slack_sdk.web.WebClient', 'slack_sdk.web.client.WebClient', 'slack.WebClient'],
    annotations: ['slack_sdk.WebClient', 'slack_sdk.web.WebClient', 'slack_sdk.web.client.WebClient', 'slack.WebClient'],
    methods: 'all',
    advice: 'use `slack_sdk.web.async_client.AsyncWebClient` (`await client.{name}(...)`)',
  },
  {
    name: 'boto3.session.Session',
    category: 'http',
    constructors: ['boto3.Session', 'boto3.session.Session'],
    annotations: ['boto3.Session', 'boto3.session.Session'],
    methods: [],
    factories: { client: 'boto3 client', resource: 'boto3 client' },
    advice: 'use `aioboto3.Session()`',
  },
  {
    name: 'boto3 client',
    category: 'http',
    constructors: ['boto3.client', 'boto3.resource'],
    annotations: [],
    methods: 'all',
    nonBlocking: ['get_paginator', 'get_waiter', 'can_paginate', 'generate_presigned_url', 'generate_presigned_post', 'meta', 'exceptions', 'Table', 'Bucket', 'Object'],
    advice: 'use `aioboto3` (or `await asyncio.to_thread(client.{name}, ...)`)',
  },
  {
    name: 'sqlite3.Connection',
    category: 'database',
    constructors: ['sqlite3.connect'],
    annotations: ['sqlite3.Connection'],
    methods: ['execute', 'executemany', 'executescript', 'commit', 'rollback', 'backup'],
    factories: { cursor: 'sqlite3.Cursor', execute: 'sqlite3.Cursor', executemany: 'sqlite3.Cursor', executescript: 'sqlite3.Cursor' },
    advice: 'use `aiosqlite` (`async with aiosqlite.connect(...) as db: await db.{name}(...)`)',
  },
  {
    name: 'sqlite3.Cursor',
    category: 'database',
    constructors: [],
    annotations: ['sqlite3.Cursor'],
    methods: [...CURSOR_METHODS, 'executescript'],
    advice: 'use `aiosqlite` (`await cursor.{name}(...)`)',
  },
  {
    name: 'psycopg2.extensions.connection',
    category: 'database',
    constructors: ['psycopg2.connect'],
    annotations: ['psycopg2.extensions.connection'],
    methods: ['commit', 'rollback'],
    factories: { cursor: 'psycopg2.extensions.cursor' },
    advice: 'use `asyncpg` or psycopg 3\'s `AsyncConnection` (`await conn.{name}()`)',
  },
  {
    name: 'psycopg2.extensions.cursor',
    category: 'database',
    constructors: [],
    annotations: ['psycopg2.extensions.cursor'],
    methods: [...CURSOR_METHODS, 'copy_expert', 'copy_from', 'copy_to'],
    advice: 'use `asyncpg` or psycopg 3\'s `AsyncCursor` (`await cursor.{name}(...)`)',
  },
  {
    name: 'psycopg.Connection',
    category: 'database',
    constructors: ['psycopg.connect', 'psycopg.Connection.connect'],
    annotations: ['psycopg.Connection'],
    methods: ['execute', 'commit', 'rollback'],
    factories: { cursor: 'psycopg.Cursor', execute: 'psycopg.Cursor' },
    advice: 'use `psycopg.AsyncConnection` (`await conn.{name}(...)`)',
  },
  {
    name: 'psycopg.Cursor',
    category: 'database',
    constructors: [],
    annotations: ['psycopg.Cursor'],
    methods: [...CURSOR_METHODS, 'copy'],
    advice: 'use `psycopg.AsyncCursor` (`await cursor.{name}(...)`)',
  },
  {
    name: 'pymysql.connections.Connection',
    category: 'database',
    constructors: ['pymysql.connect'],
    annotations: ['pymysql.connections.Connection', 'pymysql.Connection'],
    methods: ['commit', 'rollback', 'ping', 'query'],
    factories: { cursor: 'pymysql.cursors.Cursor' },
    advice: 'use `aiomysql` (`await conn.{name}(...)`)',
  },
  {
    name: 'pymysql.cursors.Cursor',
    category: 'database',
    constructors: [],
    annotations: ['pymysql.cursors.Cursor'],
    methods: CURSOR_METHODS,
    advice: 'use `aiomysql` (`await cursor.{name}(...)`)',
  },
  {
    name: 'mysql.connector.MySQLConnection',
    category: 'database',
    constructors: ['mysql.connector.connect'],
    annotations: ['mysql.connector.MySQLConnection', 'mysql.connector.connection.MySQLConnection'],
    methods: ['commit', 'rollback', 'ping', 'cmd_query'],
    factories: { cursor: 'mysql.connector.cursor.MySQLCursor' },
    advice: 'use `aiomysql` (`await conn.{name}(...)`)',
  },
  {
    name: 'mysql.connector.cursor.MySQLCursor',
    category: 'database',
    constructors: [],
    annotations: ['mysql.connector.cursor.MySQLCursor'],
    methods: CURSOR_METHODS,
    advice: 'use `aiomysql` (`await cursor.{name}(...)`)',
  },
  {
    name: 'redis.Redis',
    category: 'database',
    constructors: [
      'redis.Redis',
      'redis.StrictRedis',
      'redis.client.Redis',
      'redis.client.StrictRedis',
      'redis.from_url',
      'redis.Redis.from_url',
      'redis.StrictRedis.from_url',
    ],
    annotations: ['redis.Redis', 'redis.StrictRedis', 'redis.client.Redis'],
    methods: 'all',
    nonBlocking: ['pipeline', 'pubsub', 'lock', 'register_script', 'get_encoder', 'get_connection_kwargs'],
    factories: { pipeline: 'redis.client.Pipeline' },
    advice: 'use `redis.asyncio.Redis` (`await redis.{name}(...)`)',
  },
  {
    name: 'redis.client.Pipeline',
    category: 'database',
    constructors: [],
    annotations: ['redis.client.Pipeline'],
    methods: ['execute'],
    advice: 'use `redis.asyncio.Redis().pipeline()` (`await pipe.execute()`)',
  },
];

/** The category of `type.method(...)`: the method's own, else the type's. */
export function categoryOfMethod(type: BlockingType, method: string): BlockingCategory {
  return type.methodCategories?.[method] ?? type.category;
}

/** True when `method` called on an instance of `type` blocks. */
export function blocksOn(type: BlockingType, method: string): boolean {
  if (type.methods === 'all') return !method.startsWith('_') && !(type.nonBlocking ?? []).includes(method);
  return type.methods.includes(method);
}
