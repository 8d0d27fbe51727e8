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

const q = (text: string): string => JSON.stringify(text);

const quotedCache = new Map<string, string>();
/** q for the strings that repeat across findings (file names, codes, URLs, fix titles): quoted once each. */
function qRepeated(text: string): string {
  let quoted = quotedCache.get(text);
  if (quoted === undefined) {
    if (quotedCache.size >= 10_000) quotedCache.clear();
    quoted = q(text);
    quotedCache.set(text, quoted);
  }
  return quoted;
}

function location(indent: string, key: string, point: { readonly row: number; readonly column: number }): string {
  return `${indent}"${key}": {\n${indent}  "column": ${point.column},\n${indent}  "row": ${point.row}\n${indent}}`;
}

/** One finding as `JSON.stringify(ruffShaped(f), null, 2)` would print it, indented by two spaces. */
function findingJson(f: Finding): string {
  let fix = 'null';
  if (f.fix) {
    const edits = f.fix.edits.map(
      (edit) =>
        `        {\n          "content": ${q(edit.content)},\n${location('          ', 'end_location', edit.endLocation)},\n${location('          ', 'location', edit.location)}\n        }`,
    );
    const editList = edits.length > 0 ? `[\n${edits.join(',\n')}\n      ]` : '[]';
    fix = `{\n      "applicability": ${qRepeated(f.fix.applicability)},\n      "edits": ${editList},\n      "message": ${qRepeated(f.fix.message)}\n    }`;
  }
  return (
    `  {\n    "cell": null,\n    "code": ${qRepeated(f.code)},\n${location('    ', 'end_location', f.endLocation)},\n` +
    `    "filename": ${qRepeated(f.absoluteFilename)},\n    "fix": ${fix},\n${location('    ', 'location', f.location)},\n` +
    `    "message": ${q(f.message)},\n    "noqa_row": ${f.noqaRow},\n    "url": ${qRepeated(f.url)}\n  }`
  );
}

/**
 * The JSON array in pieces, one finding at a time, so a large result is written without
 * holding its whole text in memory. Joined, the pieces equal
 * `JSON.stringify(findings.map(ruffShaped), null, 2)`; they are written directly, without the
 * intermediate objects, because this is the hot path of every JSON run.
 */
export function* jsonChunks(findings: readonly Finding[]): Generator<string> {
  if (findings.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < findings.length; i++) yield `${findingJson(findings[i] as Finding)}${i + 1 < findings.length ? ',' : ''}\n`;
  yield ']\n';
}

/** The reference: Ruff's shape built as objects (tests hold the fast path to it). */
export function formatJsonByStringify(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings.map(ruffShaped), null, 2)}\n`;
}

/** Renders findings as a JSON array in Ruff's shape. */
export function formatJson(findings: readonly Finding[]): string {
  return [...jsonChunks(findings)].join('');
}
