// The lowest Python version each PEP 440 / Poetry form admits, and the forms that cannot be read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConstraint, type ConstraintDialect } from '../../src/config/index.js';

/** [requirement, dialect, lowest admitted `major.minor` | 'none' (no lower bound) | 'error: reason'] */
const CASES: readonly (readonly [string, ConstraintDialect, string])[] = [
  ['>=3.12', 'pep440', '3.12'],
  ['>=3.10,<4', 'pep440', '3.10'],
  ['>= 3.10, < 4', 'pep440', '3.10'],
  ['~=3.11', 'pep440', '3.11'],
  ['~=3.12.1', 'pep440', '3.12'],
  ['==3.12.*', 'pep440', '3.12'],
  ['==3.12', 'pep440', '3.12'],
  ['===3.12', 'pep440', '3.12'],
  ['>3.11', 'pep440', '3.11'],
  ['>3.11.99', 'pep440', '3.11'],
  ['>=3.12.0rc1', 'pep440', '3.12'],
  ['>=3.12.post1', 'pep440', '3.12'],
  ['>=v3.12', 'pep440', '3.12'],
  ['>=2.7,!=3.0.*,!=3.1.*', 'pep440', '2.7'],
  ['>=3.10,!=3.10.*,!=3.11.*', 'pep440', '3.12'],
  ['!=3.9.*', 'pep440', 'none'],
  ['<4', 'pep440', 'none'],
  ['<=3.13', 'pep440', 'none'],
  ['3.12', 'pep440', 'error: `3.12` has no comparison operator (write `>=3.12`)'],
  ['>=3.12+', 'pep440', 'error: `3.12+` is not a valid version'],
  ['>=3.*', 'pep440', 'error: `.*` is allowed only after `==` or `!=` (in `>=3.*`)'],
  ['~=3', 'pep440', 'error: `~=` needs at least two version parts (in `~=3`)'],
  ['', 'pep440', 'error: the specifier is empty'],
  ['>=3.12,<3.10', 'pep440', 'error: no version satisfies it'],
  ['^3.12', 'poetry', '3.12'],
  ['^3.11', 'poetry', '3.11'],
  ['^3', 'poetry', '3.0'],
  ['~3.11', 'poetry', '3.11'],
  ['~3.12.2', 'poetry', '3.12'],
  ['~=3.11', 'poetry', '3.11'],
  ['>=3.12,<4.0', 'poetry', '3.12'],
  ['>=3.12 <4.0', 'poetry', '3.12'],
  ['>= 3.12, < 4.0', 'poetry', '3.12'],
  ['3.12.*', 'poetry', '3.12'],
  ['3.12.x', 'poetry', '3.12'],
  ['3.12', 'poetry', '3.12'],
  ['=3.11', 'poetry', '3.11'],
  ['*', 'poetry', 'none'],
  ['^3.12 || ^3.8', 'poetry', '3.8'],
  ['>=3.8,<3.9 | ^3.12', 'poetry', '3.8'],
  ['<3.12', 'poetry', 'none'],
  ['^3.12,<3.12', 'poetry', 'error: no version satisfies it'],
  ['^x', 'poetry', 'error: `x` is not a valid version'],
  ['', 'poetry', 'error: the constraint is empty'],
];

describe('readConstraint', () => {
  for (const [text, dialect, expected] of CASES) {
    it(`${dialect} ${JSON.stringify(text)} → ${expected}`, () => {
      const reading = readConstraint(text, dialect);
      const actual = !reading.ok ? `error: ${reading.reason}` : reading.lowest ? `${reading.lowest.major}.${reading.lowest.minor}` : 'none';
      assert.equal(actual, expected);
    });
  }
});
