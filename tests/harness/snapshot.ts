// File snapshots under tests/snapshots/: compared exactly; UPDATE_SNAPSHOTS=1 rewrites them.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from './paths.js';

/** Asserts `actual` equals the stored snapshot `name` (created when missing or when updating). */
export function matchSnapshot(actual: string, name: string): void {
  const file = repoPath('tests', 'snapshots', name);
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) assert.fail(`snapshot ${name} is missing (run with UPDATE_SNAPSHOTS=1 locally)`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 to accept)`);
}
