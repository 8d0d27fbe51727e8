// Per-file results cached under the project root, keyed by content hash, settings and version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../config/index.js';
import { VERSION } from '../version.js';
import { cachedSummary, summaryText } from '../project-graph/index.js';
import { readRegularFile } from '../regular-file.js';
import type { FileReport } from './check-file.js';
import { decodeFinding, encodeFinding, type StoredFinding } from './finding-codec.js';

interface CacheEntry {
  readonly hash: string;
  /**
   * The file's StoredFinding[] as JSON: its bytes in the cache file as read, or the text stored this
   * run. Kept unparsed, so a run parses only the files it looks up, and one at a time.
   */
  readonly findings: Buffer | string;
  /** The file's ModuleSummary as JSON, the same way; empty when the run made none. */
  readonly summary: Buffer | string;
  /** The summary's `coroutines`, kept in the header so that a summary without any is not parsed. */
  readonly coroutines: boolean;
  readonly errors: readonly string[];
  /** The file's stamp when its content had `hash` (see fileStamp); absent when it could not be trusted. */
  stamp?: string;
  /** The last day (days since 1970) a run looked the entry up or stored it. */
  seen: number;
}

/**
 * How an entry is listed in the header: hash, stamp ('' for none), errors, the byte length of its
 * findings in the body (where each entry's findings and then its summary follow the previous
 * entry's, in header order), the day it was last seen, the byte length of its summary, and whether
 * the summary has coroutines (1) or not (0).
 */
type HeaderEntry = [hash: string, stamp: string, errors: string[], length: number, seen: number, summaryLength: number, coroutines: 0 | 1];

/**
 * Entries no run has seen for this many days are dropped when the cache is written: files that
 * were deleted or renamed, or left out of every run since, do not make the cache grow for ever
 * (Ruff's cache keeps unseen entries for 30 days too).
 */
const MAX_UNSEEN_DAYS = 30;
const DAY_MS = 86_400_000;

interface CacheHeader {
  readonly version: string;
  readonly key: string;
  readonly entries: Record<string, HeaderEntry>;
}

/** The cache of one project and one configuration (settings, enabled rules, tool version). */
class ProjectCache {
  private readonly entries: Map<string, CacheEntry>;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly key: string,
    /** Today, in days since 1970: the day entries are marked seen. */
    private readonly today: number,
  ) {
    this.entries = readEntries(file, key);
  }

  /** The entry of a file whose stamp is the recorded one: its content is unchanged without reading it. */
  lookupByStamp(relative: string, stamp: string): CacheEntry | undefined {
    const entry = this.entries.get(relative);
    if (entry?.stamp === undefined || entry.stamp !== stamp) return undefined;
    this.markSeen(entry);
    return entry;
  }

  /** Marks an entry seen today; the cache is written again at most once a day for it. */
  private markSeen(entry: CacheEntry): void {
    if (entry.seen === this.today) return;
    entry.seen = this.today;
    this.dirty = true;
  }

  /** The entry of a file with this content hash; records the file's stamp on it for the next run. */
  lookup(relative: string, hash: string, stamp: string | undefined): CacheEntry | undefined {
    const entry = this.entries.get(relative);
    if (entry?.hash !== hash) return undefined;
    this.markSeen(entry);
    if (stamp !== entry.stamp) {
      if (stamp === undefined) delete entry.stamp;
      else entry.stamp = stamp;
      this.dirty = true;
    }
    return entry;
  }

  store(relative: string, hash: string, stamp: string | undefined, report: FileReport, stored?: readonly StoredFinding[]): void {
    this.entries.set(relative, {
      hash,
      findings: JSON.stringify(stored ?? report.findings.map(encodeFinding)),
      summary: report.summary ? summaryText(report.summary) : '',
      coroutines: report.summary?.coroutines ?? false,
      errors: report.errors,
      ...(stamp !== undefined && { stamp }),
      seen: this.today,
    });
    this.dirty = true;
  }

  /** Writes the cache atomically (temp file + rename); a failure to write is not an error. */
  save(): void {
    if (!this.dirty) return;
    try {
      const folder = path.dirname(this.file);
      mkdirSync(folder, { recursive: true });
      const root = path.dirname(folder);
      const ignore = path.join(root, '.gitignore');
      if (!existsSync(ignore)) writeFileSync(ignore, '# Created by pystandards: nothing here belongs in git.\n*\n');
      const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temp, Buffer.concat(serialize(this.key, this.entries, this.today - MAX_UNSEEN_DAYS)));
      renameSync(temp, this.file);
      this.dirty = false;
      removeStaleFiles(root, this.file, Date.now());
    } catch {
      // A read-only project or a full disk only costs the next run its speed-up.
    }
  }
}

