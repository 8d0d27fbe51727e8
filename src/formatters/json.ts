// Ruff's JSON output shape, so tools that read `ruff check --output-format json` read ours.
import type { Finding } from '../linter/index.js';

function ruffShaped(f: Finding): object {
  return {
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
  };
}

/**
 * The JSON array in pieces, one finding at a time, so a large result is written without
 * holding its whole text in memory. Joined, the pieces equal `JSON.stringify(items, null, 2)`.
 */
export function* jsonChunks(findings: readonly Finding[]): Generator<string> {
  if (findings.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < findings.length; i++) {
    const item = JSON.stringify(ruffShaped(findings[i] as Finding), null, 2).replace(/\n/g, '\n  ');
    yield `  ${item}${i + 1 < findings.length ? ',' : ''}\n`;
  }
  yield ']\n';
}

/** Renders findings as a JSON array in Ruff's shape. */
export function formatJson(findings: readonly Finding[]): string {
  return [...jsonChunks(findings)].join('');
}
