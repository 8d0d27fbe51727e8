// The suppressions file: what is read as one, what is refused (with the reason), and the stable text written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/config/index.js';
import { formatSuppressions, parseSuppressions } from '../../src/suppression/index.js';
import { sameCounts } from '../../src/suppression/suppressions-file.js';

const FILE = '/project/pystandards-suppressions.json';

/** Text → the message of the ConfigError that refuses it. */
const REFUSED: readonly [string, string | RegExp][] = [
  // JSON.parse's own words differ between Node versions.
  ['', /^not a suppressions file: invalid JSON \(Unexpected end of JSON input\)$/],
  ['{"a.py": {"NAM006": {"count": 1}}', /^not a suppressions file: invalid JSON \(.*position 33.*\)$/],
  ['[]', 'not a suppressions file: expected a JSON object of file paths'],
  ['"a.py"', 'not a suppressions file: expected a JSON object of file paths'],
  ['{"src/a.js": {"no-unused-vars": {"count": 1}}}', 'not a suppressions file: `no-unused-vars` (under `src/a.js`) is not a rule code'],
  ['{"/abs/a.py": {"NAM006": {"count": 1}}}', 'not a suppressions file: `/abs/a.py` is not a relative path with / separators'],
  ['{"src\\\\a.py": {"NAM006": {"count": 1}}}', 'not a suppressions file: `src\\a.py` is not a relative path with / separators'],
  ['{"": {}}', 'not a suppressions file: `` is not a relative path with / separators'],
  ['{"a.py": 3}', 'not a suppressions file: the entry for `a.py` is not an object of rule codes'],
  ['{"a.py": {"NAM006": 3}}', 'not a suppressions file: `a.py` → `NAM006` must be { "count": N } with N a whole number above 0'],
  ['{"a.py": {"NAM006": {"count": 0}}}', 'not a suppressions file: `a.py` → `NAM006` must be { "count": N } with N a whole number above 0'],
  ['{"a.py": {"NAM006": {"count": 1.5}}}', 'not a suppressions file: `a.py` → `NAM006` must be { "count": N } with N a whole number above 0'],
  ['{"a.py": {"NAM006": {"count": "2"}}}', 'not a suppressions file: `a.py` → `NAM006` must be { "count": N } with N a whole number above 0'],
  ['{"a.py": {"NAM006": {"count": 2, "lines": [3]}}}', 'not a suppressions file: unknown key `lines` under `a.py` → `NAM006`'],
  ['{"a.py": {"nam006": {"count": 2}}}', 'not a suppressions file: `nam006` (under `a.py`) is not a rule code'],
];

describe('parseSuppressions', () => {
  for (const [text, message] of REFUSED) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      assert.throws(
        () => parseSuppressions(text, FILE),
        (error: unknown) => error instanceof ConfigError && error.file === FILE && (typeof message === 'string' ? error.message === message : message.test(error.message)),
      );
    });
  }
  it('reads counts per path and code; a path without codes is no entry; a future code is kept', () => {
    const counts = parseSuppressions('{"b.py": {}, "src/a.py": {"TYP001": {"count": 2}, "NAM099": {"count": 1}}}', FILE);
    assert.deepEqual(
      [...counts].map(([key, codes]) => [key, [...codes]]),
      [['src/a.py', [['TYP001', 2], ['NAM099', 1]]]],
    );
  });
});

describe('formatSuppressions', () => {
  it('sorts paths and codes ordinally, two-space indent, final newline: the same counts give the same bytes', () => {
    const counts = new Map([
      ['src/b.py', new Map([['TYP001', 1]])],
      ['pyproject.toml', new Map([['ENV001', 1]])],
      ['src/a.py', new Map([['TYP002', 3], ['NAM006', 2]])],
      ['empty.py', new Map()],
    ]);
    const text = formatSuppressions(counts);
    assert.equal(
      text,
      '{\n  "pyproject.toml": {\n    "ENV001": {\n      "count": 1\n    }\n  },\n  "src/a.py": {\n    "NAM006": {\n      "count": 2\n    },\n    "TYP002": {\n      "count": 3\n    }\n  },\n  "src/b.py": {\n    "TYP001": {\n      "count": 1\n    }\n  }\n}\n',
    );
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`, 'what JSON.stringify would print for the sorted object');
    assert.equal(formatSuppressions(parseSuppressions(text, FILE)), text);
    assert.equal(formatSuppressions(new Map()), '{}\n');
  });
});

describe('sameCounts', () => {
  const counts = (pairs: Record<string, Record<string, number>>) => new Map(Object.entries(pairs).map(([key, codes]) => [key, new Map(Object.entries(codes))]));
  /** Two sets of counts → whether they would write the same file. */
  const CASES: readonly [Record<string, Record<string, number>>, Record<string, Record<string, number>>, boolean][] = [
    [{ 'a.py': { NAM006: 2, TYP001: 1 } }, { 'a.py': { TYP001: 1, NAM006: 2 } }, true],
    [{ 'a.py': { NAM006: 2 }, 'empty.py': {} }, { 'a.py': { NAM006: 2 } }, true],
    [{ 'a.py': { NAM006: 2 } }, { 'a.py': { NAM006: 3 } }, false],
    [{ 'a.py': { NAM006: 2 } }, { 'a.py': { NAM006: 2, TYP001: 1 } }, false],
    [{ 'a.py': { NAM006: 2 } }, { 'b.py': { NAM006: 2 } }, false],
    [{}, {}, true],
  ];
  for (const [a, b, same] of CASES) {
    it(`${JSON.stringify(a)} and ${JSON.stringify(b)}: ${same ? 'same' : 'different'}`, () => {
      assert.equal(sameCounts(counts(a), counts(b)), same);
      assert.equal(sameCounts(counts(b), counts(a)), same);
      assert.equal(formatSuppressions(counts(a)) === formatSuppressions(counts(b)), same, 'the same answer as comparing the files written');
    });
  }
});
