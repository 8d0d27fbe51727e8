// ENV001 on a file: the Python a script declares in its PEP 723 `# /// script` block.
import rule from '../../../src/rules/environment/unsupported-python-version.js';
import { testRule } from '../../harness/rule-tester.js';

const WHERE = '`requires-python` in the `# /// script` block';

testRule(rule, {
  valid: [
    { name: 'requires-python >=3.12', code: '#!/usr/bin/env -S uv run -s\n# /// script\n# requires-python = ">=3.12"\n# dependencies = ["typer"]\n# ///\nimport typer\n' },
    { name: 'a block without requires-python declares nothing', code: '# /// script\n# dependencies = [\n#     "httpx",\n# ]\n# ///\nimport httpx\n' },
    { name: 'a string that looks like a block', code: 'USAGE = """\n# /// script\n# requires-python = ">=3.8"\n# ///\n"""\n' },
    { name: 'an unclosed block is no block', code: '# /// script\n# requires-python = ">=3.8"\nimport os\n' },
    { name: 'an indented opening line is no block', code: 'if True:\n    # /// script\n    # requires-python = ">=3.8"\n    # ///\n    pass\n' },
    { name: 'a blank line ends the run of comments before the closing line', code: '# /// script\n# requires-python = ">=3.8"\n\n# ///\n' },
    { name: 'a line of `#text` ends the run before the closing line', code: '# /// script\n#requires-python = ">=3.8"\n# ///\n' },
    { name: 'a block of another type', code: '# /// pyproject\n# requires-python = ">=3.8"\n# ///\n' },
    { name: 'an opening line with trailing spaces is not `# /// script`', code: '# /// script  \n# requires-python = ">=3.8"\n# ///\n' },
    { name: 'a comment after code on the line is not at the start of its line', code: 'x = 1  # /// script\n# requires-python = ">=3.8"\n# ///\n' },
    {
      name: 'minimum-python-version = "3.10" admits >=3.10',
      code: '# /// script\n# requires-python = ">=3.10"\n# ///\n',
      options: { environment: { 'minimum-python-version': '3.10' } },
    },
  ],
  invalid: [
    {
      name: 'requires-python below the minimum, after a shebang',
      code: '#!/usr/bin/env -S uv run -s\n# /// script\n# requires-python = ">=3.10"\n# dependencies = ["typer"]\n# ///\nimport typer\n',
      errors: [
        { messageId: 'tooLow', line: 3, column: 3, endLine: 3, endColumn: 29, data: { declared: '>=3.10', where: WHERE, found: '3.10', minimum: '3.12' } },
      ],
    },
    {
      name: 'CRLF line endings',
      code: '# /// script\r\n# requires-python = "~=3.11"\r\n# ///\r\nimport sys\r\n',
      errors: [
        { messageId: 'tooLow', line: 2, column: 3, endLine: 2, endColumn: 29, data: { declared: '~=3.11', where: WHERE, found: '3.11', minimum: '3.12' } },
      ],
    },
    {
      name: 'a key after an empty `#` line, the block below the docstring',
      code: '"""Tool."""\n# /// script\n# dependencies = []\n#\n# requires-python = ">=3.9"\n# ///\n',
      errors: [{ messageId: 'tooLow', line: 5, column: 3, endLine: 5, endColumn: 28, data: { declared: '>=3.9', where: WHERE, found: '3.9', minimum: '3.12' } }],
    },
    {
      name: 'a block at the start of lines inside a function body still counts',
      code: 'def main():\n    pass\n# /// script\n# requires-python = ">=3.8"\n# ///\n    return None\n',
      errors: [{ messageId: 'tooLow', line: 4, column: 3, data: { declared: '>=3.8', where: WHERE, found: '3.8', minimum: '3.12' } }],
    },
    {
      name: 'no lower bound',
      code: '# /// script\n# requires-python = "<4"\n# ///\n',
      errors: [{ messageId: 'noLowerBound', line: 2, column: 3, endColumn: 25, data: { declared: '<4', where: WHERE, minimum: '3.12' } }],
    },
    {
      name: 'requires-python that is not a string',
      code: '# /// script\n# requires-python = 3.12\n# ///\n',
      errors: [{ messageId: 'invalidRequirement', line: 2, column: 3, endColumn: 25, data: { declared: '3.12', where: WHERE, reason: 'expected a string' } }],
    },
    {
      name: 'a version without an operator is not a PEP 440 specifier',
      code: '# /// script\n# requires-python = "3.12"\n# ///\n',
      errors: [{ messageId: 'invalidRequirement', line: 2, column: 3, endColumn: 27 }],
    },
    {
      name: 'TOML that does not parse is reported on its line',
      code: '# /// script\n# requires-python = ">=3.12\n# ///\n',
      errors: [{ messageId: 'unreadableScriptBlock', line: 2, column: 1, endLine: 2, endColumn: 28 }],
    },
    {
      name: 'the block runs to the last `# ///` of the comments, as PEP 723 reads it',
      code: '# /// script\n# requires-python = ">=3.12"\n# ///\n# notes\n# ///\n',
      errors: [{ messageId: 'unreadableScriptBlock', line: 3, column: 1, endLine: 3, endColumn: 6 }],
    },
    {
      name: 'a second script block',
      code: '# /// script\n# requires-python = ">=3.12"\n# ///\n\n# /// script\n# dependencies = []\n# ///\n',
      errors: [
        {
          messageId: 'unreadableScriptBlock',
          line: 5,
          column: 1,
          endLine: 7,
          endColumn: 6,
          data: { reason: 'a second `# /// script` block (PEP 723 allows one per file)' },
        },
      ],
    },
    {
      name: 'minimum-python-version = "3.13"',
      code: '# /// script\n# requires-python = ">=3.12"\n# ///\n',
      options: { environment: { 'minimum-python-version': '3.13' } },
      errors: [{ messageId: 'tooLow', line: 2, column: 3, data: { declared: '>=3.12', where: WHERE, found: '3.12', minimum: '3.13' } }],
    },
  ],
});
