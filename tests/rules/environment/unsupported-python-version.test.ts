// ENV001 table: every specifier form of every source, missing declarations, unreadable manifests.
import rule from '../../../src/rules/environment/unsupported-python-version.js';
import { testProjectRule } from '../../harness/project-tester.js';

const REQUIRES = '`[project].requires-python`';
const POETRY = '`[tool.poetry.dependencies].python`';
const TOOLS = '[tool.ruff]\ntarget-version = "py312"\n';
const SCRIPT_312 = '#!/usr/bin/env -S uv run -s\n# /// script\n# requires-python = ">=3.12"\n# dependencies = ["typer"]\n# ///\nimport typer\n';

testProjectRule(rule, {
  valid: [
    { name: '>=3.12', files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = ">=3.12"\n' } },
    { name: '==3.12.*', files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = "==3.12.*"\n' } },
    { name: '~=3.12', files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = "~=3.12"\n' } },
    { name: '>=3.12,<4 with spaces', files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = ">= 3.12, < 4"\n' } },
    { name: '>=3.12.0rc1 (a pre-release of 3.12)', files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12.0rc1"\n' } },
    {
      name: 'exclusions that lift the floor: >=3.10,!=3.10.*,!=3.11.*',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.10,!=3.10.*,!=3.11.*"\n' },
    },
    { name: 'poetry ^3.12', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12"\n' } },
    { name: 'poetry ~3.12', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "~3.12"\n' } },
    { name: 'poetry >=3.12,<4.0', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = ">=3.12,<4.0"\n' } },
    { name: 'poetry space-separated >=3.12 <4', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = ">=3.12 <4"\n' } },
    { name: 'poetry 3.12.*', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "3.12.*"\n' } },
    { name: 'poetry bare 3.12 (exact)', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "3.12"\n' } },
    { name: 'poetry ^3.12 || ^4.0', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12 || ^4.0"\n' } },
    { name: 'poetry table form', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = { version = "^3.13" }\n' } },
    {
      name: 'both [project] and poetry at 3.12',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12"\n\n[tool.poetry.dependencies]\npython = "^3.12"\n' },
    },
    { name: 'setup.cfg python_requires', files: { 'setup.cfg': '[metadata]\nname = app\n\n[options]\npython_requires = >=3.12\n' } },
    { name: 'setup.cfg python-requires (dashed)', files: { 'setup.cfg': '[options]\npython-requires = >=3.12\n' } },
    { name: 'setup.py python_requires', files: { 'setup.py': 'from setuptools import setup\n\nsetup(name="app", python_requires=">=3.12")\n' } },
    { name: 'setuptools.setup(...)', files: { 'setup.py': 'import setuptools\n\nsetuptools.setup(python_requires="~=3.12")\n' } },
    { name: '.python-version 3.12.4', files: { 'requirements.txt': 'fastapi\n', '.python-version': '3.12.4\n' } },
    { name: '.python-version 3.13 and pypy3.12', files: { 'requirements.txt': 'fastapi\n', '.python-version': '3.13\npypy3.12\n' } },
    { name: '.python-version cpython@3.12 (uv)', files: { 'requirements.txt': 'fastapi\n', '.python-version': 'cpython@3.12\n' } },
    {
      name: '.python-version naming a pyenv virtualenv says nothing',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12"\n', '.python-version': 'customer-service-env\n' },
    },
    { name: 'a pyproject.toml of [tool.*] tables only configures tools: no version needed', files: { 'pyproject.toml': '[tool.black]\nline-length = 88\n' } },
    {
      name: 'tool tables and a lock file beside a script that declares its Python in # /// script (polar dev/cli)',
      files: { 'pyproject.toml': TOOLS, 'uv.lock': 'version = 1\n', 'cli.py': SCRIPT_312, 'commands/db.py': 'import typer\n' },
    },
    {
      name: 'the script may lie in a folder below the pyproject.toml',
      files: { 'pyproject.toml': TOOLS, 'uv.lock': 'version = 1\n', 'tools/run.py': SCRIPT_312 },
    },
    {
      name: "a script's own requirement below the minimum is a finding on the script, not on the project",
      files: { 'pyproject.toml': TOOLS, 'uv.lock': 'version = 1\n', 'cli.py': '# /// script\n# requires-python = ">=3.9"\n# ///\n' },
    },
    { name: 'minimum-python-version = "3.10" admits >=3.10', files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.10"\n' }, options: { environment: { 'minimum-python-version': '3.10' } } },
  ],
  invalid: [
    {
      name: '>=3.10,<4',
      files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = ">=3.10,<4"\n' },
      errors: [
        {
          file: 'pyproject.toml',
          messageId: 'tooLow',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 30,
          data: { declared: '>=3.10,<4', where: REQUIRES, found: '3.10', minimum: '3.12' },
        },
      ],
    },
    {
      name: '~=3.11',
      files: { 'pyproject.toml': '[project]\nrequires-python = "~=3.11"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '~=3.11', where: REQUIRES, found: '3.11', minimum: '3.12' } }],
    },
    {
      name: '>3.11 admits 3.11.1',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">3.11"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '>3.11', where: REQUIRES, found: '3.11', minimum: '3.12' } }],
    },
    {
      name: '==3.11.*',
      files: { 'pyproject.toml': '[project]\nrequires-python = "==3.11.*"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '==3.11.*', where: REQUIRES, found: '3.11', minimum: '3.12' } }],
    },
    {
      name: 'an exclusion does not lift the floor: >=3.10,!=3.11.*',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.10,!=3.11.*"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '>=3.10,!=3.11.*', where: REQUIRES, found: '3.10', minimum: '3.12' } }],
    },
    {
      name: 'no lower bound: <4',
      files: { 'pyproject.toml': '[project]\nrequires-python = "<4"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'noLowerBound', line: 2, column: 1, data: { declared: '<4', where: REQUIRES, minimum: '3.12' } }],
    },
    {
      name: 'a version without an operator is not a PEP 440 specifier',
      files: { 'pyproject.toml': '[project]\nrequires-python = "3.12"\n' },
      errors: [
        {
          file: 'pyproject.toml',
          messageId: 'invalidRequirement',
          line: 2,
          column: 1,
          data: { declared: '3.12', where: REQUIRES, reason: '`3.12` has no comparison operator (write `>=3.12`)' },
        },
      ],
    },
    {
      name: 'an unparsable specifier',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12+"\n' },
      errors: [
        { file: 'pyproject.toml', messageId: 'invalidRequirement', line: 2, column: 1, data: { declared: '>=3.12+', where: REQUIRES, reason: '`3.12+` is not a valid version' } },
      ],
    },
    {
      name: 'requires-python that is not a string',
      files: { 'pyproject.toml': '[project]\nrequires-python = 3.12\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'invalidRequirement', line: 2, column: 1, data: { declared: '3.12', where: REQUIRES, reason: 'expected a string' } }],
    },
    {
      name: 'poetry ~3.11',
      files: { 'pyproject.toml': '[tool.poetry]\nname = "app"\n\n[tool.poetry.dependencies]\npython = "~3.11"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 5, column: 1, endColumn: 17, data: { declared: '~3.11', where: POETRY, found: '3.11', minimum: '3.12' } }],
    },
    {
      name: 'poetry ^3.11',
      files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '^3.11', where: POETRY, found: '3.11', minimum: '3.12' } }],
    },
    {
      name: 'poetry: one alternative of || is enough',
      files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12 || >=3.8,<3.9"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '^3.12 || >=3.8,<3.9', where: POETRY, found: '3.8', minimum: '3.12' } }],
    },
    {
      name: 'poetry *',
      files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "*"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'noLowerBound', line: 2, column: 1, data: { declared: '*', where: POETRY, minimum: '3.12' } }],
    },
    {
      name: 'each declaration is checked: [project] passes, poetry does not',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 5, column: 1, data: { declared: '^3.9', where: POETRY, found: '3.9', minimum: '3.12' } }],
    },
    {
      name: 'setup.cfg python_requires = >=3.8',
      files: { 'setup.cfg': '[metadata]\nname = app\n\n[options]\npackages = find:\npython_requires = >=3.8\n' },
      errors: [
        {
          file: 'setup.cfg',
          messageId: 'tooLow',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 24,
          data: { declared: '>=3.8', where: '`python_requires` in `setup.cfg`', found: '3.8', minimum: '3.12' },
        },
      ],
    },
    {
      name: 'setup.cfg that configparser cannot read',
      files: { 'setup.cfg': 'python_requires = >=3.12\n' },
      errors: [
        {
          file: 'setup.cfg',
          messageId: 'unreadableManifest',
          line: 1,
          column: 1,
          data: { file: 'setup.cfg', reason: 'line 1: a key before any `[section]` header' },
        },
      ],
    },
    {
      name: 'setup.py python_requires=">=3.8"',
      files: { 'setup.py': 'from setuptools import setup\n\nsetup(\n    name="app",\n    python_requires=">=3.8",\n)\n' },
      errors: [
        {
          file: 'setup.py',
          messageId: 'tooLow',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 28,
          data: { declared: '>=3.8', where: '`python_requires` in `setup.py`', found: '3.8', minimum: '3.12' },
        },
      ],
    },
    {
      name: 'setup.py python_requires from a variable cannot be checked',
      files: { 'setup.py': 'from setuptools import setup\n\nPYTHON = ">=3.12"\nsetup(python_requires=PYTHON)\n' },
      errors: [
        {
          file: 'setup.py',
          messageId: 'invalidRequirement',
          line: 4,
          column: 7,
          data: { declared: 'PYTHON', where: '`python_requires` in `setup.py`', reason: 'it is not a string literal, so it cannot be checked' },
        },
      ],
    },
    {
      name: '.python-version 3.11.7',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12"\n', '.python-version': '3.11.7\n' },
      errors: [{ file: '.python-version', messageId: 'pinnedTooLow', line: 1, column: 1, endColumn: 7, data: { declared: '3.11.7', found: '3.11', minimum: '3.12' } }],
    },
    {
      name: '.python-version: every pinned version counts',
      files: { 'requirements.txt': 'fastapi\n', '.python-version': '# versions for tox\n3.12\npypy3.10\n' },
      errors: [{ file: '.python-version', messageId: 'pinnedTooLow', line: 3, column: 1, data: { declared: 'pypy3.10', found: '3.10', minimum: '3.12' } }],
    },
    {
      name: 'missing everywhere: reported at [project]',
      files: { 'pyproject.toml': '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "app"\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 4, column: 1, endLine: 4, endColumn: 10, data: { minimum: '3.12' } }],
    },
    {
      name: 'missing in a pyproject.toml without [project], beside requirements.txt: start of file',
      files: { 'pyproject.toml': '[tool.black]\nline-length = 88\n', 'requirements.txt': 'fastapi\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'tool tables and a lock file: a # /// script block without requires-python declares nothing',
      files: { 'pyproject.toml': TOOLS, 'uv.lock': 'version = 1\n', 'cli.py': '# /// script\n# dependencies = ["typer"]\n# ///\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'requires-python in a string that looks like a # /// script block is no declaration',
      files: { 'pyproject.toml': TOOLS, 'uv.lock': 'version = 1\n', 'cli.py': 'HELP = """\n# /// script\n# requires-python = ">=3.12"\n# ///\n"""\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'a package ([project] without requires-python) needs its own declaration, whatever its scripts say',
      files: { 'pyproject.toml': '[project]\nname = "app"\n', 'cli.py': SCRIPT_312 },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, endColumn: 10, data: { minimum: '3.12' } }],
    },
    {
      name: 'tool tables beside requirements.txt: the requirements describe an application, which needs a declaration',
      files: { 'pyproject.toml': TOOLS, 'requirements.txt': 'typer\n', 'cli.py': SCRIPT_312 },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: "a script of a nested project or of a git-ignored folder does not declare the outer project's Python",
      files: {
        'pyproject.toml': TOOLS,
        'uv.lock': 'version = 1\n',
        '.gitignore': 'scratch/\n',
        'scratch/try.py': SCRIPT_312,
        'inner/pyproject.toml': '[project]\nname = "inner"\nrequires-python = ">=3.12"\n',
        'inner/cli.py': SCRIPT_312,
      },
      errors: [{ file: 'pyproject.toml', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'missing in a Pipfile project',
      files: { Pipfile: '[packages]\nfastapi = "*"\n' },
      errors: [{ file: 'Pipfile', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'missing in a requirements.txt project',
      files: { 'requirements.txt': 'fastapi>=0.110\n', 'requirements-dev.txt': 'pytest\n' },
      errors: [{ file: 'requirements.txt', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'missing: a .python-version of `system` declares nothing',
      files: { 'setup.py': 'from setuptools import setup\n\nsetup(name="app")\n', '.python-version': 'system\n' },
      errors: [{ file: 'setup.py', messageId: 'missing', line: 1, column: 1, data: { minimum: '3.12' } }],
    },
    {
      name: 'broken TOML is reported where it breaks, not as missing',
      files: { 'pyproject.toml': '[project]\nname = "app"\nrequires-python = ">=3.12\n' },
      errors: [{ file: 'pyproject.toml', messageId: 'unreadableManifest', line: 3, column: 1, endColumn: 26 }],
    },
    {
      name: 'minimum-python-version = "3.13"',
      files: { 'pyproject.toml': '[project]\nrequires-python = ">=3.12"\n' },
      options: { environment: { 'minimum-python-version': '3.13' } },
      errors: [{ file: 'pyproject.toml', messageId: 'tooLow', line: 2, column: 1, data: { declared: '>=3.12', where: REQUIRES, found: '3.12', minimum: '3.13' } }],
    },
  ],
});
