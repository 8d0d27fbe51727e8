// A compact form of findings for the result cache and for the workers' answers: flat arrays
// instead of objects, and nothing that the rule code determines (name, section, URL), so a warm run
// parses a fraction of the text. Positions are inline numbers rather than nested [row, column]
// pairs: JSON.parse of the standard library's cache took half the time once they were.
import { SECTIONS, ruleUrl, type Finding, type FindingCondition } from '../linter/index.js';
import { RULES_BY_CODE } from '../rules/index.js';

/** content, row, column, end row, end column. */
type StoredEdit = readonly [string, number, number, number, number];
type StoredFix = readonly [applicability: NonNullable<Finding['fix']>['applicability'], message: string, edits: readonly StoredEdit[]];

/**
 * code, message, row, column, end row, end column, noqa row, fix (0 for none), source lines (0 for
 * none), and for a finding the link phase decides, its condition.
 */
export type StoredFinding =
  | readonly [string, string, number, number, number, number, number, StoredFix | 0, readonly string[] | 0]
  | readonly [string, string, number, number, number, number, number, StoredFix | 0, readonly string[] | 0, FindingCondition];

export function encodeFinding(f: Finding): StoredFinding {
  const fix: StoredFix | 0 = f.fix
    ? [f.fix.applicability, f.fix.message, f.fix.edits.map((e) => [e.content, e.location.row, e.location.column, e.endLocation.row, e.endLocation.column] as const)]
    : 0;
  const lines = f.sourceLines.length > 0 ? f.sourceLines : 0;
  const stored = [f.code, f.message, f.location.row, f.location.column, f.endLocation.row, f.endLocation.column, f.noqaRow, fix, lines] as const;
  return f.condition ? [...stored, f.condition] : stored;
}

/** One shared empty list for the findings of runs without code frames. */
const NO_LINES: readonly string[] = Object.freeze([]);

export function decodeFinding(stored: StoredFinding, filename: string, absoluteFilename: string): Finding {
  const [code, message, row, column, endRow, endColumn, noqaRow, fix, sourceLines, condition] = stored;
  const rule = RULES_BY_CODE.get(code);
  const section = rule?.section ?? 'syntax';
  return {
    code,
    rule: rule?.name ?? code,
    message,
    filename,
    absoluteFilename,
    location: { row, column },
    endLocation: { row: endRow, column: endColumn },
    noqaRow,
    fix: fix
      ? {
          applicability: fix[0],
          message: fix[1],
          edits: fix[2].map(([content, editRow, editColumn, editEndRow, editEndColumn]) => ({
            content,
            location: { row: editRow, column: editColumn },
            endLocation: { row: editEndRow, column: editEndColumn },
          })),
        }
      : null,
    url: ruleUrl(code),
    section,
    sectionTitle: SECTIONS[section],
    sourceLines: sourceLines === 0 ? NO_LINES : sourceLines,
    ...(condition && { condition }),
  };
}
