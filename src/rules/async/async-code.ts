// Whether a file has any async code: without an `async def`, no call can block an event loop.
import { containsNodeOfType, type SourceFile } from '../../syntax/index.js';

const seen = new WeakMap<SourceFile, boolean>();

/** True when the file holds the `async` keyword (`async def`, `async with`, `async for`). */
export function containsAsyncCode(source: SourceFile): boolean {
  let found = seen.get(source);
  if (found === undefined) {
    found = containsNodeOfType(source.tree, 'async');
    seen.set(source, found);
  }
  return found;
}
