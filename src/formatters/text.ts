// Human output: `path:row:col: CODE message`, a code frame with a caret span, and a summary.
import type { Finding } from '../linter/index.js';
import { compareOrdinal } from '../compare.js';

export interface TextOptions {
  /** ANSI colours (only on a TTY). */
  readonly color: boolean;
  /** One line per finding, no frames and no summary (`--quiet`). */
  readonly quiet: boolean;
  readonly fileCount: number;
  /** Findings fixed by `--fix` (they no longer appear in `findings`). */
  readonly fixedCount?: number;
  /** Findings hidden by the bulk suppressions file (they do not appear in `findings`). */
  readonly suppressedCount?: number;
  /** Suppressed findings that no longer occur, when they fail the run: the summary must not say that all passed. */
  readonly unusedSuppressions?: number;
  /** Files and folders that could not be checked (unreadable, over `max-file-size`): never "All checks passed" then. */
  readonly uncheckedCount?: number;
}

const TAB = '    ';

interface Paint {
  bold(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  green(text: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { bold: wrap('1'), red: wrap('31'), cyan: wrap('36'), dim: wrap('2'), green: wrap('32') };
}

/** The text output in pieces, one finding at a time (joined, they equal formatText). */
export function* textChunks(findings: readonly Finding[], options: TextOptions): Generator<string> {
  const p = paint(options.color);
  for (const finding of findings) {
    const { row, column } = finding.location;
    const header = `${p.bold(finding.filename)}${p.cyan(':')}${row}${p.cyan(':')}${column}${p.cyan(':')} ${p.red(p.bold(finding.code))} ${finding.message}`;
    yield options.quiet ? `${header}\n` : `${[header, ...codeFrame(finding, p), ''].join('\n')}\n`;
  }
  if (!options.quiet) yield `${summary(findings, options, p)}\n`;
}

/** Renders findings (already sorted) as text. */
export function formatText(findings: readonly Finding[], options: TextOptions): string {
  return [...textChunks(findings, options)].join('');
}

function codeFrame(finding: Finding, p: Paint): string[] {
  const first = finding.location.row;
  const last = first + finding.sourceLines.length - 1;
  const width = String(last).length;
  const gutter = (label: string) => p.cyan(`${label.padStart(width)} |`);
  const frame = [gutter('')];
  finding.sourceLines.forEach((line, index) => {
    frame.push(`${gutter(String(first + index))} ${line.replace(/\t/g, TAB)}`.trimEnd());
    if (index > 0) return;
    const [startCol, endCol] = caretColumns(line, finding);
    const carets = '^'.repeat(Math.max(1, endCol - startCol));
    frame.push(`${gutter('')} ${' '.repeat(startCol)}${p.red(`${carets} ${finding.code}`)}`);
  });
  frame.push(gutter(''));
  if (finding.fix) frame.push(`${' '.repeat(width)} ${p.cyan('=')} ${p.bold('help')}: ${finding.fix.message}`);
  return frame;
}

/** Display columns (tabs expanded) of the caret span on the first line. */
function caretColumns(line: string, finding: Finding): [number, number] {
  const chars = [...line];
  const display = (column: number): number =>
    chars.slice(0, column - 1).reduce((width, char) => width + (char === '\t' ? TAB.length : 1), 0);
  const start = display(finding.location.column);
  const sameRow = finding.endLocation.row === finding.location.row;
  const end = sameRow ? display(finding.endLocation.column) : display(chars.length + 1);
  return [start, Math.max(end, start + 1)];
}

function summary(findings: readonly Finding[], options: TextOptions, p: Paint): string {
  const fixed = options.fixedCount ?? 0;
  const files = `${options.fileCount} ${options.fileCount === 1 ? 'file' : 'files'}`;
  const suppressed = options.suppressedCount ?? 0;
  const suppressedNote = suppressed > 0 ? `; ${suppressed} suppressed` : '';
  const unchecked = options.uncheckedCount ?? 0;
  if (findings.length === 0) {
    const unused = options.unusedSuppressions ?? 0;
    const fixedNote = fixed > 0 ? `Fixed ${fixed} ${plural(fixed, 'finding')}; no findings remain` : unused > 0 || unchecked > 0 ? 'No findings' : 'All checks passed';
    const failures = [...(unused > 0 ? [unusedNote(unused)] : []), ...(unchecked > 0 ? [uncheckedNote(unchecked)] : [])];
    if (failures.length > 0) return p.bold(`${fixedNote}, but ${failures.join('; ')} (${files} checked${suppressedNote}).`);
    return p.green(`${fixedNote} (${files} checked${suppressedNote}).`);
  }
  const byCode = new Map<string, { count: number; rule: string }>();
  for (const finding of findings) {
    const entry = byCode.get(finding.code) ?? { count: 0, rule: finding.rule };
    entry.count++;
    byCode.set(finding.code, entry);
  }
  const fixable = findings.filter((f) => f.fix && f.fix.applicability === 'safe').length;
  const unsafe = findings.filter((f) => f.fix && f.fix.applicability === 'unsafe').length;
  const total = findings.length + fixed;
  const notes = [
    ...(fixed > 0 ? [`${fixed} fixed, ${findings.length} remaining`] : []),
    ...(suppressed > 0 ? [`${suppressed} more suppressed`] : []),
    ...(unchecked > 0 ? [uncheckedNote(unchecked)] : []),
  ];
  const head = `Found ${total} ${plural(total, 'finding')} in ${files}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`;
  const lines = [p.bold(head)];
  const countWidth = Math.max(...[...byCode.values()].map((e) => String(e.count).length));
  for (const [code, entry] of [...byCode].sort(([a], [b]) => compareOrdinal(a, b))) {
    lines.push(`  ${p.red(code.padEnd(7))} ${String(entry.count).padStart(countWidth)}  ${entry.rule}`);
  }
  if (fixable > 0) lines.push(`${fixable} fixable with \`--fix\`.`);
  if (unsafe > 0) lines.push(`${unsafe} more fixable with \`--fix --unsafe-fixes\`.`);
  return lines.join('\n');
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** Paths that could not be checked (the errors name them): a run with them never passes. */
export function uncheckedNote(unchecked: number): string {
  return `${unchecked} ${unchecked === 1 ? 'path was' : 'paths were'} not checked`;
}

/** The failure a run with no findings can still have: suppressions the code no longer needs. */
export function unusedNote(unused: number): string {
  return `${unused} suppressed ${unused === 1 ? 'finding no longer occurs' : 'findings no longer occur'}: prune them with --prune-suppressions`;
}

/** Ruff-style `--statistics`: count, code, fixability and rule name per code. */
export function formatStatistics(findings: readonly Finding[]): string {
  const byCode = new Map<string, { count: number; rule: string; fixable: boolean }>();
  for (const finding of findings) {
    const entry = byCode.get(finding.code) ?? { count: 0, rule: finding.rule, fixable: false };
    entry.count++;
    entry.fixable ||= finding.fix?.applicability === 'safe';
    byCode.set(finding.code, entry);
  }
  const rows = [...byCode].sort(([a, x], [b, y]) => y.count - x.count || compareOrdinal(a, b));
  const countWidth = Math.max(1, ...rows.map(([, e]) => String(e.count).length));
  const codeWidth = Math.max(1, ...rows.map(([code]) => code.length));
  return rows.map(([code, e]) => `${String(e.count).padStart(countWidth)}\t${code.padEnd(codeWidth)}\t[${e.fixable ? '*' : ' '}] ${e.rule}\n`).join('');
}
