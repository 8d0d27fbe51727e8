// Bulk suppressions on one file's findings: record today's counts, prune what is no longer needed,
// and apply them (a code with no more findings than recorded is hidden whole; one with more is shown whole).
import type { Finding } from '../linter/index.js';
import { RULES_BY_CODE } from '../rules/index.js';

/** Code under which unparsable files are reported: never suppressed in bulk, a file that does not parse always shows. */
const SYNTAX_ERROR_CODE = 'SYN001';

/** How many findings of each code a file has now (syntax errors left out). */
export function countByCode(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.code === SYNTAX_ERROR_CODE) continue;
    counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  }
  return counts;
}

/** True for an entry a run can judge: its code was on for the file, is no code of ours at all (a removed rule), or is a syntax error (never suppressed). */
export function isJudged(code: string, enabled: ReadonlySet<string>): boolean {
  return code === SYNTAX_ERROR_CODE || enabled.has(code) || !RULES_BY_CODE.has(code);
}

/**
 * The entry after recording `found`: for each recorded code (every judged one with `all`), today's
 * count, or no entry when there is none. Codes not recorded keep their entries.
 */
export function recordEntry(
  entry: ReadonlyMap<string, number> | undefined,
  found: ReadonlyMap<string, number>,
  codes: 'all' | ReadonlySet<string>,
  enabled: ReadonlySet<string>,
): Map<string, number> {
  const next = new Map(entry ?? []);
  const recorded = codes === 'all' ? new Set([...found.keys(), ...next.keys()].filter((code) => found.has(code) || isJudged(code, enabled))) : codes;
  for (const code of recorded) {
    const count = found.get(code) ?? 0;
    if (count > 0) next.set(code, count);
    else next.delete(code);
  }
  return next;
}

/** The entry after pruning: judged codes keep at most today's count, and none when there is no finding left. */
export function pruneEntry(entry: ReadonlyMap<string, number>, found: ReadonlyMap<string, number>, enabled: ReadonlySet<string>): Map<string, number> {
  const next = new Map<string, number>();
  for (const [code, count] of entry) {
    if (!isJudged(code, enabled)) next.set(code, count);
    else if ((found.get(code) ?? 0) > 0) next.set(code, Math.min(count, found.get(code) ?? 0));
  }
  return next;
}

/** A code of one file whose findings outnumber its entry: every one of them is reported. */
export interface OverCount {
  readonly code: string;
  readonly recorded: number;
  readonly found: number;
}

export interface AppliedEntry {
  readonly kept: readonly Finding[];
  readonly suppressed: readonly Finding[];
  /** Code → how many of its findings were suppressed. */
  readonly suppressedByCode: ReadonlyMap<string, number>;
  /** Code → how many of its recorded findings no longer occur. */
  readonly unused: ReadonlyMap<string, number>;
  readonly overCount: readonly OverCount[];
}

/**
 * Applies one file's entry, as ESLint does: a code with no more findings than recorded is hidden
 * whole; a code with more shows every one of them, since counts carry no positions and so cannot
 * say which finding is the new one.
 */
export function applyEntry(
  findings: readonly Finding[],
  entry: ReadonlyMap<string, number> | undefined,
  enabled: ReadonlySet<string>,
  /** `countByCode(findings)`, when the caller has it already. */
  counted?: ReadonlyMap<string, number>,
): AppliedEntry {
  if (!entry || entry.size === 0) return { kept: findings, suppressed: [], suppressedByCode: new Map(), unused: new Map(), overCount: [] };
  const found = counted ?? countByCode(findings);
  const hidden = new Map<string, number>();
  const unused = new Map<string, number>();
  const overCount: OverCount[] = [];
  for (const [code, recorded] of entry) {
    const count = found.get(code) ?? 0;
    if (count === 0) {
      if (isJudged(code, enabled)) unused.set(code, recorded);
      continue;
    }
    if (count <= recorded) {
      hidden.set(code, count);
      if (count < recorded) unused.set(code, recorded - count);
    } else overCount.push({ code, recorded, found: count });
  }
  if (hidden.size === 0) return { kept: findings, suppressed: [], suppressedByCode: hidden, unused, overCount };
  // Every finding hidden (syntax errors are never counted, so none of them): the usual case of a legacy file.
  if (hidden.size === found.size && !findings.some((finding) => finding.code === SYNTAX_ERROR_CODE)) {
    return { kept: [], suppressed: findings, suppressedByCode: hidden, unused, overCount };
  }
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) (hidden.has(finding.code) ? suppressed : kept).push(finding);
  return { kept, suppressed, suppressedByCode: hidden, unused, overCount };
}