/** Names this cache gives its folders (one per pystandards version) and files (a key, and temporaries). */
const VERSION_FOLDER = /^\d+\.\d+\.\d+(?:[-+][\w.-]*)?$/;
const CACHE_FILE = /^[0-9a-f]{20}\.cache$/;
const TEMP_FILE = /^[0-9a-f]{20}\.cache\.\d+\.\d+\.tmp$/;

/**
 * Removes the cache files no run has written for 30 days: those of settings or formats no longer
 * used, and the folders of earlier pystandards versions, which would otherwise stay for ever. A file
 * in use is rewritten on every day a run uses it. Temporary files a crashed run left go after a day.
 * Only names this cache makes are touched, whatever `cache-dir` points at. Best effort: another run
 * may be removing the same files.
 */
function removeStaleFiles(root: string, current: string, now: number): void {
  for (const version of readdirSync(root, { withFileTypes: true })) {
    if (!version.isDirectory() || !VERSION_FOLDER.test(version.name)) continue;
    const folder = path.join(root, version.name);
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      const maxAge = CACHE_FILE.test(name) ? MAX_UNSEEN_DAYS * DAY_MS : TEMP_FILE.test(name) ? DAY_MS : undefined;
      if (maxAge === undefined || file === current) continue;
      try {
        if (statSync(file).mtimeMs < now - maxAge) unlinkSync(file);
      } catch {
        // Gone already, or not ours to remove.
      }
    }
    try {
      if (readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Not empty after all, or removed by another run.
    }
  }
}

/**
 * The cache file: one line of JSON (the header), then the findings of every entry, back to back.
 * The findings are JSON too, but kept out of the header's strings, where every quote would be
 * escaped: reading the file then parses the small header only, and no text is unescaped.
 */
function serialize(key: string, entries: ReadonlyMap<string, CacheEntry>, oldestSeen: number): Buffer[] {
  const header: CacheHeader = { version: VERSION, key, entries: {} };
  const body: Buffer[] = [];
  for (const [relative, entry] of entries) {
    if (entry.seen < oldestSeen) continue;
    const findings = typeof entry.findings === 'string' ? Buffer.from(entry.findings) : entry.findings;
    const summary = typeof entry.summary === 'string' ? Buffer.from(entry.summary) : entry.summary;
    header.entries[relative] = [entry.hash, entry.stamp ?? '', [...entry.errors], findings.length, entry.seen, summary.length, entry.coroutines ? 1 : 0];
    body.push(findings, summary);
  }
  return [Buffer.from(`${JSON.stringify(header)}\n`), ...body];
}

/** The entries of a cache file, or none when it is missing, foreign (another key or version) or damaged. */
function readEntries(file: string, key: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  try {
    // Only a regular file: a hostile repository's cache folder may hold a link to a device or a FIFO.
    const read = readRegularFile(file, MAX_CACHE_FILE_BYTES);
    if (read.kind !== 'read') return entries;
    const bytes = read.bytes;
    const newline = bytes.indexOf(NEWLINE);
    if (newline < 0) return entries;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<CacheHeader>;
    if (header.version !== VERSION || header.key !== key || typeof header.entries !== 'object' || header.entries === null) return entries;
    let offset = newline + 1;
    // Header order is body order: JSON keeps the order of keys that are not array indices, and every
    // key holds a NUL (see entryKey).
    for (const [relative, [hash, stamp, errors, length, seen, summaryLength, coroutines]] of Object.entries(header.entries)) {
      if (
        typeof hash !== 'string' || typeof stamp !== 'string' || !Array.isArray(errors) || !Number.isInteger(length) || length < 0 ||
        !Number.isInteger(seen) || !Number.isInteger(summaryLength) || summaryLength < 0 || (coroutines !== 0 && coroutines !== 1)
      ) {
        return new Map();
      }
      const findings = bytes.subarray(offset, offset + length);
      offset += length;
      const summary = bytes.subarray(offset, offset + summaryLength);
      offset += summaryLength;
      entries.set(relative, { hash, findings, summary, coroutines: coroutines === 1, errors, ...(stamp !== '' && { stamp }), seen });
    }
    // A body shorter or longer than the header says is a damaged file: none of it is trusted.
    return offset === bytes.length ? entries : new Map();
  } catch {
    return new Map();
  }
}

