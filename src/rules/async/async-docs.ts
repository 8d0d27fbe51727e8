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

/** Mentioned by every async rule that can take configured calls. */
export const CONFIGURED_CALLS =
  'Projects add their own blocking calls with `async.extra-blocking-calls` and exempt names with `async.allowed-calls`.';

function code(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
