// A diagnostic placed in its file: rows, columns, noqa row, fix edits and the lines to show.
import type { Applicability } from '../fix/index.js';
import type { LineIndex, Location } from '../syntax/index.js';
import type { Diagnostic } from './diagnostic.js';
import type { FindingCondition } from './project-condition.js';
import { SECTIONS, type SectionId } from './rule.js';

/** Where the documentation of each rule lives. */
export const DOCS_BASE_URL = 'https://github.com/pystandards/pystandards/blob/main/docs/rules';

const urls = new Map<string, string>();

export function ruleUrl(code: string): string {
  let url = urls.get(code);
  if (url === undefined) {
    url = `${DOCS_BASE_URL}/${code}.md`;
    urls.set(code, url);
  }
  return url;
}

export interface FindingEdit {
  readonly content: string;
  readonly location: Location;
  readonly endLocation: Location;
}

/** One finding, ready for any output format (fields mirror Ruff's JSON output). */
export interface Finding {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly filename: string;
  /** Absolute path of the file (the display name for stdin). */
  readonly absoluteFilename: string;
  readonly location: Location;
  readonly endLocation: Location;
  readonly noqaRow: number;
  readonly fix: {
    readonly applicability: Applicability;
    readonly message: string;
    readonly edits: readonly FindingEdit[];
  } | null;
  readonly url: string;
  readonly section: SectionId;
  readonly sectionTitle: string;
  /** The source lines from `location.row` to `endLocation.row` (at most a few), for code frames; empty when frames were not asked for. */
  readonly sourceLines: readonly string[];
  /** Set while the finding waits for the link phase to decide it (see project-condition.ts). */
  readonly condition?: FindingCondition;
}

const MAX_FRAME_LINES = 6;

/** Places `diagnostic` in the file whose text is indexed by `lines`. */
export function toFinding(
  diagnostic: Diagnostic,
  filename: string,
  absoluteFilename: string,
  lines: LineIndex,
  section: SectionId,
  frames = true,
): Finding {
  const location = lines.location(diagnostic.start);
  const endLocation = lines.location(diagnostic.end);
  const lastRow = frames ? Math.min(endLocation.row, location.row + MAX_FRAME_LINES - 1) : 0;
  const sourceLines: string[] = [];
  for (let row = location.row; row <= lastRow; row++) sourceLines.push(lines.lineText(row - 1));
  const fix = diagnostic.fix;
  return {
    code: diagnostic.code,
    rule: diagnostic.rule,
    message: diagnostic.message,
    filename,
    absoluteFilename,
    location,
    endLocation,
    noqaRow: diagnostic.noqaRow ?? location.row,
    fix: fix
      ? {
          applicability: fix.applicability,
          message: fix.title,
          edits: fix.edits.map((edit) => ({
            content: edit.content,
            location: lines.location(edit.start),
            endLocation: lines.location(edit.end),
          })),
        }
      : null,
    url: ruleUrl(diagnostic.code),
    section,
    sectionTitle: SECTIONS[section],
    sourceLines,
    ...(diagnostic.condition && { condition: diagnostic.condition }),
  };
}
