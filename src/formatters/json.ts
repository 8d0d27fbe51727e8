// Ruff's JSON output shape, so tools that read `ruff check --output-format json` read ours.
import type { Finding } from '../linter/index.js';

/** Renders findings as a JSON array in Ruff's shape. */
export function formatJson(findings: readonly Finding[]): string {
  const items = findings.map((f) => ({
    cell: null,
    code: f.code,
    end_location: { column: f.endLocation.column, row: f.endLocation.row },
    filename: f.absoluteFilename,
    fix: f.fix
      ? {
          applicability: f.fix.applicability,
          edits: f.fix.edits.map((edit) => ({
            content: edit.content,
            end_location: { column: edit.endLocation.column, row: edit.endLocation.row },
            location: { column: edit.location.column, row: edit.location.row },
          })),
          message: f.fix.message,
        }
      : null,
    location: { column: f.location.column, row: f.location.row },
    message: f.message,
    noqa_row: f.noqaRow,
    url: f.url,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
