// `fixText --select TYP004,TYP005` on the standard library: every fixed file compiles, no fixable
// finding is left, and fixing again changes nothing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkText, fixText } from '../../src/api/index.js';
import { settingsWith } from '../harness/settings.js';
import { pythonFiles, readUtf8, stdlibPath } from './ruff-oracle.js';

const SELECT = ['TYP004', 'TYP005'];

describe('differential: TYP004/TYP005 fixes on the standard library', () => {
  it('fixed files compile, keep no fixable finding, and a second run changes nothing', () => {
    const root = stdlibPath();
    const settings = settingsWith({ 'target-version': 'py312' });
    const out = mkdtempSync(path.join(os.tmpdir(), 'pystandards-typ-fix-'));
    const written: string[] = [];
    const problems: string[] = [];
    let findings = 0;
    let fixed = 0;
    let left = 0;
    try {
      for (const file of pythonFiles(root)) {
        const text = readUtf8(file);
        if (text === undefined || !/\b(List|Dict|Set|FrozenSet|Tuple|Type|Deque|DefaultDict|Optional|Union)\b/.test(text)) continue;
        const relative = path.relative(root, file);
        const before = checkText(text, { filename: relative, select: SELECT, settings }).findings;
        if (before.length === 0) continue;
        findings += before.length;
        const first = fixText(text, { filename: relative, select: SELECT, settings });
        problems.push(...first.problems.map((p) => `${relative}: ${p}`));
        if (first.output === text) continue;
        fixed += first.fixed.length;
        left += first.remaining.length;
        const fixable = first.remaining.filter((f) => f.fix?.applicability === 'safe');
        assert.deepEqual(fixable.map((f) => `${relative}:${f.location.row} ${f.code}`), [], 'safe fixes left after --fix');
        const second = fixText(first.output, { filename: relative, select: SELECT, settings });
        assert.equal(second.output, first.output, `${relative}: a second run changed the file`);
        const target = path.join(out, relative);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, first.output);
        written.push(target);
      }
      const compile = 'import py_compile, sys\nbad = []\nfor f in sys.argv[1:]:\n    try:\n        py_compile.compile(f, doraise=True, cfile=f + "c")\n    except py_compile.PyCompileError as e:\n        bad.append(str(e))\nprint("\\n".join(bad))';
      const failures = execFileSync('python3', ['-c', compile, ...written], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();
      console.log(
        `TYP004/TYP005 fix run: ${written.length} files changed, ${findings} findings before, ${fixed} fixed, ` +
          `${left} left without a safe fix, ${failures === '' ? 0 : failures.split('\n').length} files failing py_compile, ` +
          `${problems.length} fix-loop problems`,
      );
      assert.equal(failures, '', 'every fixed file compiles');
      assert.deepEqual(problems, []);
      assert.ok(written.length > 0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
