// Case predicates shared by the naming rules, with pep8-naming's exact definitions.

const UPPERCASE = /\p{Uppercase}/u;
const LOWERCASE = /\p{Lowercase}/u;
const NOT_LOWERCASE_LETTER = /(?=\p{Alphabetic})\P{Lowercase}/u;

/**
 * Every letter is lowercase (`snake_case`, `x1`, `__init__`, `_` qualify). Letters without case,
 * as in `说明`, do not count as lowercase, exactly as in pep8-naming and Ruff.
 */
export function isLowercase(name: string): boolean {
  return !NOT_LOWERCASE_LETTER.test(name);
}

/** At least one lowercase letter and no uppercase one. */
export function isCasedLowercase(name: string): boolean {
  return LOWERCASE.test(name) && !UPPERCASE.test(name);
}

/** At least one uppercase letter and no lowercase one (`MAX_RETRY_COUNT`, `HTTP2`). */
export function isCasedUppercase(name: string): boolean {
  return UPPERCASE.test(name) && !LOWERCASE.test(name);
}

/**
 * pep8-naming's mixedCase: not all lowercase, and the first character after one optional leading
 * underscore is lowercase (`mixedCase`, `mixed_Case`, `_mixedCase`; not `Pascal` or `UPPER`).
 */
export function isMixedCase(name: string): boolean {
  if (isCasedLowercase(name)) return false;
  const first = [...(name.startsWith('_') ? name.slice(1) : name)][0];
  return first !== undefined && LOWERCASE.test(first);
}

/** pep8-naming's CapWords for classes: after leading underscores, an uppercase start and no `_`. */
export function isPascalCase(name: string): boolean {
  const stripped = name.replace(/^_+/, '');
  const first = [...stripped][0];
  return first !== undefined && UPPERCASE.test(first) && !stripped.includes('_');
}

/** UPPER_SNAKE after leading underscores: no lowercase letter (`MAX_RETRY_COUNT`, `_CACHE`). */
export function isUpperSnake(name: string): boolean {
  return !LOWERCASE.test(name.replace(/^_+/, ''));
}

/** `__name__`-style names. */
export function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}
