// Ruff's `concise` and `grouped` formats: one line per finding (`path:row:col: CODE [*] message`),
// or the same lines under one heading per file, then the count and how many `--fix` would fix.
import type { Finding } from '../linter/index.js';
import { uncheckedNote, unusedNote } from './text.js';

/** `[*]` marks a finding that `--fix` fixes (a safe fix), as Ruff marks it. */
function fixMark(finding: Finding): string {
  return finding.fix?.applicability === 'safe' ? '[*] ' : '';
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

/**
 * The closing lines: how many findings, and how many are fixable with `--fix`; with none, whether
 * unused suppressions fail the run; and how many paths could not be checked (never "All checks passed" then).
 */
function summary(findings: readonly Finding[], unusedSuppressions: number, unchecked: number): string {
  const uncheckedLine = unchecked > 0 ? `${uncheckedNote(unchecked)}.\n` : '';
  if (findings.length === 0) {
    if (unusedSuppressions > 0) return `No findings, but ${unusedNote(unusedSuppressions)}.\n${uncheckedLine}`;
    return unchecked > 0 ? `No findings.\n${uncheckedLine}` : 'All checks passed!\n';
  }
  const fixable = findings.filter((finding) => finding.fix?.applicability === 'safe').length;
  return `Found ${plural(findings.length, 'finding')}.\n${fixable > 0 ? `[*] ${fixable} fixable with \`--fix\`.\n` : ''}${uncheckedLine}`;
}

/**
 * One line per finding, then the summary. `unusedSuppressions`: suppressed findings that no longer
 * occur, when they fail the run; `unchecked`: paths that could not be checked.
 */
export function* conciseChunks(findings: readonly Finding[], unusedSuppressions = 0, unchecked = 0): Generator<string> {
  for (const f of findings) yield `${f.filename}:${f.location.row}:${f.location.column}: ${f.code} ${fixMark(f)}${f.message}\n`;
  yield summary(findings, unusedSuppressions, unchecked);
}

/** Findings under one `path:` heading per file (in the order given: sorted by path), rows and columns aligned, then the summary. */
export function* groupedChunks(findings: readonly Finding[], unusedSuppressions = 0, unchecked = 0): Generator<string> {
  let start = 0;
  while (start < findings.length) {
    const filename = (findings[start] as Finding).filename;
    let end = start;
    while (end < findings.length && (findings[end] as Finding).filename === filename) end++;
    const group = findings.slice(start, end);
    const rowWidth = Math.max(...group.map((f) => String(f.location.row).length));
    const columnWidth = Math.max(...group.map((f) => String(f.location.column).length));
    const lines = group.map((f) => {
      const row = String(f.location.row).padStart(rowWidth);
      const column = String(f.location.column).padEnd(columnWidth);
      return `  ${row}:${column} ${f.code} ${fixMark(f)}${f.message}\n`;
    });
    yield `${filename}:\n${lines.join('')}\n`;
    start = end;
  }
  yield summary(findings, unusedSuppressions, unchecked);
}
