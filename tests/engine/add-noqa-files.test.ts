// addNoqaToFile's guard: an edited text that would not parse is never written. The checker's noqa rows
// never lead there, so the case hands it a finding whose row is wrong (a backslash continuation line).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkText } from '../../src/api/index.js';
import { addNoqaToFile } from '../../src/engine/index.js';
import { tempProject } from '../harness/cli.js';

const SOURCE = 'total = 1 + \\\n    2\nmixedCase = 1\n';

describe('addNoqaToFile', () => {
  it('refuses an edit that would break the file, leaves it unchanged and says why', () => {
    const root = tempProject({ 'a.py': SOURCE });
    const file = path.join(root, 'a.py');
    const [finding] = checkText(SOURCE, { filename: 'a.py' }).findings;
    assert.deepEqual([finding?.code, finding?.noqaRow], ['NAM006', 3]);
    const onContinuation = { ...(finding as NonNullable<typeof finding>), absoluteFilename: file, noqaRow: 1 };
    const result = addNoqaToFile('a.py', file, [onContinuation]);
    assert.deepEqual(result, { path: 'a.py', edited: 0, skipped: [], error: 'internal error: noqa comments would break a.py; the file was left unchanged' });
    assert.equal(readFileSync(file, 'utf8'), SOURCE);
  });
  it('writes the comment where the checker reads it', () => {
    const root = tempProject({ 'a.py': SOURCE });
    const file = path.join(root, 'a.py');
    const findings = checkText(SOURCE, { filename: 'a.py' }).findings.map((finding) => ({ ...finding, absoluteFilename: file }));
    assert.deepEqual(addNoqaToFile('a.py', file, findings), { path: 'a.py', edited: 1, skipped: [], error: undefined });
    assert.equal(readFileSync(file, 'utf8'), 'total = 1 + \\\n    2\nmixedCase = 1  # noqa: NAM006\n');
  });
});
