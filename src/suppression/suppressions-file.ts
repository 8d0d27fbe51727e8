// The bulk suppressions file, `pystandards-suppressions.json`: how many findings of each code each
// file may keep, in ESLint's eslint-suppressions.json shape. Read strictly, written sorted and atomically.
import path from 'node:path';
import { ConfigError } from '../config/index.js';
import { writeOrCreateFileAtomic } from '../engine/index.js';
import { compareOrdinal } from '../compare.js';
import { readRegularText } from '../regular-file.js';

/** The file's name; it sits next to the pyproject.toml in use unless `--suppressions-location` says otherwise. */
export const SUPPRESSIONS_FILENAME = 'pystandards-suppressions.json';

/** Path (POSIX, relative to the suppressions file's folder) → code → how many findings are suppressed. */
export type SuppressionCounts = Map<string, Map<string, number>>;

/** A suppressions file as read: where it is and what it holds (empty when it does not exist yet). */
export interface SuppressionsFile {
  readonly file: string;
  readonly exists: boolean;
  readonly counts: SuppressionCounts;
}

/** A rule code as the file may hold it: ours or one a later version may add (`NAM009`), never a rule name. */
const CODE = /^[A-Z]+[0-9]+$/;

/** Reads the suppressions file at `file`; a missing file is empty. Anything else that is not one is a ConfigError naming it. */
export function readSuppressionsFile(file: string): SuppressionsFile {
  const read = readRegularText(file);
  if (read.text === undefined) {
    if (read.reason === 'ENOENT') return { file, exists: false, counts: new Map() };
    throw new ConfigError(`cannot read the suppressions file: ${read.reason}`, file);
  }
  return { file, exists: true, counts: parseSuppressions(read.text, file) };
}

/** Parses the text of a suppressions file, rejecting what is not one with the reason (and the line, for bad JSON). */
export function parseSuppressions(text: string, file: string): SuppressionCounts {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not a suppressions file: invalid JSON (${(error as Error).message})`, file);
  }
  if (!isObject(data)) throw new ConfigError('not a suppressions file: expected a JSON object of file paths', file);
  const counts: SuppressionCounts = new Map();
  for (const [key, codes] of Object.entries(data)) {
    if (key === '' || path.isAbsolute(key) || path.win32.isAbsolute(key) || key.includes('\\')) {
      throw new ConfigError(`not a suppressions file: \`${key}\` is not a relative path with / separators`, file);
    }
    if (!isObject(codes)) throw new ConfigError(`not a suppressions file: the entry for \`${key}\` is not an object of rule codes`, file);
    const byCode = new Map<string, number>();
    for (const [code, value] of Object.entries(codes)) {
      if (!CODE.test(code)) throw new ConfigError(`not a suppressions file: \`${code}\` (under \`${key}\`) is not a rule code`, file);
      const count = isObject(value) ? value.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw new ConfigError(`not a suppressions file: \`${key}\` → \`${code}\` must be { "count": N } with N a whole number above 0`, file);
      }
      const extra = Object.keys(value as object).find((name) => name !== 'count');
      if (extra !== undefined) throw new ConfigError(`not a suppressions file: unknown key \`${extra}\` under \`${key}\` → \`${code}\``, file);
      byCode.set(code, count);
    }
    if (byCode.size > 0) counts.set(key, byCode);
  }
  return counts;
}

/**
 * The file's text: paths and codes in ordinal order, two-space indent, a final newline, so the same
 * counts always give the same bytes and a change shows as a small diff in review.
 */
export function formatSuppressions(counts: SuppressionCounts): string {
  const files = [...counts.entries()].filter(([, codes]) => codes.size > 0).sort(([a], [b]) => compareOrdinal(a, b));
  if (files.length === 0) return '{}\n';
  const blocks = files.map(([key, codes]) => {
    const lines = [...codes.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([code, count]) => `    ${JSON.stringify(code)}: {\n      "count": ${count}\n    }`);
    return `  ${JSON.stringify(key)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n${blocks.join(',\n')}\n}\n`;
}

/** Writes the counts to `file` atomically (temporary file renamed over it); a failure is a ConfigError naming the file. */
export function writeSuppressionsFile(file: string, counts: SuppressionCounts): void {
  const problem = writeOrCreateFileAtomic(file, Buffer.from(formatSuppressions(counts), 'utf8'));
  if (problem) throw new ConfigError(`cannot write the suppressions file: ${problem}`, file);
}

/** True when two sets of counts hold the same entries (an entry with no codes is none, as the file writes it). */
export function sameCounts(a: SuppressionCounts, b: SuppressionCounts): boolean {
  if (a === b) return true;
  const filled = (counts: SuppressionCounts) => [...counts].filter(([, codes]) => codes.size > 0);
  const left = filled(a);
  if (left.length !== filled(b).length) return false;
  for (const [key, codes] of left) {
    const other = b.get(key);
    if (!other || other.size !== codes.size) return false;
    for (const [code, count] of codes) if (other.get(code) !== count) return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
