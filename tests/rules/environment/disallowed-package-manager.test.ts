// ENV002 table: each manager's files, the allowed set, and what does not count as a manager.
import rule from '../../../src/rules/environment/disallowed-package-manager.js';
import { testProjectRule } from '../../harness/project-tester.js';

const PYPROJECT = '[project]\nname = "app"\nrequires-python = ">=3.12"\n';
const PIP_OR_POETRY = 'pip or poetry';

testProjectRule(rule, {
  valid: [
    { name: 'pyproject.toml only', files: { 'pyproject.toml': PYPROJECT } },
    { name: 'pip: requirements files', files: { 'pyproject.toml': PYPROJECT, 'requirements.txt': 'fastapi\n', 'requirements-dev.txt': 'pytest\n', 'requirements.in': 'fastapi\n' } },
    { name: 'poetry: [tool.poetry] and poetry.lock', files: { 'pyproject.toml': '[tool.poetry]\nname = "app"\n', 'poetry.lock': '# lock\n' } },
    { name: 'a [tool.uv] table alone is not uv', files: { 'pyproject.toml': `${PYPROJECT}\n[tool.uv]\ndev-dependencies = []\n` } },
    { name: 'a [tool.pdm.build] table alone is not pdm', files: { 'pyproject.toml': `${PYPROJECT}\n[tool.pdm.build]\nincludes = ["src"]\n` } },
    { name: 'a manager file below the project root is not the project\'s', files: { 'pyproject.toml': PYPROJECT, 'docs/environment.yml': 'name: docs\n' } },
    { name: 'uv when allowed', files: { 'pyproject.toml': PYPROJECT, 'uv.lock': 'version = 1\n' }, options: { environment: { 'allowed-managers': ['pip', 'poetry', 'uv'] } } },
  ],
  invalid: [
    {
      name: 'pipenv: Pipfile',
      files: { 'pyproject.toml': PYPROJECT, Pipfile: '[packages]\nfastapi = "*"\n' },
      errors: [{ file: 'Pipfile', messageId: 'disallowed', line: 1, column: 1, endLine: 1, endColumn: 1, data: { manager: 'pipenv', evidence: 'Pipfile', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pipenv: a Pipfile alone makes a project',
      files: { Pipfile: '[packages]\nfastapi = "*"\n', 'app.py': 'A = 1\n' },
      errors: [{ file: 'Pipfile', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pipenv', evidence: 'Pipfile', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'conda: an environment.yml alone makes a project',
      files: { 'environment.yml': 'name: app\n' },
      errors: [{ file: 'environment.yml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'conda', evidence: 'environment.yml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pipenv: Pipfile.lock alone',
      files: { 'pyproject.toml': PYPROJECT, 'Pipfile.lock': '{\n  "_meta": {}\n}\n' },
      errors: [{ file: 'Pipfile.lock', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pipenv', evidence: 'Pipfile.lock', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pipenv: Pipfile and Pipfile.lock give one finding, on the Pipfile',
      files: { 'requirements.txt': 'fastapi\n', 'Pipfile.lock': '{}\n', Pipfile: '[packages]\n' },
      errors: [{ file: 'Pipfile', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pipenv', evidence: 'Pipfile', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'conda: environment.yml',
      files: { 'pyproject.toml': PYPROJECT, 'environment.yml': 'name: app\ndependencies:\n  - python=3.12\n' },
      errors: [{ file: 'environment.yml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'conda', evidence: 'environment.yml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'conda: environment.yaml',
      files: { 'pyproject.toml': PYPROJECT, 'environment.yaml': 'name: app\n' },
      errors: [{ file: 'environment.yaml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'conda', evidence: 'environment.yaml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'conda: conda-lock.yml',
      files: { 'pyproject.toml': PYPROJECT, 'conda-lock.yml': 'version: 1\n' },
      errors: [{ file: 'conda-lock.yml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'conda', evidence: 'conda-lock.yml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pdm: pdm.lock',
      files: { 'pyproject.toml': PYPROJECT, 'pdm.lock': '[metadata]\n' },
      errors: [{ file: 'pdm.lock', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pdm', evidence: 'pdm.lock', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pdm: .pdm-python',
      files: { 'pyproject.toml': PYPROJECT, '.pdm-python': '/app/.venv/bin/python\n' },
      errors: [{ file: '.pdm-python', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pdm', evidence: '.pdm-python', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'uv: uv.lock',
      files: { 'pyproject.toml': PYPROJECT, 'uv.lock': 'version = 1\nrequires-python = ">=3.12"\n' },
      errors: [{ file: 'uv.lock', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'uv', evidence: 'uv.lock', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'hatch: hatch.toml',
      files: { 'pyproject.toml': PYPROJECT, 'hatch.toml': '[envs.default]\n' },
      errors: [{ file: 'hatch.toml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'hatch', evidence: 'hatch.toml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'pixi: pixi.toml',
      files: { 'pyproject.toml': PYPROJECT, 'pixi.toml': '[project]\nname = "app"\n' },
      errors: [{ file: 'pixi.toml', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pixi', evidence: 'pixi.toml', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'rye: requirements.lock',
      files: { 'pyproject.toml': PYPROJECT, 'requirements.lock': '# generated by rye\n' },
      errors: [{ file: 'requirements.lock', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'rye', evidence: 'requirements.lock', allowed: PIP_OR_POETRY } }],
    },
    {
      name: 'two managers, two findings',
      files: { 'pyproject.toml': PYPROJECT, Pipfile: '[packages]\n', 'uv.lock': 'version = 1\n' },
      errors: [
        { file: 'Pipfile', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pipenv', evidence: 'Pipfile', allowed: PIP_OR_POETRY } },
        { file: 'uv.lock', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'uv', evidence: 'uv.lock', allowed: PIP_OR_POETRY } },
      ],
    },
    {
      name: 'poetry when only pip is allowed: at [tool.poetry]',
      files: { 'pyproject.toml': '[build-system]\nrequires = ["poetry-core"]\n\n[tool.poetry]\nname = "app"\n', 'poetry.lock': '# lock\n' },
      options: { environment: { 'allowed-managers': ['pip'] } },
      errors: [
        { file: 'pyproject.toml', messageId: 'disallowed', line: 4, column: 1, endLine: 4, endColumn: 14, data: { manager: 'poetry', evidence: '[tool.poetry]', allowed: 'only pip' } },
      ],
    },
    {
      name: 'pip when only poetry is allowed',
      files: { 'pyproject.toml': PYPROJECT, 'requirements-dev.txt': 'pytest\n', 'requirements.txt': 'fastapi\n' },
      options: { environment: { 'allowed-managers': ['poetry'] } },
      errors: [{ file: 'requirements.txt', messageId: 'disallowed', line: 1, column: 1, data: { manager: 'pip', evidence: 'requirements.txt', allowed: 'only poetry' } }],
    },
  ],
});
