// How isort compares modules and imported names (profile black, as Ruff's isort implements it).
import type { IsortSettings } from './isort-settings.js';
import { naturalCompare } from './natural-order.js';

/** CONSTANT < Class < variable, when `order-by-type` is on. */
export type MemberType = 0 | 1 | 2;

type SortSettings = Pick<IsortSettings, 'caseSensitive' | 'orderByType' | 'relativeFurthestFirst'>;

/**
 * The type isort gives a name: a constant when it is longer than one byte and cased upper-case
 * (`UUID`, `TYPE_CHECKING`), a class when it starts with an upper-case letter (`FastAPI`, `T`),
 * else a variable (`status`, `uuid4`).
 */
export function memberType(name: string): MemberType {
  if (Buffer.byteLength(name, 'utf8') > 1 && isCasedUppercase(name)) return 0;
  const first = String.fromCodePoint(name.codePointAt(0) ?? 0);
  return /\p{Uppercase}/u.test(first) ? 1 : 2;
}

function isCasedUppercase(name: string): boolean {
  let cased = false;
  for (const char of name) {
    if (/\p{Lowercase}/u.test(char)) return false;
    if (!cased && /\p{Uppercase}/u.test(char)) cased = true;
  }
  return cased;
}

function compareOptional<T>(a: T | undefined, b: T | undefined, compare: (x: T, y: T) => number): number {
  if (a === undefined) return b === undefined ? 0 : -1;
  if (b === undefined) return 1;
  return compare(a, b);
}

/** Orders two names of one `from` statement: `*` first, then by type, then case-insensitively. */
export function compareMembers(
  a: { readonly name: string; readonly asname: string | undefined },
  b: { readonly name: string; readonly asname: string | undefined },
  settings: SortSettings,
): number {
  const aStar = a.name === '*';
  const bStar = b.name === '*';
  if (aStar !== bStar) return aStar ? -1 : 1;
  if (settings.orderByType) {
    const byType = memberType(a.name) - memberType(b.name);
    if (byType !== 0) return byType;
  }
  if (!settings.caseSensitive) {
    const lower = naturalCompare(a.name.toLowerCase(), b.name.toLowerCase());
    if (lower !== 0) return lower;
  }
  return naturalCompare(a.name, b.name) || compareOptional(a.asname, b.asname, naturalCompare);
}

/** What a statement is sorted by: its module (or undefined for `from . import x`), level, first name. */
export interface ModuleSortKey {
  readonly name: string | undefined;
  readonly asname: string | undefined;
  readonly level: number;
  readonly firstMember: { readonly name: string; readonly asname: string | undefined } | undefined;
}

/**
 * Orders two statements of a section: relative imports by distance (`..` before `.` by
 * default), then the module case-insensitively and naturally (`module2` < `module10`, `os` <
 * `os.path`), then case-sensitively, then by first imported name, then by alias. A plain
 * `import m` has no first name and so sorts before `from m import …`.
 */
export function compareModules(a: ModuleSortKey, b: ModuleSortKey, settings: SortSettings): number {
  const distance = distanceRank(a.level, settings) - distanceRank(b.level, settings);
  if (distance !== 0) return distance;
  if (!settings.caseSensitive) {
    const lower = compareOptional(a.name?.toLowerCase(), b.name?.toLowerCase(), naturalCompare);
    if (lower !== 0) return lower;
  }
  return (
    compareOptional(a.name, b.name, naturalCompare) ||
    compareOptional(a.firstMember, b.firstMember, (x, y) => compareMembers(x, y, settings)) ||
    compareOptional(a.asname, b.asname, naturalCompare)
  );
}

/** Relative imports first (furthest or closest first), absolute imports last. */
function distanceRank(level: number, settings: SortSettings): number {
  if (level === 0) return Number.MAX_SAFE_INTEGER;
  return settings.relativeFurthestFirst ? -level : level;
}
