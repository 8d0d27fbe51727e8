// ENV003 table: committed and ignored virtual environments, in and out of git work trees.
import rule from '../../../src/rules/environment/unignored-virtual-environment.js';
import { testProjectRule } from '../../harness/project-tester.js';

const PYPROJECT = '[project]\nname = "app"\nrequires-python = ">=3.12"\n';
const PYVENV = 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.12.3\n';

testProjectRule(rule, {
  valid: [
    { name: 'no virtual environment', files: { 'pyproject.toml': PYPROJECT, 'src/app.py': 'X = 1\n' } },
    { name: '.venv/ in .gitignore', files: { 'pyproject.toml': PYPROJECT, '.gitignore': '.venv/\n', '.venv/pyvenv.cfg': PYVENV } },
    { name: '.venv (no slash) in .gitignore', files: { 'pyproject.toml': PYPROJECT, '.gitignore': '.venv\n', '.venv/pyvenv.cfg': PYVENV } },
    { name: 'a glob in .gitignore', files: { 'pyproject.toml': PYPROJECT, '.gitignore': '*venv*/\n', 'venv/pyvenv.cfg': PYVENV, '.venv-3.12/pyvenv.cfg': PYVENV } },
    { name: 'listed in .git/info/exclude', files: { 'pyproject.toml': PYPROJECT, '.git/info/exclude': '.venv/\n', '.venv/pyvenv.cfg': PYVENV } },
    { name: 'the venv ignores itself (its own .gitignore holds *)', files: { 'pyproject.toml': PYPROJECT, '.venv/.gitignore': '*\n', '.venv/pyvenv.cfg': PYVENV } },
    { name: 'inside an ignored folder', files: { 'pyproject.toml': PYPROJECT, '.gitignore': 'build/\n', 'build/env/pyvenv.cfg': PYVENV } },
    { name: 'a .venv folder without pyvenv.cfg is no venv', files: { 'pyproject.toml': PYPROJECT, '.venv/notes.txt': 'hello\n' } },
    {
      name: 'a nested project\'s venv belongs to the nested project',
      files: { 'pyproject.toml': PYPROJECT, 'services/api/pyproject.toml': PYPROJECT, 'services/api/.venv/pyvenv.cfg': PYVENV },
    },
    {
      name: 'a folder that is a project of its own (setup.py below a requirements.txt) is not searched',
      files: { 'requirements.txt': 'fastapi\n', 'tools/cli/setup.py': 'from setuptools import setup\n', 'tools/cli/.venv/pyvenv.cfg': PYVENV },
    },
    { name: 'outside a git work tree nothing is committed', files: { 'pyproject.toml': PYPROJECT, '.venv/pyvenv.cfg': PYVENV }, outsideGit: true },
  ],
  invalid: [
    {
      name: 'a committed .venv',
      files: { 'pyproject.toml': PYPROJECT, '.venv/pyvenv.cfg': PYVENV },
      errors: [{ file: '.venv/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, endLine: 1, endColumn: 1, data: { folder: '.venv/' } }],
    },
    {
      name: '.gitignore lists another folder',
      files: { 'pyproject.toml': PYPROJECT, '.gitignore': '.venv/\n__pycache__/\n', 'venv/pyvenv.cfg': PYVENV },
      errors: [{ file: 'venv/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: 'venv/' } }],
    },
    {
      name: 'a venv deeper in the project',
      files: { 'pyproject.toml': PYPROJECT, 'tools/scripts/env/pyvenv.cfg': PYVENV },
      errors: [{ file: 'tools/scripts/env/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: 'tools/scripts/env/' } }],
    },
    {
      name: 'a negation brings it back',
      files: { 'pyproject.toml': PYPROJECT, '.gitignore': '*env/\n!env/\n', 'env/pyvenv.cfg': PYVENV },
      errors: [{ file: 'env/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: 'env/' } }],
    },
    {
      name: 'a requirements.txt below a pyproject.toml is no project boundary',
      files: { 'pyproject.toml': PYPROJECT, 'docs/requirements.txt': 'sphinx\n', 'docs/.venv/pyvenv.cfg': PYVENV },
      errors: [{ file: 'docs/.venv/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: 'docs/.venv/' } }],
    },
    {
      name: 'two venvs, two findings',
      files: { 'requirements.txt': 'fastapi\n', '.venv/pyvenv.cfg': PYVENV, 'venv/pyvenv.cfg': PYVENV },
      errors: [
        { file: '.venv/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: '.venv/' } },
        { file: 'venv/pyvenv.cfg', messageId: 'notIgnored', line: 1, column: 1, data: { folder: 'venv/' } },
      ],
    },
  ],
});
