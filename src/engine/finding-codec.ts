// A compact form of findings for the result cache: arrays instead of objects, and nothing that
// the rule code determines (name, section, URL), so a warm run parses a fraction of the text.
import { SECTIONS, ruleUrl, type Finding } from '../linter/index.js';
import { RULES_BY_CODE } from '../rules/index.js';

type Point = readonly [row: number, column: number];
type StoredEdit = readonly [content: string, start: Point, end: Point];
type StoredFix = readonly [applicability: NonNullable<Finding['fix']>['applicability'], message: string, edits: readonly StoredEdit[]];

/** code, message, start, end, noqa row, fix (0 for none), source lines. */
export type StoredFinding = readonly [string, string, Point, Point, number, StoredFix | 0, readonly string[]];

export function encodeFinding(f: Finding): StoredFinding {
  const fix: StoredFix | 0 = f.fix
    ? [f.fix.applicability, f.fix.message, f.fix.edits.map((e) => [e.content, [e.location.row, e.location.column], [e.endLocation.row, e.endLocation.column]] as const)]
    : 0;
  return [f.code, f.message, [f.location.row, f.location.column], [f.endLocation.row, f.endLocation.column], f.noqaRow, fix, f.sourceLines];
}

/** One shared empty list for the findings of runs without code frames. */
const NO_LINES: readonly string[] = Object.freeze([]);

export function decodeFinding(stored: StoredFinding, filename: string, absoluteFilename: string): Finding {
  const [code, message, start, end, noqaRow, fix, sourceLines] = stored;
  const rule = RULES_BY_CODE.get(code);
  const section = rule?.section ?? 'syntax';
  return {
    code,
    rule: rule?.name ?? code,
    message,
    filename,
    absoluteFilename,
    location: { row: start[0], column: start[1] },
    endLocation: { row: end[0], column: end[1] },
    noqaRow,
    fix: fix
      ? {
          applicability: fix[0],
          message: fix[1],
          edits: fix[2].map(([content, from, to]) => ({ content, location: { row: from[0], column: from[1] }, endLocation: { row: to[0], column: to[1] } })),
        }
      : null,
    url: ruleUrl(code),
    section,
    sectionTitle: SECTIONS[section],
    sourceLines: sourceLines.length === 0 ? NO_LINES : sourceLines,
  };
}
