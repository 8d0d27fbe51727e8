// Applies fixes to a text in one pass: sorted, non-overlapping; conflicting fixes wait a pass.
import type { Applicability, Fix } from './types.js';

export interface ApplyResult {
  readonly text: string;
  /** Fixes applied, in order. */
  readonly applied: readonly Fix[];
  /** Fixes left out because they overlapped an applied one (retry them after re-checking). */
  readonly deferred: readonly Fix[];
}

/** Which applicabilities a run applies: `safe` with `--fix`, `unsafe` too with `--unsafe-fixes`. */
export function applicableLevels(unsafe: boolean): ReadonlySet<Applicability> {
  return new Set<Applicability>(unsafe ? ['safe', 'unsafe'] : ['safe']);
}

/**
 * Applies every fix whose applicability is in `levels`, earliest first. A fix is applied whole
 * or not at all: when any of its edits overlaps an edit already taken, it is deferred.
 */
export function applyFixes(text: string, fixes: readonly Fix[], levels: ReadonlySet<Applicability>): ApplyResult {
  const candidates = fixes
    .filter((fix) => levels.has(fix.applicability) && fix.edits.length > 0)
    .sort((a, b) => (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0));
  const taken: { start: number; end: number }[] = [];
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  for (const fix of candidates) {
    const overlaps = fix.edits.some((edit) => taken.some((t) => rangesTouch(edit, t)));
    if (overlaps || isDuplicate(fix, applied)) {
      if (!isDuplicate(fix, applied)) deferred.push(fix);
      continue;
    }
    applied.push(fix);
    for (const edit of fix.edits) taken.push({ start: edit.start, end: edit.end });
  }
  const edits = applied.flatMap((fix) => fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    out += text.slice(cursor, edit.start) + edit.content;
    cursor = edit.end;
  }
  out += text.slice(cursor);
  return { text: out, applied, deferred };
}

/** Two edits conflict when their ranges overlap (an insertion inside a range counts), or both insert at one point. */
function rangesTouch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Identical fixes (two diagnostics with the same repair) are applied once. */
function isDuplicate(fix: Fix, applied: readonly Fix[]): boolean {
  return applied.some(
    (other) =>
      other.edits.length === fix.edits.length &&
      other.edits.every((edit, i) => edit.start === fix.edits[i]?.start && edit.end === fix.edits[i]?.end && edit.content === fix.edits[i]?.content),
  );
}