const NEWLINE = 0x0a;
/** A cache file is read whole: far past any real one (the standard library's is about 15 MB), below what a Buffer can hold. */
const MAX_CACHE_FILE_BYTES = 2 ** 31;

/** Changes whenever the stored layout changes, so old caches are simply not found. */
const CACHE_FORMAT = 9;

/** Content hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('base64');
}

/**
 * A file's modification time, size and inode, taken before its bytes are read: while they stay
 * the same, a warm run skips reading and hashing the file. A file modified less than two seconds
 * before `now` gets no stamp (as git treats "racily clean" files), because a second change within
 * the file system's timestamp resolution would not show in it; undefined too when stat fails.
 */
export function fileStamp(absolutePath: string, now: number): string | undefined {
  try {
    const stat = statSync(absolutePath);
    if (!(stat.mtimeMs < now - RACY_WINDOW_MS)) return undefined;
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

const RACY_WINDOW_MS = 2000;

/** Caches for every project of a run. Settings that are equal share one cache file. */
export class ResultCache {
  private readonly bySettings = new Map<Settings, ProjectCache>();
  private readonly byFile = new Map<string, ProjectCache>();

  /** The run's day, in days since 1970. */
  private readonly today = Math.floor(Date.now() / DAY_MS);

  /** `fingerprint` names everything besides settings and version that results depend on. */
  constructor(private readonly fingerprint: (settings: Settings) => string) {}

  private cacheFor(settings: Settings): ProjectCache {
    let cache = this.bySettings.get(settings);
    if (!cache) {
      const key = createHash('sha256').update(JSON.stringify([VERSION, CACHE_FORMAT, settings, this.fingerprint(settings)])).digest('hex').slice(0, 20);
      const file = path.join(path.resolve(settings.projectRoot, settings.cacheDir), VERSION, `${key}.cache`);
      cache = this.byFile.get(file) ?? new ProjectCache(file, key, this.today);
      this.byFile.set(file, cache);
      this.bySettings.set(settings, cache);
    }
    return cache;
  }

  /** The cached report of a file whose stamp is unchanged since its entry was stored or confirmed. */
  lookupByStamp(settings: Settings, absolutePath: string, displayPath: string, stamp: string, ignored: string): FileReport | undefined {
    const entry = this.cacheFor(settings).lookupByStamp(entryKey(settings, absolutePath, ignored), stamp);
    return entry && reportOf(entry, absolutePath, displayPath);
  }

  /** The cached report of a file, with its findings placed under today's display path. */
  lookup(settings: Settings, absolutePath: string, displayPath: string, hash: string, ignored: string, stamp?: string): FileReport | undefined {
    const entry = this.cacheFor(settings).lookup(entryKey(settings, absolutePath, ignored), hash, stamp);
    return entry && reportOf(entry, absolutePath, displayPath);
  }

  /** Stores a file's report; `stored`, when given, is its findings already encoded. */
  store(settings: Settings, absolutePath: string, hash: string, ignored: string, report: FileReport, stamp?: string, stored?: readonly StoredFinding[]): void {
    if (report.errors.length > 0) return;
    this.cacheFor(settings).store(entryKey(settings, absolutePath, ignored), hash, stamp, report, stored);
  }

  save(): void {
    for (const cache of this.byFile.values()) cache.save();
  }
}

/** An entry's report, its findings placed under today's display path. */
function reportOf(entry: CacheEntry, absolutePath: string, displayPath: string): FileReport | undefined {
  try {
    const text = typeof entry.findings === 'string' ? entry.findings : entry.findings.toString('utf8');
    const stored = JSON.parse(text) as StoredFinding[];
    const findings = stored.map((finding) => decodeFinding(finding, displayPath, absolutePath));
    const json = typeof entry.summary === 'string' ? Buffer.from(entry.summary) : entry.summary;
    const summary = json.length > 0 ? cachedSummary(json, entry.coroutines) : undefined;
    return { path: displayPath, findings, errors: entry.errors, ...(summary && { summary }) };
  } catch {
    // An entry that does not decode (a damaged file) is a miss: the file is checked again.
    return undefined;
  }
}

/** Entries are keyed by project-relative path plus the per-file ignores that filtered them. */
function entryKey(settings: Settings, absolutePath: string, ignored: string): string {
  return `${path.relative(settings.projectRoot, absolutePath)}\u0000${ignored}`;
}
