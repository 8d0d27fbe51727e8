// PEP 440 specifiers and Poetry constraints: the lowest Python version a requirement admits.
import type { PythonVersion } from './python-version.js';

/** `pep440` for `requires-python` / `python_requires`; `poetry` for `[tool.poetry.dependencies].python`. */
export type ConstraintDialect = 'pep440' | 'poetry';

/** What a requirement admits: its lowest `major.minor`, or no lower bound at all. */
export type ConstraintReading =
  | { readonly ok: true; readonly lowest: PythonVersion | undefined }
  | { readonly ok: false; readonly reason: string };

/** A release with its epoch first: `3.12` → [0, 3, 12]. Missing trailing parts are zeros. */
type Release = readonly number[];

type Operator = '>=' | '>' | '<=' | '<' | '==' | '!=';

interface Clause {
  readonly operator: Operator;
  readonly release: Release;
  /** `==3.12.*` / `!=3.12.*`: compares the leading parts only. */
  readonly prefix: boolean;
}

/** Clauses that must all hold; a requirement is one or more of these (Poetry's `||`). */
type Conjunction = readonly Clause[];

class ConstraintError extends Error {}

const VERSION = new RegExp(
  '^v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)' +
    '(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\\d*)?' +
    '(?:-\\d+|[-_.]?(?:post|rev|r)[-_.]?\\d*)?' +
    '(?:[-_.]?dev[-_.]?\\d*)?' +
    '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?' +
    '(\\.\\*)?$',
  'i',
);

const PEP440_CLAUSE = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*(\S*)\s*$/;
const POETRY_TOKEN = /^(\^|~=|~|===|==|!=|<>|<=|>=|<|>|=)?\s*([^\s,]+)[\s,]*/;

/**
 * Reads a requirement and finds the lowest Python version it admits. Pre-release, post-release
 * and local parts are read but not compared: `>=3.12.0rc1` admits Python 3.12.
 */
export function readConstraint(text: string, dialect: ConstraintDialect): ConstraintReading {
  try {
    const alternatives = dialect === 'pep440' ? [parsePep440(text)] : parsePoetry(text);
    let lowest: Release | undefined;
    let satisfiable = false;
    for (const clauses of alternatives) {
      const found = lowestAdmitted(clauses);
      if (found === undefined) continue;
      satisfiable = true;
      if (lowest === undefined || compare(found, lowest) < 0) lowest = found;
    }
    if (!satisfiable || lowest === undefined) return { ok: false, reason: 'no version satisfies it' };
    return { ok: true, lowest: compare(lowest, ORIGIN) === 0 ? undefined : { major: lowest[1] ?? 0, minor: lowest[2] ?? 0 } };
  } catch (error) {
    if (error instanceof ConstraintError) return { ok: false, reason: error.message };
    throw error;
  }
}

function parsePep440(text: string): Conjunction {
  if (text.trim() === '') throw new ConstraintError('the specifier is empty');
  const clauses: Clause[] = [];
  for (const part of text.split(',')) {
    const match = PEP440_CLAUSE.exec(part);
    if (!match) {
      const bare = part.trim();
      if (VERSION.test(bare)) throw new ConstraintError(`\`${bare}\` has no comparison operator (write \`>=${bare}\`)`);
      throw new ConstraintError(`\`${bare}\` is not a version specifier`);
    }
    clauses.push(...specifierClauses(match[1] as string, match[2] as string));
  }
  return clauses;
}

/** The clauses of one PEP 440 specifier (`~=` expands to two). */
function specifierClauses(operator: string, version: string): Clause[] {
  const { release, wildcard } = parseVersion(version);
  if (wildcard && operator !== '==' && operator !== '!=') throw new ConstraintError(`\`.*\` is allowed only after \`==\` or \`!=\` (in \`${operator}${version}\`)`);
  switch (operator) {
    case '~=': {
      if (release.length < 3) throw new ConstraintError(`\`~=\` needs at least two version parts (in \`~=${version}\`)`);
      return [clause('>=', release), { operator: '==', release: release.slice(0, -1), prefix: true }];
    }
    case '===':
      return [clause('==', release)];
    default:
      return [{ operator: operator as Operator, release, prefix: wildcard }];
  }
}

