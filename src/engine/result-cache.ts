// Per-file results cached under the project root, keyed by content hash, settings and version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../config/index.js';
import { VERSION } from '../version.js';
import type { FileReport } from './check-file.js';
import { decodeFinding, encodeFinding, type StoredFinding } from './finding-codec.js';

interface CacheEntry {
  readonly hash: string;
  readonly findings: readonly StoredFinding[];
  readonly errors: readonly string[];
}

interface CacheFile {
  readonly version: string;
  readonly key: string;
  readonly entries: Record<string, CacheEntry>;
}

/** The cache of one project and one configuration (settings, enabled rules, tool version). */
class ProjectCache {
  private readonly entries: Record<string, CacheEntry>;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly key: string,
  ) {
    this.entries = readEntries(file, key);
  }

  lookup(relative: string, hash: string): CacheEntry | undefined {
    const entry = this.entries[relative];
    return entry?.hash === hash ? entry : undefined;
  }

  store(relative: string, hash: string, report: FileReport): void {
    this.entries[relative] = {
      hash,
      findings: report.findings.map(encodeFinding),
      errors: report.errors,
    };
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
      writeFileSync(temp, JSON.stringify({ version: VERSION, key: this.key, entries: this.entries } satisfies CacheFile));
      renameSync(temp, this.file);
      this.dirty = false;
    } catch {
      // A read-only project or a full disk only costs the next run its speed-up.
    }
  }
}

function readEntries(file: string, key: string): Record<string, CacheEntry> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.version !== VERSION || parsed.key !== key || typeof parsed.entries !== 'object' || parsed.entries === null) return {};
    return parsed.entries;
  } catch {
    return {};
  }
}

/** Changes whenever the stored layout changes, so old caches are simply not found. */
const CACHE_FORMAT = 2;

/** Content hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('base64');
}

/** Caches for every project of a run. Settings that are equal share one cache file. */
export class ResultCache {
  private readonly bySettings = new Map<Settings, ProjectCache>();
  private readonly byFile = new Map<string, ProjectCache>();

  /** `fingerprint` names everything besides settings and version that results depend on. */
  constructor(private readonly fingerprint: (settings: Settings) => string) {}

  private cacheFor(settings: Settings): ProjectCache {
    let cache = this.bySettings.get(settings);
    if (!cache) {
      const key = createHash('sha256').update(JSON.stringify([VERSION, CACHE_FORMAT, settings, this.fingerprint(settings)])).digest('hex').slice(0, 20);
      const file = path.join(path.resolve(settings.projectRoot, settings.cacheDir), VERSION, `${key}.json`);
      cache = this.byFile.get(file) ?? new ProjectCache(file, key);
      this.byFile.set(file, cache);
      this.bySettings.set(settings, cache);
    }
    return cache;
  }

  /** The cached report of a file, with its findings placed under today's display path. */
  lookup(settings: Settings, absolutePath: string, displayPath: string, hash: string, ignored: string): FileReport | undefined {
    const entry = this.cacheFor(settings).lookup(entryKey(settings, absolutePath, ignored), hash);
    if (!entry) return undefined;
    try {
      return { path: displayPath, findings: entry.findings.map((stored) => decodeFinding(stored, displayPath, absolutePath)), errors: entry.errors };
    } catch {
      // An entry that does not decode (a damaged file) is a miss: the file is checked again.
      return undefined;
    }
  }

  store(settings: Settings, absolutePath: string, hash: string, ignored: string, report: FileReport): void {
    if (report.errors.length > 0) return;
    this.cacheFor(settings).store(entryKey(settings, absolutePath, ignored), hash, report);
  }

  save(): void {
    for (const cache of this.byFile.values()) cache.save();
  }
}

/** Entries are keyed by project-relative path plus the per-file ignores that filtered them. */
function entryKey(settings: Settings, absolutePath: string, ignored: string): string {
  return `${path.relative(settings.projectRoot, absolutePath)}\u0000${ignored}`;
}
