// `--fix` and `--diff` on files: read, fix in memory, then write back atomically or describe the change.
import path from 'node:path';
import type { Settings } from '../config/index.js';
import { applicableLevels, unifiedDiff } from '../fix/index.js';
import type { Rule } from '../linter/index.js';
import { decodePython, encodePython, syntaxDamage, parsePython } from '../syntax/index.js';
import { writeFileAtomic } from './atomic-write.js';
import { checkBytes, notReadError, readSourceFile, type FileReport } from './check-file.js';
import { fixSource } from './fix-source.js';

/** How fixes are applied: which applicabilities, and whether files are written or only diffed. */
export interface FixMode {
  /** Apply `unsafe` fixes too (`--unsafe-fixes`). */
  readonly unsafe: boolean;
  /** `write` changes the files (`--fix`); `diff` only describes the change (`--diff`). */
  readonly output: 'write' | 'diff';
}

/** A file report after fixing: what was fixed, and the change. */
export interface FixedFileReport extends FileReport {
  /** Findings whose fixes were applied (or would be, with `--diff`). */
  readonly fixedCount: number;
  /** Unified diff of the change (`diff` mode); empty when nothing changed. */
  readonly diff: string;
  /** The fixed content in the file's own encoding, when it changed and was not written to a file. */
  readonly output: Uint8Array | undefined;
}

/** Reads, fixes and (in `write` mode) rewrites the file at `absolutePath`. Never throws on bad input. */
export function fixFile(
  displayPath: string,
  absolutePath: string,
  settings: Settings,
  rules: readonly Rule[],
  ignoredCodes: ReadonlySet<string>,
  mode: FixMode,
): FixedFileReport {
  const read = readSourceFile(absolutePath, settings);
  if (read.kind !== 'read') return { path: displayPath, findings: [], errors: [notReadError(displayPath, read, settings)], unchecked: true, fixedCount: 0, diff: '', output: undefined };
  const bytes = read.bytes;
  const report = fixBytes(displayPath, bytes, settings, rules, ignoredCodes, mode, absolutePath);
  if (mode.output !== 'write' || !report.output) return report;
  const problem = writeFileAtomic(absolutePath, report.output);
  // Written: the bytes are on disk, and a run over many files need not hold them all.
  if (!problem) return { ...report, output: undefined };
  // Not written: the findings stand as they were in the file.
  const unfixed = checkBytes(displayPath, bytes, { settings, rules, ignoredCodes, absolutePath });
  return { ...unfixed, errors: [...unfixed.errors, `cannot write ${displayPath}: ${problem}`], fixedCount: 0, diff: '', output: undefined };
}

/**
 * Fixes Python source bytes (a file's content, or stdin). `output` holds the fixed bytes, in the
 * file's encoding and with its BOM, when anything changed; it is withheld when the text can no
 * longer be encoded, or when a file that parsed would no longer parse (an internal error).
 */
export function fixBytes(
  displayPath: string,
  bytes: Uint8Array,
  settings: Settings,
  rules: readonly Rule[],
  ignoredCodes: ReadonlySet<string>,
  mode: FixMode,
  absolutePath: string | undefined = displayPath === '-' ? undefined : path.resolve(displayPath),
): FixedFileReport {
  // Too large, or not decodable: checkBytes reports why, and there is nothing to fix.
  const decoded = bytes.length > settings.maxFileSize ? undefined : decodePython(bytes);
  if (!decoded?.ok) return { ...checkBytes(displayPath, bytes, { settings, rules, ignoredCodes, absolutePath: absolutePath ?? '-' }), fixedCount: 0, diff: '', output: undefined };
  const result = fixSource({
    displayPath,
    absolutePath,
    text: decoded.text,
    encoding: decoded.info,
    settings,
    rules,
    ignoredCodes,
    levels: applicableLevels(mode.unsafe),
  });
  const base = { path: displayPath, findings: result.findings, errors: result.errors };
  if (result.text === decoded.text) return { ...base, fixedCount: result.fixed.length, diff: '', output: undefined };
  const refused = (reason: string): FixedFileReport => ({
    ...checkBytes(displayPath, bytes, { settings, rules, ignoredCodes, absolutePath: absolutePath ?? '-' }),
    errors: [...result.errors, `${displayPath}: ${reason}; the file was left unchanged`],
    fixedCount: 0,
    diff: '',
    output: undefined,
  });
  if (parses(decoded.text) && !parses(result.text)) {
    const codes = [...new Set(result.fixed.map((d) => d.code))].sort().join(', ');
    return refused(`internal error: fixes of ${codes} produced code that does not parse`);
  }
  const output = encodePython(result.text, decoded.info);
  if (!output) return refused(`cannot encode the fixed code as ${decoded.info.encoding}`);
  const diff = mode.output === 'diff' ? unifiedDiff(decoded.text, result.text, displayPath) : '';
  return { ...base, fixedCount: result.fixed.length, diff, output };
}

function parses(text: string): boolean {
  return syntaxDamage(parsePython(text)).first === undefined;
}
