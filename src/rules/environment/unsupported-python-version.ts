// ENV001: the project must declare Python 3.12 or newer, everywhere it names a Python version.
import path from 'node:path';
import { compareVersions, formatPythonVersion, parsePythonVersion, type PythonSource } from '../../config/index.js';
import { defineRule } from '../../linter/index.js';

/** How each source is named in messages. */
const WHERE: Readonly<Record<PythonSource, string>> = {
  'requires-python': '`[project].requires-python`',
  poetry: '`[tool.poetry.dependencies].python`',
  'setup.cfg': '`python_requires` in `setup.cfg`',
  'setup.py': '`python_requires` in `setup.py`',
  '.python-version': '`.python-version`',
};

const FALLBACK_MINIMUM = { major: 3, minor: 12 };

export default defineRule({
  code: 'ENV001',
  name: 'unsupported-python-version',
  section: 'environment',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    missing:
      'The project declares no Python version; add `requires-python = ">={{minimum}}"` to `[project]` (the standards require Python {{minimum}} or newer)',
    tooLow: 'Python requirement `{{declared}}` ({{where}}) allows Python {{found}}; the standards require Python {{minimum}} or newer',
    pinnedTooLow: '`.python-version` pins Python {{found}} (`{{declared}}`); the standards require Python {{minimum}} or newer',
    noLowerBound:
      'Python requirement `{{declared}}` ({{where}}) sets no lower bound, so it allows Python older than {{minimum}}; the standards require Python {{minimum}} or newer',
    invalidRequirement: 'Python requirement `{{declared}}` ({{where}}) cannot be read: {{reason}}',
    unreadableManifest: '`{{file}}` cannot be parsed, so the Python version it declares cannot be checked: {{reason}}',
  },
  docs: {
    summary: 'Require every declaration of the project\'s Python version to be 3.12 or newer.',
    what:
      'Reads where a project says which Python it runs on: `[project].requires-python` (PEP 440), ' +
      '`[tool.poetry.dependencies].python` (Poetry: `^3.12`, `~3.12`, `>=3.12,<4`, `||`), `python_requires` in ' +
      '`setup.cfg` or in the `setup(...)` call of `setup.py`, and `.python-version` (pyenv, uv). It reports each ' +
      'declaration whose lowest admitted version is below the minimum (`>=3.10`, `~=3.11`, `^3.11`, `>3.11` — ' +
      'which admits 3.11.1), each that sets no lower bound (`<4`, `*`), each it cannot read (`3.12` without an ' +
      'operator), a `pyproject.toml` or `setup.cfg` that does not parse, and a project that declares no version ' +
      'at all (reported on its main manifest, at `[project]` when there is one). A `pyproject.toml` of `[tool.*]` ' +
      'tables only, with no other manifest beside it (a monorepo root), configures tools and needs no version.\n\n' +
      'A project is the folder of the nearest `pyproject.toml` above a checked file (else `setup.cfg`/`setup.py`, ' +
      'else `requirements*.txt`, `Pipfile`, `environment.yml` or `pixi.toml`), searched no higher than the git ' +
      'work tree; it is checked once per run. A folder with none of these is not a Python project and gets no ' +
      'ENV finding. The declared minimum also sets ' +
      '`target-version` when it is not configured (first of `requires-python`, Poetry, `setup.cfg`, `setup.py`, ' +
      '`.python-version`).\n\n' +
      'A broken `pyproject.toml` that never mentions pystandards is someone else\'s file: the run goes on, its ' +
      'folder gets default settings, and this rule reports it where it breaks. One that may hold ' +
      '`[tool.pystandards]` is the configuration, and a broken configuration still stops the run (exit 2).',
    why:
      'The standards require Python 3.12 or newer. A project that still admits 3.10 gets installed on 3.10 by ' +
      'pip and CI, and code written for 3.12 (`type` aliases, new generic syntax, `itertools.batched`) breaks ' +
      'there. Declaring the version is also what tells tools, including this one, which syntax to expect.',
    bad: '[project]\nname = "customer-service"\nversion = "0.3.0"\nrequires-python = ">=3.10"\n',
    good: '[project]\nname = "customer-service"\nversion = "0.3.0"\nrequires-python = ">=3.12"\n',
    filenames: { bad: 'pyproject.toml', good: 'pyproject.toml' },
    options: ['environment.minimum-python-version'],
  },
  checkProject({ project, settings, report }) {
    const minimumVersion = parsePythonVersion(settings.environment.minimumPythonVersion) ?? FALLBACK_MINIMUM;
    const minimum = formatPythonVersion(minimumVersion);
    for (const problem of project.problems) {
      const file = path.basename(problem.file.path);
      report({ file: problem.file, span: problem.span, messageId: 'unreadableManifest', data: { file, reason: problem.reason } });
    }
    for (const declaration of project.python) {
      const { reading, file, span, value: declared, source } = declaration;
      const where = WHERE[source];
      if (!reading.ok) {
        report({ file, span, messageId: 'invalidRequirement', data: { declared, where, reason: reading.reason } });
      } else if (!reading.lowest) {
        report({ file, span, messageId: 'noLowerBound', data: { declared, where, minimum } });
      } else if (compareVersions(reading.lowest, minimumVersion) < 0) {
        const found = formatPythonVersion(reading.lowest);
        const messageId = source === '.python-version' ? 'pinnedTooLow' : 'tooLow';
        report({ file, span, messageId, data: { declared, where, found, minimum } });
      }
    }
    if (project.python.length === 0 && project.problems.length === 0 && !project.toolsOnly) {
      report({ file: project.manifest, span: project.declarationSite, messageId: 'missing', data: { minimum } });
    }
  },
});
