// TYP001/TYP002/TYP004/TYP005 against Ruff's ANN, UP045/UP007 and UP006/UP035 on the standard library.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintSource } from '../../src/linter/index.js';
import { RULES_BY_CODE } from '../../src/rules/index.js';
import { parseSource } from '../../src/syntax/index.js';
import { settingsWith } from '../harness/settings.js';
import { agreement, agreementRow, pythonFiles, readUtf8, ruffOracle, stdlibPath, type Agreement } from './ruff-oracle.js';

/** Which Ruff findings each of our codes is compared with. */
const PAIRS: readonly { readonly ours: string; readonly ruff: readonly string[]; readonly keep?: (message: string) => boolean }[] = [
  { ours: 'TYP001', ruff: ['ANN001', 'ANN002', 'ANN003'] },
  { ours: 'TYP002', ruff: ['ANN201', 'ANN202', 'ANN204', 'ANN205', 'ANN206'] },
  { ours: 'TYP004', ruff: ['UP045', 'UP007'] },
  // UP035 also moves `Sequence`, `Callable`, … to collections.abc and `OrderedDict`, … to collections
  // ("Import from `collections` instead"); TYP005 covers the PEP 585 aliases only (builtins, deque, defaultdict).
  { ours: 'TYP005', ruff: ['UP006', 'UP035'], keep: (message) => /`typing\.(List|Dict|Set|FrozenSet|Tuple|Type|Deque|DefaultDict)` is deprecated|instead of `/.test(message) },
];

const OUR_CODES = PAIRS.map((pair) => pair.ours);
const RUFF_CODES = PAIRS.flatMap((pair) => pair.ruff);

// Disagreements (CPython 3.11 standard library, Ruff 0.17 wasm): only in test/test_compile.py,
// which holds valid code that tree-sitter-python cannot parse (a parenthesized attribute access
// continued at a lower indentation, `(bar.\n        baz)`, see docs/architecture.md). The
// recovery wraps the class in an ERROR node, so its methods are not seen as methods: TYP001
// reports their `self` (57 lines only ours), and the two definitions inside the damaged range
// are not reported at all (2 lines only Ruff's, TYP002). Every other line agrees.
describe('differential: type hints vs Ruff on the standard library', () => {
  it('agrees on (file, line) with precision and recall ≥ 0.97', () => {
    const root = stdlibPath();
    const check = ruffOracle(RUFF_CODES, { 'flake8-annotations': { 'mypy-init-return': true } });
    const settings = settingsWith({ 'target-version': 'py312' });
    const rules = OUR_CODES.map((code) => RULES_BY_CODE.get(code)).filter((rule) => rule !== undefined);
    const ruffKeys = new Map(OUR_CODES.map((code) => [code, new Set<string>()]));
    const ourKeys = new Map(OUR_CODES.map((code) => [code, new Set<string>()]));
    const skipped: string[] = [];
    for (const file of pythonFiles(root)) {
      const text = readUtf8(file);
      if (text === undefined) continue;
      const relative = path.relative(root, file);
      const source = parseSource(file, text);
      const ruffFindings = check(text);
      // Ruff reports nothing but the syntax error for a file it cannot parse (Python 2 test data,
      // bad-syntax tests); we keep reporting outside the damaged region. Those files say nothing
      // about the rules, so both sides skip them.
      if (ruffFindings.some((f) => f.code === 'invalid-syntax')) {
        skipped.push(relative);
        continue;
      }
      for (const d of lintSource(source, settings, rules).diagnostics) {
        ourKeys.get(d.code)?.add(`${relative}:${source.lines.location(d.start).row}`);
      }
      for (const finding of ruffFindings) {
        const pair = PAIRS.find((p) => p.ruff.includes(finding.code));
        if (!pair || (pair.keep && !pair.keep(finding.message))) continue;
        ruffKeys.get(pair.ours)?.add(`${relative}:${finding.row}`);
      }
    }
    const results: Agreement[] = PAIRS.map((pair) =>
      agreement(pair.ruff.join('+'), pair.ours, ruffKeys.get(pair.ours) ?? new Set(), ourKeys.get(pair.ours) ?? new Set()),
    );
    console.log(`${skipped.length} files skipped (syntax errors): ${skipped.join(', ')}`);
    console.log(['| Ruff | ours | Ruff lines | our lines | both | precision | recall |', '|---|---|---|---|---|---|---|', ...results.map(agreementRow)].join('\n'));
    const dump = process.env.PYSTANDARDS_DIFF_OUT;
    if (dump) writeFileSync(dump, JSON.stringify(results.map((r) => ({ ours: r.ours, onlyRuff: r.onlyRuff, onlyOurs: r.onlyOurs })), null, 1));
    for (const result of results) {
      assert.ok(result.precision >= 0.97, `${result.ours} precision ${result.precision}`);
      assert.ok(result.recall >= 0.97, `${result.ours} recall ${result.recall}`);
    }
  });
});
