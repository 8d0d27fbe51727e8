// isort action comments: `# isort: skip_file`, `off` / `on`, `skip`, `split` (also with a `# ruff:` prefix).
import type { LineIndex } from '../../../syntax/index.js';
import type { BlockComment } from './types.js';

/** What the action comments of a file ask for. */
export interface IsortDirectives {
  /** `# isort: skip_file` anywhere: the file is not checked. */
  readonly skipFile: boolean;
  /** Ranges whose imports isort leaves alone (`off` … `on`, and lines with `isort: skip`). */
  readonly exclusions: readonly { readonly start: number; readonly end: number }[];
  /** Offsets of `# isort: split` comments: a block ends at the first statement after one. */
  readonly splits: readonly number[];
}

export const NO_DIRECTIVES: IsortDirectives = { skipFile: false, exclusions: [], splits: [] };

const SKIP_FILE = new Set(['# isort: skip_file', '# isort:skip_file', '# ruff: isort: skip_file', '# ruff: isort:skip_file']);
const SPLIT = new Set(['# isort: split', '# ruff: isort: split']);
const OFF = new Set(['# isort: off', '# ruff: isort: off']);
const ON = new Set(['# isort: on', '# ruff: isort: on']);

/**
 * Reads the directives from the file's comments, as isort and Ruff do: `split`, `off` and `on`
 * must be the whole comment; `skip` may appear anywhere in a comment and excludes its line; an
 * `off` without a matching `on` runs to the end of the file.
 */
export function readDirectives(comments: readonly BlockComment[], lines: LineIndex, textLength: number): IsortDirectives {
  const exclusions: { start: number; end: number }[] = [];
  const splits: number[] = [];
  let off: number | undefined;
  for (const comment of comments) {
    const text = comment.text.trimEnd();
    if (SPLIT.has(text)) splits.push(comment.start);
    else if (SKIP_FILE.has(text)) return { skipFile: true, exclusions: [], splits: [] };
    else if (off !== undefined) {
      if (ON.has(text)) {
        exclusions.push({ start: off, end: comment.start });
        off = undefined;
      }
    } else if (text.includes('isort: skip') || text.includes('isort:skip')) {
      const line = lines.lineOf(comment.start);
      exclusions.push({ start: lines.lineStart(line), end: lines.lineEnd(line) });
    } else if (OFF.has(text)) off = comment.start;
  }
  if (off !== undefined) exclusions.push({ start: off, end: textLength });
  return { skipFile: false, exclusions, splits };
}

/** True when an import starting at `offset` is excluded from sorting. */
export function isExcluded(offset: number, directives: IsortDirectives): boolean {
  return directives.exclusions.some((range) => offset >= range.start && offset < range.end);
}
