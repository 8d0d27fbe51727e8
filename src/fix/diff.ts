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

/** Edit distances beyond this are not searched: the rest is shown as removed then added. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * Line diff by Myers' O(ND) algorithm after trimming the common head and tail, so a few changed
 * lines in a large file cost little time and memory. Removals are listed before additions.
 */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', text: a[k] as string, oldIndex: k, newIndex: k });
  for (const step of middleSteps(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) {
    const text = step.kind === '+' ? (b[head + step.y] as string) : (a[head + step.x] as string);
    ops.push({ kind: step.kind, text, oldIndex: head + step.x, newIndex: head + step.y });
  }
  for (let k = 0; k < tail; k++) {
    ops.push({ kind: ' ', text: a[a.length - tail + k] as string, oldIndex: a.length - tail + k, newIndex: b.length - tail + k });
  }
  return ops;
}

interface Step {
  readonly kind: ' ' | '-' | '+';
  /** Positions in the old and new middle before the step. */
  readonly x: number;
  readonly y: number;
}

/** The shortest edit script from `a` to `b`, as steps in order. */
function middleSteps(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= Math.min(n + m, MAX_EDIT_DISTANCE) && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return [...a.map((_, x): Step => ({ kind: '-', x, y: 0 })), ...b.map((_, y): Step => ({ kind: '+', x: n, y }))];
  // Walk back through the saved frontiers (trace[d] holds v[-d..d] before round d).
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d] as Int32Array;
    const at = (k: number): number => previous[k + d] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      x--;
      y--;
      steps.push({ kind: ' ', x, y });
    }
    if (down) {
      y--;
      steps.push({ kind: '+', x, y });
    } else {
      x--;
      steps.push({ kind: '-', x, y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    steps.push({ kind: ' ', x, y });
  }
  return steps.reverse();
}
