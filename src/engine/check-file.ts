// Checks one file: read once, decode, parse once, lint, place findings. Never throws on bad input.
import path from 'node:path';
import type { Settings } from '../config/index.js';
import {
  SYNTAX_ERROR_CODE,
  lintSource,
  syntaxDiagnostic,
  toFinding,
  keptAlone,
  type Diagnostic,
  type Finding,
  type Rule,
} from '../linter/index.js';
import { moduleSummarizer, type ModuleSummary } from '../project-graph/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { LineIndex, decodePython, parseSource, type SourceFile } from '../syntax/index.js';
import { readRegularFile, type FileRead } from '../regular-file.js';

/** What checking one file produced. */
export interface FileReport {
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Problems that are not findings: unreadable file, a rule that crashed. */
  readonly errors: readonly string[];
  /** Nothing of it was checked: it (or the folder it names) could not be read, it is over `max-file-size`, or its check crashed. */
  readonly unchecked?: boolean;
  /** What the link phase needs of the file (when the check was asked to summarise it). */
  readonly summary?: ModuleSummary;
}

/** How to check one file. */
export interface CheckOptions {
  readonly settings: Settings;
  readonly rules: readonly Rule[];
  /** Codes that `per-file-ignores` switches off for this file. */
  readonly ignoredCodes?: ReadonlySet<string>;
  /** Absolute path of the file, `-` for stdin; defaults to the display path. */
  readonly absolutePath?: string;
  /** Keep the source lines of each finding for code frames (default true; off saves memory and transfer). */
  readonly frames?: boolean;
  /**
   * Summarise the file for the link phase, and leave findings that depend on other modules
   * undecided for it. Without, each such finding is decided alone (see project-condition.ts).
   */
  readonly summarize?: boolean;
}

/** Reads and checks the file at `absolutePath`, shown to the user as `displayPath`. */
export function checkFile(displayPath: string, absolutePath: string, options: CheckOptions): FileReport {
  const read = readSourceFile(absolutePath, options.settings);
  if (read.kind !== 'read') return { path: displayPath, findings: [], errors: [notReadError(displayPath, read, options.settings)], unchecked: true };
  return checkBytes(displayPath, read.bytes, { ...options, absolutePath });
}

/** Reads a Python file named by the user or found in a folder: a regular file, at most `max-file-size` bytes. */
export function readSourceFile(absolutePath: string, settings: Settings): FileRead {
  return readRegularFile(absolutePath, settings.maxFileSize);
}

/** Why a file was not checked: it could not be read, or it is over `max-file-size`. */
export function notReadError(displayPath: string, read: Exclude<FileRead, { kind: 'read' }>, settings: Settings): string {
  if (read.kind === 'unreadable') return `cannot read ${displayPath}: ${read.reason}`;
  return tooLargeError(displayPath, settings, read.size);
}

/** The error for source over `max-file-size`; `size` when it is known (stdin is read no further than the limit). */
export function tooLargeError(displayPath: string, settings: Settings, size?: number): string {
  const what = size === undefined ? 'it is' : `${size} bytes is`;
  return `${displayPath} was not checked: ${what} over max-file-size (${settings.maxFileSize} bytes); exclude it, or raise max-file-size in [tool.pystandards]`;
}

/** Checks Python source bytes (a file's content, or stdin); more than `max-file-size` bytes are not checked. */
export function checkBytes(displayPath: string, bytes: Uint8Array, options: CheckOptions): FileReport {
  if (bytes.length > options.settings.maxFileSize) {
    return { path: displayPath, findings: [], errors: [tooLargeError(displayPath, options.settings, bytes.length)], unchecked: true };
  }
  const absolutePath = options.absolutePath ?? displayPath;
  const decoded = decodePython(bytes);
  if (!decoded.ok) {
    const diagnostic = syntaxDiagnostic({ start: 0, end: 0, message: decoded.reason });
    return { path: displayPath, findings: [placeDiagnostic(diagnostic, displayPath, absolutePath, new LineIndex(''), options.frames)], errors: [] };
  }
  const source = parseSource(displayPath, decoded.text, decoded.info, absolutePath === '-' ? undefined : path.resolve(absolutePath));
  return checkSource(source, { ...options, absolutePath });
}

/** Lints a parsed source and places its findings. */
export function checkSource(source: SourceFile, options: CheckOptions): FileReport {
  const ignored = options.ignoredCodes;
  const absolutePath = options.absolutePath ?? source.path;
  let summary: ModuleSummary | undefined;
  const observer = options.summarize ? moduleSummarizer((made) => (summary = made)) : undefined;
  const result = lintSource(source, options.settings, options.rules, observer);
  const findings = keptDiagnostics(result.diagnostics, ignored, options.summarize ?? false)
    .map((d) => placeDiagnostic(d, source.path, absolutePath, source.lines, options.frames));
  return { path: source.path, findings, errors: result.internalErrors, ...(summary && { summary }) };
}

/**
 * The diagnostics `per-file-ignores` leaves; those that depend on other modules are kept
 * undecided for the link phase (`summarize`), or else decided alone.
 */
export function keptDiagnostics(diagnostics: readonly Diagnostic[], ignored: ReadonlySet<string> | undefined, summarize: boolean): Diagnostic[] {
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code !== SYNTAX_ERROR_CODE && ignored?.has(d.code)) continue;
    if (summarize || !d.condition) kept.push(d);
    else if (keptAlone(d.condition)) {
      const { condition: _decided, ...rest } = d;
      kept.push(rest);
    }
  }
  return kept;
}

/** A diagnostic placed in its file, with its rule's section. */
export function placeDiagnostic(diagnostic: Diagnostic, path: string, absolutePath: string, lines: LineIndex, frames = true): Finding {
  const section = RULES_BY_CODE.get(diagnostic.code)?.section ?? 'syntax';
  return toFinding(diagnostic, path, absolutePath, lines, section, frames);
}
