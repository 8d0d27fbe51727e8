// Document URIs ↔ file paths: `file:` URIs name files; other schemes (untitled:) are documents without one.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The absolute path a `file:` URI names, or undefined for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The `file:` URI of an absolute path. */
export function pathToUri(absolutePath: string): string {
  return pathToFileURL(absolutePath).href;
}
