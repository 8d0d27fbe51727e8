// SYN001: the file cannot be decoded or parsed. Reported by the engine itself, always.
import { SYNTAX_ERROR_CODE, SYNTAX_ERROR_RULE, defineRule } from '../../linter/index.js';

export default defineRule({
  code: SYNTAX_ERROR_CODE,
  name: SYNTAX_ERROR_RULE,
  section: 'syntax',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['E999'],
  messages: {
    syntaxError: 'Syntax error: {{detail}}',
  },
  docs: {
    summary: 'Disallow files that cannot be decoded or parsed as Python.',
    what:
      'Reports the first syntax error of a file (a token the grammar cannot place, or a missing one), a file that ' +
      'is not valid in its declared encoding (UTF-8 unless a PEP 263 `# coding:` cookie says otherwise), a file ' +
      'holding null bytes, Python 2 `print`/`exec` statements, string prefixes Python 3 rejects (`ur\'\'`, ' +
      '`bu\'\'`), t-strings implicitly concatenated with other strings, `except A, B as e:`, and newer ' +
      'syntax than the target version: type parameter defaults (3.13), t-strings and `except A, B:` ' +
      'without parentheses (3.14), and CPython\'s own limits of 100 levels of indentation and 200 nested ' +
      'brackets (reported where CPython reports them, and before any other error, as CPython does). ' +
      'No other rule reports inside the broken part; ' +
      'the rest of the file, and every other file, is still checked.',
    why: 'Code that does not parse cannot run, and every other check on it is guesswork.',
    bad: 'def get_customer(customer_id: int) -> None\n    pass\n',
    good: 'def get_customer(customer_id: int) -> None:\n    pass\n',
    comparison:
      "Like Ruff's syntax errors (formerly E999), it is always reported: `select` and `ignore` do not turn it off " +
      'and `# noqa` does not hide it. Ruff reports every syntax error of a file, this rule the first; for ' +
      'the version errors the messages and spans are Ruff\'s. Ruff 0.17 does not report `*Ts = …` and ' +
      '`**P = …` defaults before 3.13, which Python 3.12 rejects; this rule does.',
  },
});
