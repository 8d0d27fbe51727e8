// Which row's `# noqa` covers a finding, case by case, and the same answer from Ruff: a blanket
// `# noqa` on that row silences both tools.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintSource, noqaRow } from '../../src/linter/index.js';
import invalidArgumentName from '../../src/rules/naming/invalid-argument-name.js';
import invalidModuleName from '../../src/rules/naming/invalid-module-name.js';
import nonUpperCaseConstant from '../../src/rules/naming/non-upper-case-constant.js';
import { parseSource } from '../../src/syntax/index.js';
import { ruffOracle } from '../differential/ruff-oracle.js';
import { settingsWith } from '../harness/settings.js';

const RULES = [nonUpperCaseConstant, invalidArgumentName];

/** Source → the noqa row of its one finding (the rows of `mixedCase` / `badArg`, N816 / N803 in Ruff). */
const CASES: readonly [string, number][] = [
  ['mixedCase = 1\n', 1],
  ['mixedCase = """a\nb\n"""\n', 3],
  ['mixedCase = """a\r\nb"""\r\n', 2],
  ['mixedCase = """one line"""\n', 1],
  ['mixedCase = 1 + \\\n    2\n', 2],
  ['mixedCase = 1 + \\\n    2 + \\\n    3\n', 3],
  ['mixedCase = (1 +\n    2)\n', 1],
  ["mixedCase = f'{\n1}'\n", 2],
  ['mixedCase = f"""{x}\n{"""inner\n"""}"""\n', 3],
  ['X = """a\nb"""; mixedCase = 1\n', 2],
  ['X = """a\nb"""; mixedCase = """c\nd"""\n', 3],
  ['mixedCase = """a\nb""" + \\\n    "c"\n', 3],
  ['mixedCase = "a" \\\n    """b\nc"""\n', 3],
  ['X = 1 + \\\n    2\nmixedCase = 1\n', 3],
  ['mixedCase = 1  # a comment \\\nX = 2\n', 1],
  ['mixedCase = 1 + \\\r\n    2\r\n', 2],
  ['def f(\n    badArg: int,\n) -> None: ...\n', 2],
  ['def f(badArg: int = """a\nb""") -> None: ...\n', 2],
  ['#!/usr/bin/env python\nmixedCase = 1\n', 2],
];

function ourRows(source: string, filename = 'm.py'): number[] {
  const file = parseSource(filename, source);
  return lintSource(file, settingsWith(), [...RULES, invalidModuleName]).diagnostics.map((d) => noqaRow(d, file.lines));
}

/** `source` with `  # noqa` at the end of 1-based `row`, before its line break. */
function withBlanketNoqa(source: string, row: number): string {
  const lines = source.split(/(?<=\n)/);
  const line = lines[row - 1] as string;
  const body = line.replace(/\r?\n$/, '');
  lines[row - 1] = `${body}  # noqa${line.slice(body.length)}`;
  return lines.join('');
}

describe('noqa rows', () => {
  const ruff = ruffOracle(['N816', 'N803']);
  for (const [source, row] of CASES) {
    it(JSON.stringify(source), () => {
      assert.deepEqual(ourRows(source), [row]);
      assert.equal(ruff(source).length, 1, 'Ruff reports the finding too');
      const silenced = withBlanketNoqa(source, row);
      assert.deepEqual(ourRows(silenced), []);
      assert.deepEqual(ruff(silenced), []);
    });
  }
  it('a single-quoted string continued with a backslash maps to its last line, where Ruff has no row a comment fits on', () => {
    const source = 'mixedCase = "a\\\nb"\n';
    assert.deepEqual(ourRows(source), [2]);
    assert.deepEqual(ourRows(withBlanketNoqa(source, 2)), []);
    // Ruff reads this finding's noqa on row 1, inside the string: no comment can silence it there.
    assert.equal(ruff(withBlanketNoqa(source, 2)).length, 1);
  });
  it('a finding on a shebang line is covered on the next line (NAM001 at the start of the file)', () => {
    assert.deepEqual(ourRows('#!/usr/bin/env python\nX = 1\n', 'Bad-Name.py'), [2]);
    assert.deepEqual(ourRows('#!/usr/bin/env python\nX = 1  # noqa: NAM001\n', 'Bad-Name.py'), []);
    assert.deepEqual(ourRows('# not a shebang\nX = 1\n', 'Bad-Name.py'), [1]);
  });
});
