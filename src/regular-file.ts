// Reading the files a run is pointed at, safely for every layer: regular files only (after links),
// never more than a bound, and never blocked by a FIFO or a device on the way.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** What reading a file gave: its bytes, why it could not be read, or that it is over the bound. */
export type FileRead =
  | { readonly kind: 'read'; readonly bytes: Buffer }
  /** An errno code (`EACCES`, `ENOENT`, …) or `not a regular file`. */
  | { readonly kind: 'unreadable'; readonly reason: string }
  /** Larger than the bound; `size` is what the file holds (at least the bound plus one). */
  | { readonly kind: 'too-large'; readonly size: number };

export const NOT_REGULAR = 'not a regular file';

/**
 * Files read besides Python sources (configuration, project manifests, ignore, suppression and
 * standards files). No real one comes near it; it keeps a link to a device from filling memory.
 */
export const MAX_AUXILIARY_FILE_BYTES = 64 * 1024 * 1024;

// O_NONBLOCK lets a FIFO that slipped in between the stat and the open be opened (and refused)
// without waiting for a writer; it changes nothing for regular files.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the file at `file` (links followed) when it is a regular file of at most `limit` bytes.
 * A FIFO, socket or device is refused before it is opened, so nothing blocks on it and no device
 * is touched; a file that grows past `limit` while it is read is refused too.
 */
export function readRegularFile(file: string, limit: number): FileRead {
  let fd: number;
  try {
    if (!statSync(file).isFile()) return { kind: 'unreadable', reason: NOT_REGULAR };
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unreadable', reason: NOT_REGULAR };
    if (stats.size > limit) return { kind: 'too-large', size: stats.size };
    const bytes = readAtMost(fd, limit, stats.size);
    return bytes ? { kind: 'read', bytes } : { kind: 'too-large', size: limit + 1 };
  } catch (error) {
    return { kind: 'unreadable', reason: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular file of at most `limit` bytes as UTF-8, or undefined with `reason` set on the result. */
export function readRegularText(file: string, limit = MAX_AUXILIARY_FILE_BYTES): { readonly text: string } | { readonly text?: undefined; readonly reason: string } {
  const read = readRegularFile(file, limit);
  if (read.kind === 'read') return { text: read.bytes.toString('utf8') };
  return { reason: read.kind === 'too-large' ? `larger than ${limit} bytes` : read.reason };
}

/**
 * Reads `fd` to its end (stdin, or an open file), or gives undefined once it holds more than
 * `limit` bytes. `expected` sizes the first read: a regular file is then read in one call.
 */
export function readAtMost(fd: number, limit: number, expected = 64 * 1024): Buffer | undefined {
  // One byte more than expected tells, without a second buffer, whether the file ends there.
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const read = readSync(fd, buffer, total, buffer.length - total, null);
    if (read === 0) break;
    total += read;
  }
  return total > limit ? undefined : buffer.subarray(0, total);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
