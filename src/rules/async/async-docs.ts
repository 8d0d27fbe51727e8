// Documentation text the async rules share, partly generated from the blocking-API table.
import { BLOCKING_CALLS, BLOCKING_TYPES, type BlockingCategory } from './blocking-apis.js';

/** What "inside an `async def`" means for every async rule. */
export const ASYNC_CONTEXT =
  'Only code that runs directly in an `async def` counts: a nested `def`, a `lambda` (both run later, often in a ' +
  'worker thread through `asyncio.to_thread` or `run_in_executor`) and a class body are not checked; comprehensions ' +
  'are. Names are resolved through imports, aliases included (`import requests as r`, `from time import sleep as ' +
  'nap`, imports inside the function); a local definition that shadows a name (`def open(...)`) is respected, and ' +
  'passing a function without calling it (`await asyncio.to_thread(requests.get, url)`) is fine. An awaited call is ' +
  'still reported: `await` does not make a synchronous call asynchronous.';

/** `requests.get`, `requests.post`, … of a category, as inline code for the docs. */
export function documentedCalls(category: BlockingCategory): string {
  const names = [...BLOCKING_CALLS].filter(([, api]) => api.category === category).map(([name]) => name.replace(/^builtins\./, ''));
  return code(names);
}

/** `httpx.Client` (`get`, `post`, …) of a category, as inline code for the docs. */
export function documentedTypes(category: BlockingCategory): string {
  const entries: string[] = [];
  for (const type of BLOCKING_TYPES) {
    const elsewhere = Object.entries(type.methodCategories ?? {}).filter(([, other]) => other !== category).map(([method]) => method);
    const here = Object.entries(type.methodCategories ?? {}).filter(([, other]) => other === category).map(([method]) => method);
    if (type.category === category) {
      const listed = type.methods === 'all' ? undefined : type.methods.filter((method) => !elsewhere.includes(method));
      if (listed?.length === 0) continue;
      const methods = listed ? code(listed) : `every method except ${code([...(type.nonBlocking ?? []), ...elsewhere])}`;
      entries.push(`\`${type.name}\` (${methods})`);
    } else if (here.length > 0) {
      entries.push(`\`${type.name}\` (${code(here)})`);
    }
  }
  return entries.join('; ');
}

/** How every blocking rule follows the project's own helpers (the link phase of `pystandards check`). */
export const THROUGH_HELPERS = [
  '**Through the project\'s own code.** `pystandards check` on a folder also follows calls from an `async def` into ' +
    'the project\'s sync functions, across modules and at any depth: `async def get_profile()` calling ' +
    '`load_profile()` in `services.py`, which calls `fetch_user()` in `db.py`, which calls `psycopg2.connect()`, is ' +
    'reported at the `load_profile(...)` call with the code of the API at the end (here ASY005) and the chain in the ' +
    'message: `load_profile (shop/services.py:4) → fetch_user (shop/db.py:4) → psycopg2.connect`. Followed: ' +
    'functions and classes of the modules the import rules count as first-party (relative imports, `src` roots, the ' +
    'file\'s own package, `known-first-party`), through `import m`, `from m import f as g`, re-exports in ' +
    '`__init__.py` and star imports; methods through `self`/`cls`, through `super()` and up the class bases of the ' +
    'project (an override in the subclass is what runs); instances made in the same function or at the top of the ' +
    'module (`client = PaymentClient(); client.charge()`), `PaymentClient().charge()`, and constructors whose ' +
    '`__init__` blocks.',
  'Not followed, and never guessed: attributes of attributes (`self.repo.get()`), values from containers or ' +
    '`getattr`, parameters of unknown type, callbacks, `lambda`s and nested functions; helpers memoised with ' +
    '`functools.cache`/`lru_cache`/`cached_property`, and calls under `if _client is None:` for a `global` ' +
    '(lazy initialisation blocks once, not on every call). Not reported: helpers handed to a thread ' +
    '(`asyncio.to_thread`, `loop.run_in_executor`, `anyio.to_thread.run_sync`, `run_in_threadpool`), calls in sync ' +
    'functions (FastAPI runs `def` endpoints in a thread pool), and `async def` helpers (their own calls are checked ' +
    'where they are). `# noqa: CODE` on the call suppresses it; `async.allowed-calls` may list a project function ' +
    '(`shop.db.fetch_user`) to mark it safe. The editor links the document being edited against the other files of ' +
    'its folder as saved (refreshed on every save); MCP `check_files` against its whole root. Snippets (MCP ' +
    '`check_python_code`), stdin and `--fix` runs see one file, so they report only the direct calls.',
].join('\n\n');

/** Mentioned by every async rule that can take configured calls. */
export const CONFIGURED_CALLS =
  'Projects add their own blocking calls with `async.extra-blocking-calls` and exempt names with `async.allowed-calls`.';

function code(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
