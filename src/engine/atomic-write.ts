// Replaces a file's content atomically (temp file + rename), keeping its mode and owner.
import { accessSync, chmodSync, chownSync, closeSync, constants, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `bytes` over the file at `file`: a temporary file in the same folder receives the bytes
 * and the original's permission bits (and owner, where allowed), then is renamed over the
 * original, so a reader sees either the old content or the new, never a part. A symbolic link is
 * followed and its target replaced. Returns why it could not write (a read-only file or folder,
 * any I/O error), or undefined on success; on failure the original is untouched.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): string | undefined {
  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  let folderMode: number;
  try {
    target = realpathSync(file);
    ({ mode, uid, gid } = statSync(target));
    folderMode = statSync(path.dirname(target)).mode;
  } catch (error) {
    return describe(error);
  }
  const folder = path.dirname(target);
  if (!isWritable(target, mode)) return 'the file is read-only';
  if (!isWritable(folder, folderMode)) return 'its folder is read-only';
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.pystandards-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode & 0o7777);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    closeSync(fd);
    fd = undefined;
    // The umask may have narrowed the mode given to open(); set it exactly.
    chmodSync(temp, mode & 0o7777);
    tryChown(temp, uid, gid);
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    return describe(error);
  }
}

/**
 * Like writeFileAtomic, and creates the file when it does not exist yet (with the default
 * permissions the umask leaves), still through a temporary file renamed into place.
 */
export function writeOrCreateFileAtomic(file: string, bytes: Uint8Array): string | undefined {
  try {
    statSync(file);
    return writeFileAtomic(file, bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return describe(error);
  }
  const folder = path.dirname(path.resolve(file));
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.pystandards-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o666);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path.resolve(file));
    return undefined;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    return describe(error);
  }
}

/**
 * Writable by its permission bits and by the operating system. The bits are read too because the
 * superuser may write anything: a file or folder without any write bit is treated as read-only.
 */
function isWritable(file: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return false;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function tryChown(file: string, uid: number, gid: number): void {
  try {
    chownSync(file, uid, gid);
  } catch {
    // Only the superuser may give a file away; otherwise the new file keeps our owner.
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `permission denied (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
