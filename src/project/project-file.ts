// Project files whose text is read lazily, once.
import { readFileSync } from 'node:fs';
import type { ProjectFile } from './project.js';

/** A ProjectFile for `path`; `text`, when known, saves the read. */
export function projectFile(path: string, text?: string): ProjectFile {
  let cached = text;
  return {
    path,
    get text(): string {
      if (cached === undefined) {
        try {
          cached = readFileSync(path, 'utf8');
        } catch {
          cached = '';
        }
      }
      return cached;
    },
  };
}

/** The text of `path`, or undefined when it cannot be read. */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
