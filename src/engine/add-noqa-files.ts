// `--add-noqa` on files: read, write `# noqa: CODE` where the checker reads it for each finding,
// check the result still parses, encode it back as it was (encoding, BOM, line endings) and write atomically.
import { MAX_FILE_SIZE_LIMIT } from '../config/index.js';
import { SYNTAX_ERROR_CODE, applyNoqaEdits, planNoqaEdits, type Finding, type NoqaTarget } from '../linter/index.js';
import { decodePython, encodePython, parseSource, syntaxDamage } from '../syntax/index.js';
import { readRegularFile } from '../regular-file.js';
import { writeFileAtomic } from './atomic-write.js';

/** What `--add-noqa` did to one file. */
export interface AddedNoqaReport {
  readonly path: string;
  /** Lines whose noqa comment was written or extended. */
  readonly edited: number;
  /** Findings left without a noqa comment, with why (a row whose comment is a file-level directive, …). */
  readonly skipped: readonly string[];
  /** Why the file was left unchanged, when it was. */
  readonly error: string | undefined;
}

/** True for findings on a Python file, where a `# noqa` comment can go (a project file such as pyproject.toml takes none). */
export function takesNoqa(finding: Finding): boolean {
  const file = finding.absoluteFilename;
  return file.endsWith('.py') || file.endsWith('.pyi');
}

/**
 * Writes noqa comments for `findings` (all on the file at `absolutePath`, as the run just found
 * them) into that file. A file that does not parse is left alone, and so is one whose edited text
 * would not (it never should: the comments go at line ends outside strings).
 */
export function addNoqaToFile(displayPath: string, absolutePath: string, findings: readonly Finding[]): AddedNoqaReport {
  const unchanged = (error: string): AddedNoqaReport => ({ path: displayPath, edited: 0, skipped: [], error });
  // The file had findings, so it was read within its max-file-size, which is never above the limit.
  const read = readRegularFile(absolutePath, MAX_FILE_SIZE_LIMIT);
  if (read.kind === 'unreadable') return unchanged(`cannot read ${displayPath}: ${read.reason}`);
  if (read.kind === 'too-large') return unchanged(`${displayPath} has grown past ${MAX_FILE_SIZE_LIMIT} bytes since it was checked; no noqa comments added`);
  const decoded = decodePython(read.bytes);
  if (!decoded.ok) return unchanged(`${displayPath}: ${decoded.reason}; no noqa comments added`);
  const source = parseSource(displayPath, decoded.text, decoded.info, absolutePath);
  if (syntaxDamage(source.tree).first) return unchanged(`${displayPath} does not parse; no noqa comments added`);
  const targets: NoqaTarget[] = findings.filter((finding) => finding.code !== SYNTAX_ERROR_CODE).map((finding) => ({ code: finding.code, noqaRow: finding.noqaRow }));
  const plan = planNoqaEdits(source, targets);
  const skipped = plan.skipped.map((skip) => `${displayPath}:${skip.row}: ${skip.codes.join(', ')} not silenced: ${SKIP_REASONS[skip.reason]}`);
  if (plan.edits.length === 0) return { path: displayPath, edited: 0, skipped, error: undefined };
  const text = applyNoqaEdits(decoded.text, plan.edits);
  if (syntaxDamage(parseSource(displayPath, text, decoded.info, absolutePath).tree).first) {
    return unchanged(`internal error: noqa comments would break ${displayPath}; the file was left unchanged`);
  }
  const output = encodePython(text, decoded.info);
  if (!output) return unchanged(`${displayPath}: the codes cannot be written in ${decoded.info.encoding}; the file was left unchanged`);
  const problem = writeFileAtomic(absolutePath, output);
  if (problem) return unchanged(`cannot write ${displayPath}: ${problem}`);
  return { path: displayPath, edited: plan.edits.length, skipped, error: undefined };
}

const SKIP_REASONS = {
  'file-directive': 'the line holds a file-level directive, after which a line directive is not read',
  'no-such-row': 'the line is no longer in the file',
} as const;
