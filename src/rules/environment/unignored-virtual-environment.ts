// ENV003: virtual environments inside a project must be ignored by git.
import path from 'node:path';
import { defineRule } from '../../linter/index.js';

export default defineRule({
  code: 'ENV003',
  name: 'unignored-virtual-environment',
  section: 'environment',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    notIgnored: 'Virtual environment `{{folder}}` is not ignored by git; add `{{folder}}` to `.gitignore`',
  },
  docs: {
    summary: 'Require virtual environments inside the project to be ignored by git.',
    what:
      'Finds every folder inside the project that holds a `pyvenv.cfg` (made by `python -m venv`, virtualenv, ' +
      'poetry with `virtualenvs.in-project`, uv) and reports it, on its `pyvenv.cfg`, when git does not ignore it: ' +
      'no `.gitignore` pattern (or `.git/info/exclude`) covers the folder, nor a `.gitignore` inside it (recent ' +
      'venv and virtualenv versions write one holding `*`). Folders git ignores, `node_modules`, symbolic links ' +
      'and nested projects (with their own `pyproject.toml`) are not searched. A project outside any git work ' +
      'tree is not checked. The rule reads ignore files only: a venv that is ignored but was committed before ' +
      'still needs `git rm -r --cached`.',
    why:
      'The standards use a venv or poetry environment per project. Such a folder holds thousands of ' +
      'machine-specific files (absolute paths, compiled extensions for one platform); committed, it bloats the ' +
      'repository and breaks on every other machine. Everyone recreates it from the lock file instead.',
    bad: '__pycache__/\n*.pyc\n',
    good: '__pycache__/\n*.pyc\n.venv/\n',
    filenames: { bad: '.gitignore', good: '.gitignore' },
  },
  checkProject({ project, report }) {
    if (!project.inGitRepository) return;
    for (const venv of project.virtualEnvironments()) {
      if (venv.ignored) continue;
      const folder = `${path.relative(project.root, venv.folder).split(path.sep).join('/')}/`;
      report({ file: venv.config, messageId: 'notIgnored', data: { folder } });
    }
  },
});
