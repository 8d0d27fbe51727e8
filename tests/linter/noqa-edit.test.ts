// Writing `# noqa` comments: for the findings of the default rules, the edited text, which must
// parse, keep its line endings and leave none of those findings behind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintSource, noqaRow, type Rule } from '../../src/linter/index.js';
import { applyNoqaEdits, noqaEdit, planNoqaEdits } from '../../src/linter/noqa-edit.js';
import { RULES } from '../../src/rules/index.js';
import { parseSource, syntaxDamage } from '../../src/syntax/index.js';
import { settingsWith } from '../harness/settings.js';

const DEFAULT_RULES: readonly Rule[] = RULES.filter((rule) => rule.defaultEnabled && rule.create);

function findingsOf(text: string, filename = 'm.py'): { code: string; noqaRow: number }[] {
  const source = parseSource(filename, text);
  return lintSource(source, settingsWith(), DEFAULT_RULES).diagnostics.map((d) => ({ code: d.code, noqaRow: noqaRow(d, source.lines) }));
}

/** Text → the text with every finding's noqa written, and the findings (code@noqa row) it covers. */
const CASES: readonly { readonly input: string; readonly findings: string; readonly output: string }[] = [
  { input: 'mixedCase = 1\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: NAM006\n' },
  { input: 'mixedCase = 1', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: NAM006' },
  { input: 'mixedCase = 1   \t\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: NAM006\n' },
  { input: 'mixedCase = 1\r\nY = 2\r\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: NAM006\r\nY = 2\r\n' },
  { input: 'mixedCase = 1\rY = 2\r', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: NAM006\rY = 2\r' },
  { input: 'mixedCase = 1  # the count\n', findings: 'NAM006@1', output: 'mixedCase = 1  # the count  # noqa: NAM006\n' },
  { input: 'mixedCase = 1  # the count  \r\n', findings: 'NAM006@1', output: 'mixedCase = 1  # the count  # noqa: NAM006\r\n' },
  { input: 'mixedCase = 1  # noqa: E501\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: E501, NAM006\n' },
  { input: 'mixedCase = 1  #noqa:E501,W291\r\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: E501, W291, NAM006\r\n' },
  { input: 'mixedCase = 1  # noqa: E501 the URL is long\n', findings: 'NAM006@1', output: 'mixedCase = 1  # noqa: E501, NAM006 the URL is long\n' },
  { input: 'mixedCase = 1  # type: ignore # noqa: E501\n', findings: 'NAM006@1', output: 'mixedCase = 1  # type: ignore # noqa: E501, NAM006\n' },
  { input: "mixedCase = '😀'\n", findings: 'NAM006@1', output: "mixedCase = '😀'  # noqa: NAM006\n" },
  {
    input: 'def badName(Arg): pass\n',
    findings: 'NAM003@1 TYP002@1 NAM004@1 TYP001@1',
    output: 'def badName(Arg): pass  # noqa: NAM003, NAM004, TYP001, TYP002\n',
  },
  {
    input: 'def badName(Arg): pass  # noqa: TYP002\n',
    findings: 'NAM003@1 NAM004@1 TYP001@1',
    output: 'def badName(Arg): pass  # noqa: TYP002, NAM003, NAM004, TYP001\n',
  },
  { input: 'mixedCase = """a\nb\n"""\n', findings: 'NAM006@3', output: 'mixedCase = """a\nb\n"""  # noqa: NAM006\n' },
  { input: 'mixedCase = 1 + \\\n    2\n', findings: 'NAM006@2', output: 'mixedCase = 1 + \\\n    2  # noqa: NAM006\n' },
  { input: 'mixedCase = (1 +\n    2)\n', findings: 'NAM006@1', output: 'mixedCase = (1 +  # noqa: NAM006\n    2)\n' },
  { input: "mixedCase = f'{\n1}'\n", findings: 'NAM006@2', output: "mixedCase = f'{\n1}'  # noqa: NAM006\n" },
  {
    input: 'try:\n    pass\nexcept:\n    pass\n',
    findings: 'ERR001@3 ERR006@3',
    output: 'try:\n    pass\nexcept:  # noqa: ERR001, ERR006\n    pass\n',
  },
  {
    input: 'if True:\n\tmixedCase = 1\n\tother_name = """x\n\ty"""\n',
    findings: 'NAM006@2 NAM006@4',
    output: 'if True:\n\tmixedCase = 1  # noqa: NAM006\n\tother_name = """x\n\ty"""  # noqa: NAM006\n',
  },
];

describe('planNoqaEdits on the findings of the default rules', () => {
  for (const { input, findings, output } of CASES) {
    it(JSON.stringify(input), () => {
      const found = findingsOf(input);
      assert.equal(found.map((f) => `${f.code}@${f.noqaRow}`).join(' '), findings);
      const plan = planNoqaEdits(parseSource('m.py', input), found);
      assert.deepEqual(plan.skipped, []);
      const edited = applyNoqaEdits(input, plan.edits);
      assert.equal(edited, output);
      assert.equal(syntaxDamage(parseSource('m.py', edited).tree).first, undefined, 'the edited text parses');
      assert.deepEqual(findingsOf(edited), [], 'every finding is covered where the checker reads it');
      assert.deepEqual(planNoqaEdits(parseSource('m.py', edited), found).edits, [], 'a second pass changes nothing');
    });
  }
  it('a finding on a shebang line is written on the next line', () => {
    const input = '#!/usr/bin/env python\nX = 1\n';
    const found = findingsOf(input, 'Bad-Name.py');
    assert.deepEqual(found, [{ code: 'NAM001', noqaRow: 2 }]);
    const edited = applyNoqaEdits(input, planNoqaEdits(parseSource('Bad-Name.py', input), found).edits);
    assert.equal(edited, '#!/usr/bin/env python\nX = 1  # noqa: NAM001\n');
    assert.deepEqual(findingsOf(edited, 'Bad-Name.py'), []);
  });
});

describe('planNoqaEdits on given rows', () => {
  it('a blanket # noqa already covers every code: no edit', () => {
    assert.deepEqual(planNoqaEdits(parseSource('m.py', 'x = 1  # noqa\n'), [{ code: 'NAM006', noqaRow: 1 }]).edits, []);
    assert.deepEqual(planNoqaEdits(parseSource('m.py', 'x = 1  # NOQA: because\n'), [{ code: 'NAM006', noqaRow: 1 }]).edits, []);
  });
  it('codes already listed, in any case, are not repeated', () => {
    assert.deepEqual(planNoqaEdits(parseSource('m.py', 'x = 1  # noqa: nam006\n'), [{ code: 'NAM006', noqaRow: 1 }]).edits, []);
  });
  it('one edit per row, sorted, codes of a row sorted and unique', () => {
    const plan = planNoqaEdits(parseSource('m.py', 'a = 1\nb = 2\n'), [
      { code: 'TYP001', noqaRow: 2 },
      { code: 'NAM006', noqaRow: 1 },
      { code: 'ERR001', noqaRow: 2 },
      { code: 'TYP001', noqaRow: 2 },
    ]);
    assert.deepEqual(plan.edits, [
      { start: 5, end: 5, content: '  # noqa: NAM006' },
      { start: 11, end: 11, content: '  # noqa: ERR001, TYP001' },
    ]);
  });
  it('a row that holds only a comment, or nothing, gets the directive without leading spaces when blank', () => {
    assert.deepEqual(planNoqaEdits(parseSource('m.py', 'x = 1\n\n'), [{ code: 'NAM006', noqaRow: 2 }]).edits, [{ start: 6, end: 6, content: '# noqa: NAM006' }]);
    assert.deepEqual(planNoqaEdits(parseSource('m.py', 'x = 1\n    \n'), [{ code: 'NAM006', noqaRow: 2 }]).edits, [{ start: 6, end: 10, content: '# noqa: NAM006' }]);
  });
  it('a row whose comment is a file-level directive is skipped with the reason: a line directive after it would not be read', () => {
    const plan = planNoqaEdits(parseSource('m.py', '# pystandards: noqa: ERR001\nx = 1\n'), [{ code: 'NAM006', noqaRow: 1 }]);
    assert.deepEqual(plan, { edits: [], skipped: [{ row: 1, codes: ['NAM006'], reason: 'file-directive' }] });
  });
  it('a row outside the text is skipped with the reason', () => {
    const plan = planNoqaEdits(parseSource('m.py', 'x = 1\n'), [{ code: 'NAM006', noqaRow: 9 }]);
    assert.deepEqual(plan, { edits: [], skipped: [{ row: 9, codes: ['NAM006'], reason: 'no-such-row' }] });
  });
  it('noqaEdit gives the one edit for one row (the editor\'s "Disable CODE for this line")', () => {
    const source = parseSource('m.py', 'x = 1  # noqa: E501\r\n');
    assert.deepEqual(noqaEdit(source, 1, ['NAM006']), { start: 7, end: 19, content: '# noqa: E501, NAM006' });
    assert.equal(noqaEdit(source, 1, ['E501']), undefined);
  });
});
