// Per-file results cached under the project root, keyed by content hash, settings and version.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Settings } from '../config/index.js';
import type { Finding } from '../linter/index.js';
import { VERSION } from '../version.js';
import type { FileReport } from './check-file.js';

type StoredFinding = Omit<Finding, 'filename' | 'absoluteFilename'>;

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
      findings: report.findings.map(({ filename: _f, absoluteFilename: _a, ...rest }) => rest),
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
      const unplaced = (key: string, value: unknown) => (key === 'filename' || key === 'absoluteFilename' ? undefined : value);
      writeFileSync(temp, JSON.stringify({ version: VERSION, key: this.key, entries: this.entries } satisfies CacheFile, unplaced));
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

/** Content hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('base64');
}

/** Caches for every project of a run, keyed by the settings object that governs each. */
export class ResultCache {
  private readonly caches = new Map<Settings, ProjectCache>();

  /** `fingerprint` names everything besides settings and version that results depend on. */
  constructor(private readonly fingerprint: (settings: Settings) => string) {}

  private cacheFor(settings: Settings): ProjectCache {
    let cache = this.caches.get(settings);
    if (!cache) {
      const key = createHash('sha256').update(JSON.stringify([VERSION, settings, this.fingerprint(settings)])).digest('hex').slice(0, 20);
      const folder = path.resolve(settings.projectRoot, settings.cacheDir);
      cache = new ProjectCache(path.join(folder, VERSION, `${key}.json`), key);
      this.caches.set(settings, cache);
    }
    return cache;
  }

  /** The cached report of a file, with its findings placed under today's display path. */
  lookup(settings: Settings, absolutePath: string, displayPath: string, hash: string, ignored: string): FileReport | undefined {
    const entry = this.cacheFor(settings).lookup(entryKey(settings, absolutePath, ignored), hash);
    if (!entry) return undefined;
    // The entry's findings are fresh objects from this run's JSON.parse and are handed out once:
    // placing them in the file (rather than copying each one) keeps a warm run cheap.
    for (const finding of entry.findings) Object.assign(finding, { filename: displayPath, absoluteFilename: absolutePath });
    return { path: displayPath, findings: entry.findings as readonly Finding[], errors: entry.errors };
  }

  store(settings: Settings, absolutePath: string, hash: string, ignored: string, report: FileReport): void {
    if (report.errors.length > 0) return;
    this.cacheFor(settings).store(entryKey(settings, absolutePath, ignored), hash, report);
  }

  save(): void {
    for (const cache of this.caches.values()) cache.save();
  }
}

/** Entries are keyed by project-relative path plus the per-file ignores that filtered them. */
function entryKey(settings: Settings, absolutePath: string, ignored: string): string {
  return `${path.relative(settings.projectRoot, absolutePath)}\u0000${ignored}`;
}
