// Applies fixes until nothing changes: bounded passes, cycle detection, and a re-parse guard.
import { applyFixes } from './apply.js';
import type { Applicability, Fix } from './types.js';

/** A diagnostic as the fix loop sees it: who reported it and its optional fix. */
export interface Fixable {
  readonly code: string;
  readonly fix?: Fix;
}

export interface FixLoopOptions<D extends Fixable> {
  /** Lints a version of the text (parsing it anew). */
  readonly lint: (text: string) => readonly D[];
  /** A syntax error message when the text does not parse, else undefined. */
  readonly syntaxError: (text: string) => string | undefined;
  readonly levels: ReadonlySet<Applicability>;
  readonly maxPasses?: number;
}

export interface FixLoopResult<D extends Fixable> {
  readonly text: string;
  /** Diagnostics whose fixes were applied, over all passes. */
  readonly fixed: readonly D[];
  /** Diagnostics of the final text. */
  readonly remaining: readonly D[];
  /** Problems the loop stopped on: a fix that broke the syntax, fixes that cycle or never settle. */
  readonly problems: readonly string[];
}

export const MAX_FIX_PASSES = 10;

/**
 * Re-lints and re-applies fixes until the text stops changing. A pass whose result no longer
 * parses (when the input did) is undone and its fixes are retried one by one, so only the
 * culprit is dropped and named.
 */
export function fixUntilStable<D extends Fixable>(initial: string, options: FixLoopOptions<D>): FixLoopResult<D> {
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  const inputParses = options.syntaxError(initial) === undefined;
  const seen = new Set<string>([initial]);
  const fixed: D[] = [];
  const problems: string[] = [];
  const broken = new Set<Fix>();
  let text = initial;
  let diagnostics = options.lint(text);
  for (let pass = 0; pass < maxPasses; pass++) {
    const candidates = diagnostics.filter((d) => d.fix && options.levels.has(d.fix.applicability) && !isBroken(d.fix, broken));
    if (candidates.length === 0) return { text, fixed, remaining: diagnostics, problems };
    let result = applyFixes(text, candidates.map((d) => d.fix as Fix), options.levels);
    if (inputParses && options.syntaxError(result.text) !== undefined) {
      result = applySurvivors(text, candidates, options, broken, problems);
    }
    if (result.text === text) return { text, fixed, remaining: diagnostics, problems };
    if (seen.has(result.text)) {
      problems.push(`fixes did not settle: ${codesOf(candidates)} keep rewriting the same text`);
      return { text, fixed, remaining: diagnostics, problems };
    }
    seen.add(result.text);
    const appliedFixes = new Set(result.applied);
    fixed.push(...candidates.filter((d) => appliedFixes.has(d.fix as Fix)));
    text = result.text;
    diagnostics = options.lint(text);
  }
  const pending = diagnostics.filter((d) => d.fix && options.levels.has(d.fix.applicability));
  if (pending.length > 0) problems.push(`fixes did not converge within ${maxPasses} passes (${codesOf(pending)})`);
  return { text, fixed, remaining: diagnostics, problems };
}

/** Applies fixes one at a time, keeping only those after which the text still parses. */
function applySurvivors<D extends Fixable>(
  text: string,
  candidates: readonly D[],
  options: FixLoopOptions<D>,
  broken: Set<Fix>,
  problems: string[],
): ReturnType<typeof applyFixes> {
  const good: Fix[] = [];
  for (const diagnostic of candidates) {
    const fix = diagnostic.fix as Fix;
    const alone = applyFixes(text, [...good, fix], options.levels);
    if (options.syntaxError(alone.text) === undefined) good.push(fix);
    else {
      broken.add(fix);
      problems.push(`internal error: the fix of ${diagnostic.code} ("${fix.title}") produced code that does not parse; it was not applied`);
    }
  }
  return applyFixes(text, good, options.levels);
}

function isBroken(fix: Fix, broken: ReadonlySet<Fix>): boolean {
  for (const other of broken) {
    if (other.title === fix.title && sameEdits(other, fix)) return true;
  }
  return false;
}

function sameEdits(a: Fix, b: Fix): boolean {
  return a.edits.length === b.edits.length && a.edits.every((e, i) => e.start === b.edits[i]?.start && e.end === b.edits[i]?.end && e.content === b.edits[i]?.content);
}

function codesOf(diagnostics: readonly Fixable[]): string {
  return [...new Set(diagnostics.map((d) => d.code))].sort().join(', ');
}
