// Unified diffs (as `diff -u` and `git diff` print them) between two versions of a file.

const CONTEXT = 3;

/** A unified diff of `before` → `after` with `name` in the headers; empty when they are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if ((ops[i] as Op).kind === ' ') {
      i++;
      continue;
    }
    let start = Math.max(0, i - CONTEXT);
    let end = i;
    // Extend the hunk while changes are within 2 * CONTEXT lines of each other.
    for (let j = i; j < ops.length; j++) {
      if ((ops[j] as Op).kind !== ' ') end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const first = slice[0] as Op;
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? first.oldIndex : first.oldIndex + 1;
    const newStart = newCount === 0 ? first.newIndex : first.newIndex + 1;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`);
    for (const op of slice) hunks.push(`${op.kind}${op.text}${op.text.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'}`);
    i = stop;
    start = stop;
  }
  return `--- a/${name}\n+++ b/${name}\n${hunks.join('')}`;
}

interface Op {
  readonly kind: ' ' | '-' | '+';
  readonly text: string;
  /** Index of the line in the old file (for `+`, the old line it is inserted before). */
  readonly oldIndex: number;
  readonly newIndex: number;
}

function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

/** Line diff by longest common subsequence, trimming the common head and tail first. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', text: a[k] as string, oldIndex: k, newIndex: k });
  const n = midA.length;
  const m = midB.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const row = lcs[x] as Uint32Array;
      row[y] = midA[x] === midB[y] ? ((lcs[x + 1] as Uint32Array)[y + 1] as number) + 1 : Math.max((lcs[x + 1] as Uint32Array)[y] as number, row[y + 1] as number);
    }
  }
  let x = 0;
  let y = 0;
  while (x < n || y < m) {
    if (x < n && y < m && midA[x] === midB[y]) {
      ops.push({ kind: ' ', text: midA[x] as string, oldIndex: head + x, newIndex: head + y });
      x++;
      y++;
    } else if (y < m && (x === n || ((lcs[x] as Uint32Array)[y + 1] as number) >= ((lcs[x + 1] as Uint32Array)[y] as number))) {
      ops.push({ kind: '+', text: midB[y] as string, oldIndex: head + x, newIndex: head + y });
      y++;
    } else {
      ops.push({ kind: '-', text: midA[x] as string, oldIndex: head + x, newIndex: head + y });
      x++;
    }
  }
  for (let k = 0; k < tail; k++) {
    ops.push({ kind: ' ', text: a[a.length - tail + k] as string, oldIndex: a.length - tail + k, newIndex: b.length - tail + k });
  }
  return ops;
}
