// Fixes one file's text in memory: lint, apply fixes until stable, keep the file's newline, place what remains.
import type { Settings } from '../config/index.js';
import { fixUntilStable, type Applicability, type Fix } from '../fix/index.js';
import { SYNTAX_ERROR_CODE, lintSource, type Diagnostic, type Finding, type Rule } from '../linter/index.js';
import { dominantNewline, parseSource, syntaxDamage, type SourceFile, type TextEncodingInfo } from '../syntax/index.js';
import { placeDiagnostic } from './check-file.js';

/** Where the text comes from and how it is checked. */
export interface FixSourceInput {
  readonly displayPath: string;
  /** Absolute path of the file, undefined for stdin without a name. */
  readonly absolutePath: string | undefined;
  readonly text: string;
  readonly encoding: TextEncodingInfo;
  readonly settings: Settings;
  readonly rules: readonly Rule[];
  readonly ignoredCodes: ReadonlySet<string>;
  readonly levels: ReadonlySet<Applicability>;
}

export interface FixSourceResult {
  /** The text after every applicable fix (the input when nothing applied). */
  readonly text: string;
  /** Diagnostics whose fixes were applied, over all passes. */
  readonly fixed: readonly Diagnostic[];
  /** Findings of the final text. */
  readonly findings: readonly Finding[];
  /** Fixes refused because their result did not parse, fixes that never settled, rules that crashed. */
  readonly errors: readonly string[];
}

/**
 * Applies fixes pass after pass until the text settles (see `fixUntilStable`). Each version is
 * parsed once: the lint of a pass and its syntax check share the parse. Inserted line breaks
 * follow the file's own (`\r\n` stays `\r\n`), whatever a rule wrote.
 */
export function fixSource(input: FixSourceInput): FixSourceResult {
  const { displayPath, absolutePath, encoding, settings, rules, ignoredCodes } = input;
  const parsed = new Map<string, SourceFile>();
  const parse = (text: string): SourceFile => {
    let source = parsed.get(text);
    if (!source) {
      if (parsed.size >= 2) parsed.delete(parsed.keys().next().value as string);
      source = parseSource(displayPath, text, encoding, absolutePath);
      parsed.set(text, source);
    }
    return source;
  };
  const newline = dominantNewline(input.text);
  let internalErrors: readonly string[] = [];
  const lint = (text: string): Diagnostic[] => {
    const result = lintSource(parse(text), settings, rules);
    internalErrors = result.internalErrors;
    return result.diagnostics
      .filter((d) => d.code === SYNTAX_ERROR_CODE || !ignoredCodes.has(d.code))
      .map((d) => (d.fix && newline !== '\n' ? { ...d, fix: withNewline(d.fix, newline) } : d));
  };
  const result = fixUntilStable(input.text, {
    lint,
    syntaxError: (text) => syntaxDamage(parse(text).tree).first?.message,
    levels: input.levels,
  });
  const final = parse(result.text);
  const findings = result.remaining.map((d) => placeDiagnostic(d, final.path, absolutePath ?? final.path, final.lines));
  const errors = [...result.problems.map((problem) => `${displayPath}: ${problem}`), ...internalErrors];
  return { text: result.text, fixed: result.fixed, findings, errors };
}

/** The fix with every line break it inserts written as `newline`. */
function withNewline(fix: Fix, newline: string): Fix {
  const edits = fix.edits.map((edit) => ({ ...edit, content: edit.content.replace(/\r\n|\r|\n/g, newline) }));
  return { ...fix, edits };
}
