// Fixes as data: sorted, non-overlapping text edits with an applicability.

/**
 * How far a fix can be trusted:
 * - `safe` keeps the program's meaning exactly; `--fix` applies it.
 * - `unsafe` keeps valid syntax but may change behaviour or drop comments; needs `--unsafe-fixes`.
 * - `display-only` is shown as a suggestion and never applied.
 */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

/** Replace the UTF-16 range [start, end) of the file's text with `content`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

/** A fix for one diagnostic: its edits (sorted by start, non-overlapping) and what it does. */
export interface Fix {
  readonly applicability: Applicability;
  /** What the fix does, e.g. "Sort and format the import block". */
  readonly title: string;
  readonly edits: readonly Edit[];
}

/** Declared fix availability of a rule, checked against its behaviour by the test harness. */
export type FixAvailability = 'never' | 'sometimes' | 'always';

export function replaceEdit(start: number, end: number, content: string): Edit {
  return { start, end, content };
}

export function insertEdit(offset: number, content: string): Edit {
  return { start: offset, end: offset, content };
}

export function deleteEdit(start: number, end: number): Edit {
  return { start, end, content: '' };
}

/** Builds a fix, sorting its edits and rejecting overlapping ones. */
export function makeFix(applicability: Applicability, title: string, edits: readonly Edit[]): Fix {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Edit;
    const current = sorted[i] as Edit;
    if (current.start < previous.end) throw new Error(`fix "${title}" has overlapping edits`);
  }
  return { applicability, title, edits: sorted };
}
