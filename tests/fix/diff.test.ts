// Unified diffs: exact output for small cases, and a patch applied from any diff gives the new text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unifiedDiff } from '../../src/fix/index.js';

/** Applies a unified diff to `before` (the hunks' old lines must match), returning the new text. */
function applyPatch(before: string, diff: string): string {
  const old = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let cursor = 0;
  const lines = diff.split('\n').slice(2);
  let i = 0;
  const take = (raw: string): string => (lines[i + 1] === '\\ No newline at end of file' ? raw : `${raw}\n`);
  while (i < lines.length && lines[i] !== '') {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[i] ?? '');
    assert.ok(header, `bad hunk header: ${lines[i]}`);
    const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
    while (cursor < start) out.push(old[cursor++] as string);
    i++;
    while (i < lines.length && /^[ +-]/.test(lines[i] ?? '')) {
      const line = lines[i] as string;
      const text = take(line.slice(1));
      if (line[0] !== '+') assert.equal(old[cursor++], text, 'hunk does not match the old text');
      if (line[0] !== '-') out.push(text);
      i += lines[i + 1] === '\\ No newline at end of file' ? 2 : 1;
    }
  }
  while (cursor < old.length) out.push(old[cursor++] as string);
  return out.join('');
}

describe('unified diff', () => {
  it('is empty when nothing changed', () => assert.equal(unifiedDiff('a\n', 'a\n', 'x.py'), ''));
  it('lists removals before additions, with three lines of context', () => {
    assert.equal(unifiedDiff('import sys\nimport os\n', 'import os\nimport sys\n', 'a.py'), '--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,2 @@\n-import sys\n import os\n+import sys\n');
  });
  it('marks a missing final newline', () => {
    assert.equal(unifiedDiff('a\n', 'a\nb', 'b.py'), '--- a/b.py\n+++ b/b.py\n@@ -1,1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n');
  });
  it('splits far-apart changes into hunks and stays fast on large files', () => {
    const middle = Array.from({ length: 20000 }, (_, i) => `x${i} = ${i}\n`).join('');
    const diff = unifiedDiff(`import b\nimport a\n${middle}y = 1\n`, `import a\nimport b\n${middle}y = 2\n`, 'big.py');
    assert.equal(diff.match(/^@@/gm)?.length, 2);
  });
  it('applying the diff to the old text gives the new text (random edits)', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const before = Array.from({ length: random(30) }, () => `l${random(6)}\n`);
      const after = [...before];
      for (let edit = random(6); edit > 0; edit--) {
        const at = random(after.length + 1);
        if (random(2) === 0 && after.length > 0) after.splice(at, 1);
        else after.splice(at, 0, `n${random(4)}\n`);
      }
      const a = before.join('');
      const b = after.join('') + (random(4) === 0 ? 'end' : '');
      assert.equal(applyPatch(a, unifiedDiff(a, b, 'r.py')), b, `round ${round}`);
    }
  });
});
