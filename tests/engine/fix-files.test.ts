// Writing fixes to disk: atomic replacement, kept permissions, encodings, BOM, newlines, read-only files, the re-parse guard.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixFile, writeFileAtomic, type FixMode } from '../../src/engine/index.js';
import { insertEdit, makeFix } from '../../src/fix/index.js';
import { defineRule, type Rule } from '../../src/linter/index.js';
import imp001 from '../../src/rules/imports/unsorted-imports.js';
import { tempProject } from '../harness/cli.js';
import { settingsWith } from '../harness/settings.js';

const WRITE: FixMode = { unsafe: false, output: 'write' };
const UNSORTED = 'import sys\nimport os\n';
const SORTED = 'import os\nimport sys\n';

/** A test rule whose fix inserts `content` at the start of every file. */
function inserting(code: string, content: string, applicability: 'safe' | 'unsafe'): Rule {
  return defineRule({
    code,
    name: `insert-${code.toLowerCase()}`,
    section: 'imports',
    defaultEnabled: true,
    fixAvailability: 'always',
    fixApplicability: applicability,
    equivalents: [],
    messages: { insert: 'Insert a line' },
    docs: { summary: 'Require a test line.', what: '', why: '', bad: '', good: '', fixSafety: 'test' },
    create(context) {
      return {
        module(root) {
          if (context.source.text.startsWith(content.trimEnd())) return;
          context.report({ node: root, messageId: 'insert', fix: makeFix(applicability, 'Insert a line', [insertEdit(0, content)]) });
        },
      };
    },
  }) as Rule;
}

function fix(root: string, file: string, rules: readonly Rule[] = [imp001], mode: FixMode = WRITE) {
  return fixFile(file, path.join(root, file), settingsWith({}, root), rules, new Set(), mode);
}

describe('writing fixed files', () => {
  it('replaces the file through a new inode (temp file + rename) and leaves no temporary file', () => {
    const root = tempProject({ 'a.py': UNSORTED });
    const before = statSync(path.join(root, 'a.py')).ino;
    const report = fix(root, 'a.py');
    assert.deepEqual(report.errors, []);
    assert.equal(report.fixedCount, 1);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), SORTED);
    assert.notEqual(statSync(path.join(root, 'a.py')).ino, before);
    assert.deepEqual(readdirSync(root), ['a.py']);
  });
  it('keeps the permission bits, executable and group-writable ones included (whatever the umask)', () => {
    const root = tempProject({ 'script.py': UNSORTED, 'private.py': UNSORTED });
    chmodSync(path.join(root, 'script.py'), 0o751);
    chmodSync(path.join(root, 'private.py'), 0o660);
    fix(root, 'script.py');
    fix(root, 'private.py');
    assert.equal(statSync(path.join(root, 'script.py')).mode & 0o7777, 0o751);
    assert.equal(statSync(path.join(root, 'private.py')).mode & 0o7777, 0o660);
  });
  it('writes through a symbolic link to its target and keeps the link', () => {
    const root = tempProject({ 'real.py': UNSORTED });
    symlinkSync(path.join(root, 'real.py'), path.join(root, 'link.py'));
    fix(root, 'link.py');
    assert.ok(lstatSync(path.join(root, 'link.py')).isSymbolicLink());
    assert.equal(readFileSync(path.join(root, 'real.py'), 'utf8'), SORTED);
  });
  it('keeps CRLF line endings, the BOM and a latin-1 coding cookie', () => {
    const latin1 = Buffer.from('# -*- coding: latin-1 -*-\nimport sys  # syst\u00e8me\nimport os\n', 'latin1');
    const root = tempProject({
      'crlf.py': 'import sys\r\nimport requests\r\nimport os\r\nx = 1\r\n',
      'bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(UNSORTED)]),
      'latin.py': latin1,
    });
    fix(root, 'crlf.py');
    fix(root, 'bom.py');
    fix(root, 'latin.py');
    assert.equal(readFileSync(path.join(root, 'crlf.py'), 'utf8'), 'import os\r\nimport sys\r\n\r\nimport requests\r\n\r\nx = 1\r\n');
    assert.deepEqual(readFileSync(path.join(root, 'bom.py')), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SORTED)]));
    assert.deepEqual(readFileSync(path.join(root, 'latin.py')), Buffer.from('# -*- coding: latin-1 -*-\nimport os\nimport sys  # syst\u00e8me\n', 'latin1'));
  });
  it('fixes inserted with \\n take the file\'s \\r\\n', () => {
    const root = tempProject({ 'crlf.py': 'x = 1\r\n' });
    fix(root, 'crlf.py', [inserting('TST001', '# header\n', 'safe')]);
    assert.equal(readFileSync(path.join(root, 'crlf.py'), 'utf8'), '# header\r\nx = 1\r\n');
  });
  it('a read-only file is reported, left as it was, and its findings stay', { skip: process.platform === 'win32' }, () => {
    const root = tempProject({ 'ro.py': UNSORTED });
    chmodSync(path.join(root, 'ro.py'), 0o444);
    const report = fix(root, 'ro.py');
    assert.deepEqual(report.errors, ['cannot write ro.py: the file is read-only']);
    assert.equal(report.fixedCount, 0);
    assert.deepEqual(report.findings.map((f) => f.code), ['IMP001']);
    assert.equal(readFileSync(path.join(root, 'ro.py'), 'utf8'), UNSORTED);
  });
  it('a read-only folder is reported and nothing is written in it', { skip: process.platform === 'win32' }, () => {
    const root = tempProject({ 'locked/a.py': UNSORTED });
    chmodSync(path.join(root, 'locked'), 0o555);
    try {
      const report = fix(root, 'locked/a.py');
      assert.deepEqual(report.errors, ['cannot write locked/a.py: its folder is read-only']);
      assert.deepEqual(readdirSync(path.join(root, 'locked')), ['a.py']);
      assert.equal(readFileSync(path.join(root, 'locked/a.py'), 'utf8'), UNSORTED);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
  it('writeFileAtomic reports a missing file instead of creating it', () => {
    const root = tempProject({});
    assert.equal(writeFileAtomic(path.join(root, 'missing.py'), Buffer.from('x')), 'ENOENT');
    assert.deepEqual(readdirSync(root), []);
  });
});

describe('what gets applied', () => {
  it('never writes a result that does not parse; the error names the rule; good fixes still apply', () => {
    const root = tempProject({ 'a.py': UNSORTED });
    const report = fix(root, 'a.py', [imp001, inserting('TST002', 'def (:\n', 'safe')]);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), SORTED);
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0] ?? '', /^a\.py: internal error: the fix of TST002 \("Insert a line"\) produced code that does not parse/);
    assert.deepEqual(report.findings.map((f) => f.code), ['TST002']);
  });
  it('unsafe fixes need --unsafe-fixes', () => {
    const root = tempProject({ 'a.py': 'x = 1\n' });
    const risky = inserting('TST003', '# risky\n', 'unsafe');
    fix(root, 'a.py', [risky]);
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), 'x = 1\n');
    fix(root, 'a.py', [risky], { unsafe: true, output: 'write' });
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), '# risky\nx = 1\n');
  });
  it('diff mode describes the change and writes nothing', () => {
    const root = tempProject({ 'a.py': UNSORTED });
    const report = fix(root, 'a.py', [imp001], { unsafe: false, output: 'diff' });
    assert.equal(report.diff, '--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,2 @@\n-import sys\n import os\n+import sys\n');
    assert.equal(readFileSync(path.join(root, 'a.py'), 'utf8'), UNSORTED);
  });
});
