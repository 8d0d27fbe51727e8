// The bulk suppressions file applied to one file's findings, for front doors that check one file at a
// time (an editor's open document): the same counts and the same rule as a run's suppression step.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../linter/index.js';
import { applyEntry } from './bulk-suppressions.js';
import type { OverCountEntry, UnusedSuppression } from './suppress-run.js';
import { SUPPRESSIONS_FILENAME, readSuppressionsFile, type SuppressionCounts } from './suppressions-file.js';

export interface FileSuppressionInput {
  readonly absolutePath: string;
  /** The root of the project the file belongs to (its settings' `projectRoot`). */
  readonly projectRoot: string;
  readonly findings: readonly Finding[];
  /** Codes enabled for the file (its selection less its per-file ignores). */
  readonly enabledCodes: ReadonlySet<string>;
  /** A suppressions file to use instead of the one beside the project's pyproject.toml. */
  readonly location?: string | undefined;
}

export interface FileSuppressionResult {
  readonly kept: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly unused: readonly UnusedSuppression[];
  readonly overCount: readonly OverCountEntry[];
}

/** Suppressions files read, by path, with the stamp they were read at: an editor checks on every change, the file rarely changes. */
const readCache = new Map<string, { readonly stamp: string; readonly counts: SuppressionCounts }>();

function countsOf(file: string): SuppressionCounts {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    readCache.delete(file);
    return new Map();
  }
  const cached = readCache.get(file);
  if (cached && cached.stamp === stamp) return cached.counts;
  const { counts } = readSuppressionsFile(file);
  readCache.set(file, { stamp, counts });
  return counts;
}

/** Applies the file's entry in its project's suppressions file; a corrupt suppressions file is a ConfigError naming it. */
export function suppressFileFindings(input: FileSuppressionInput): FileSuppressionResult {
  const file = input.location ?? path.join(input.projectRoot, SUPPRESSIONS_FILENAME);
  const key = path.relative(path.dirname(file), input.absolutePath).split(path.sep).join('/');
  const applied = applyEntry(input.findings, countsOf(file).get(key), input.enabledCodes);
  return {
    kept: applied.kept,
    suppressed: applied.suppressed,
    unused: [...applied.unused].map(([code, count]) => ({ file, path: key, code, count })),
    overCount: applied.overCount.map((over) => ({ file, path: key, ...over })),
  };
}
