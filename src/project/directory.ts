// Reading a folder the same way in every walk: entries in name order, none when it cannot be read.
import { readdirSync, type Dirent } from 'node:fs';
import { compareOrdinal } from '../compare.js';

/** The folder's entries sorted by name (code-unit order, so walks are deterministic); empty when it cannot be read. */
export function sortedEntries(directory: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.sort((a, b) => compareOrdinal(a.name, b.name));
}