function parsePoetry(text: string): Conjunction[] {
  const alternatives = text.split(/\|\|?/);
  return alternatives.map((alternative) => {
    let rest = alternative.trim();
    if (rest === '') throw new ConstraintError('the constraint is empty');
    const clauses: Clause[] = [];
    while (rest !== '') {
      const match = POETRY_TOKEN.exec(rest);
      if (!match) throw new ConstraintError(`\`${rest}\` is not a version constraint`);
      clauses.push(...poetryClauses(match[1] ?? '', match[2] as string));
      rest = rest.slice(match[0].length);
    }
    return clauses;
  });
}

/** Poetry's forms: `*`, `^V`, `~V`, `V.*`/`V.x`, a bare version (exact), and PEP 440 operators. */
function poetryClauses(operator: string, version: string): Clause[] {
  if (version === '*') {
    if (operator === '' || operator === '==' || operator === '=' || operator === '>=') return [];
    throw new ConstraintError(`\`${operator}*\` is not a version constraint`);
  }
  const normalized = version.replace(/\.[xX]$/, '.*');
  switch (operator) {
    case '^': {
      const { release } = exactVersion(normalized, operator);
      return [clause('>=', release), clause('<', caretUpper(release))];
    }
    case '~': {
      const { release } = exactVersion(normalized, operator);
      return [clause('>=', release), clause('<', bump(release, Math.min(release.length - 1, 2)))];
    }
    case '':
    case '=':
      return specifierClauses('==', normalized);
    case '<>':
      return specifierClauses('!=', normalized);
    default:
      return specifierClauses(operator, normalized);
  }
}

function exactVersion(version: string, operator: string): { release: Release } {
  const parsed = parseVersion(version);
  if (parsed.wildcard) throw new ConstraintError(`\`.*\` cannot follow \`${operator}\` (in \`${operator}${version}\`)`);
  return parsed;
}

function parseVersion(version: string): { release: Release; wildcard: boolean } {
  const match = VERSION.exec(version);
  if (!match) throw new ConstraintError(`\`${version}\` is not a valid version`);
  const release = [Number(match[1] ?? 0), ...(match[2] as string).split('.').map(Number)];
  return { release, wildcard: match[3] !== undefined };
}

function clause(operator: Operator, release: Release): Clause {
  return { operator, release, prefix: false };
}

/** `^1.2.3` → 2.0.0, `^0.2.3` → 0.3.0, `^0.0.3` → 0.0.4: bump the first non-zero part. */
function caretUpper(release: Release): Release {
  const parts = release.slice(1);
  const first = parts.findIndex((part) => part !== 0);
  return bump(release, first < 0 ? parts.length : first + 1);
}

/** Increments part `index` (epoch is part 0) and drops the parts after it. */
function bump(release: Release, index: number): Release {
  const bumped = release.slice(0, index + 1);
  while (bumped.length <= index) bumped.push(0);
  bumped[index] = (bumped[index] ?? 0) + 1;
  return bumped;
}

const ORIGIN: Release = [0];

/**
 * The lowest release admitted by all `clauses`, or undefined when none is. Each clause changes
 * its answer only at its own version (or at the end of its prefix), so the lowest admitted
 * release is one of those boundaries or a release just above one.
 */
function lowestAdmitted(clauses: Conjunction): Release | undefined {
  const boundaries: Release[] = [ORIGIN];
  for (const c of clauses) {
    boundaries.push(c.release);
    if (c.prefix) boundaries.push(bump(c.release, c.release.length - 1));
  }
  const depth = Math.max(...boundaries.map((b) => b.length));
  const candidates = boundaries.flatMap((b) => [b, [...pad(b, depth), 1]]).sort(compare);
  return candidates.find((candidate) => clauses.every((c) => admits(c, candidate)));
}

function admits(c: Clause, release: Release): boolean {
  if (c.prefix) {
    const matches = c.release.every((part, i) => (release[i] ?? 0) === part);
    return c.operator === '==' ? matches : !matches;
  }
  const order = compare(release, c.release);
  switch (c.operator) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<=':
      return order <= 0;
    case '<':
      return order < 0;
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

function pad(release: Release, length: number): number[] {
  const padded = [...release];
  while (padded.length < length) padded.push(0);
  return padded;
}

function compare(a: Release, b: Release): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
