// Project files whose text is read lazily, once.
import { readRegularText } from '../regular-file.js';
import type { ProjectFile } from './project.js';

/** A ProjectFile for `path`; `text`, when known, saves the read. */
export function projectFile(path: string, text?: string): ProjectFile {
  let cached = text;
  return {
    path,
    get text(): string {
      cached ??= readRegularText(path).text ?? '';
      return cached;
    },
  };
}

/** The text of `path`, or undefined when it cannot be read (or is no regular file, or an absurd size). */
export function readText(path: string): string | undefined {
  return readRegularText(path).text;
}
