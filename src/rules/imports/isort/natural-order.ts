// Natural string order (`module2` < `module10`), the comparison Ruff's isort uses (the `natord` crate).

/**
 * Compares two strings code point by code point, except that runs of ASCII digits compare by
 * value: right-aligned (`15` < `123`), or left-aligned when either run starts with `0`
 * (`015` < `12`). Whitespace is skipped.
 */
export function naturalCompare(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSkipped(a[i] as string)) i++;
    while (j < b.length && isSkipped(b[j] as string)) j++;
    const l = a[i];
    const r = b[j];
    if (l === undefined || r === undefined) return l === undefined ? (r === undefined ? 0 : -1) : 1;
    const ld = digit(l);
    const rd = digit(r);
    if (ld === undefined || rd === undefined) {
      const order = compareCodePoints(l, r);
      if (order !== 0) return order;
      i++;
      j++;
      continue;
    }
    if (ld === 0 || rd === 0) {
      // Left-aligned: compare digit by digit; the shorter run is smaller when one runs out.
      for (;;) {
        const x = digit(a[i]);
        const y = digit(b[j]);
        if (x === undefined || y === undefined) {
          if (x !== undefined) return 1;
          if (y !== undefined) return -1;
          break;
        }
        if (x !== y) return x < y ? -1 : 1;
        i++;
        j++;
      }
    } else {
      // Right-aligned: the longer run is larger; equal lengths compare at the first different digit.
      let last = 0;
      for (;;) {
        const x = digit(a[i]);
        const y = digit(b[j]);
        if (x === undefined || y === undefined) {
          if (x !== undefined) return 1;
          if (y !== undefined) return -1;
          break;
        }
        if (last === 0 && x !== y) last = x < y ? -1 : 1;
        i++;
        j++;
      }
      if (last !== 0) return last;
    }
  }
}

function isSkipped(char: string): boolean {
  return /\s/u.test(char);
}

function digit(char: string | undefined): number | undefined {
  if (char === undefined) return undefined;
  const code = char.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : undefined;
}

function compareCodePoints(a: string, b: string): number {
  const x = a.codePointAt(0) ?? 0;
  const y = b.codePointAt(0) ?? 0;
  return x < y ? -1 : x > y ? 1 : 0;
}
