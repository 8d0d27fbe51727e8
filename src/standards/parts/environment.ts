// Part "environment": interpreter version, virtual environments and package tooling.
import type { BuiltInPart } from '../types.js';

export const environment: BuiltInPart = {
  id: 'environment',
  title: 'Environment',
  summary: 'Target Python 3.12 or newer, isolate every project in a virtual environment, and manage packages with pip or poetry.',
  body: `**Interpreter.** Services run on Python 3.12 or newer, and the project says so where tools
can read it: \`requires-python = ">=3.12"\` in \`[project]\` (or the \`python\` dependency of
\`[tool.poetry.dependencies]\`, \`.python-version\`, or \`python_requires\` in \`setup.cfg\`). A
lower bound that still admits older versions is a promise the code does not keep: the rest of
these standards rely on 3.12 features such as \`X | None\`, built-in generics and the \`type\`
statement.

**Isolation.** Every project gets its own virtual environment, created with \`venv\` or by
poetry. Never install project dependencies into the system interpreter. The environment folder is
a build artefact: keep it out of version control (list it in \`.gitignore\`).

**Packages.** Dependencies are declared and installed with pip (from \`pyproject.toml\` or a
requirements file) or with poetry, and nothing else, so that every service builds the same way in
CI and on a laptop. If your team has settled on another tool, say so in the configuration rather
than mixing tools across projects.`,
  examples: [
    {
      id: 'requires-python-312',
      title: 'Declare the minimum version the code needs',
      kind: 'good',
      language: 'toml',
      filename: 'pyproject.toml',
      code: `[project]
name = "customer-service"
version = "1.4.0"
requires-python = ">=3.12"
`,
      codes: [],
    },
    {
      id: 'requires-python-too-old',
      title: 'A lower bound that admits interpreters the code cannot run on',
      kind: 'bad',
      language: 'toml',
      filename: 'pyproject.toml',
      code: `[project]
name = "customer-service"
version = "1.4.0"
requires-python = ">=3.9"
`,
      codes: ['ENV001'],
    },
  ],
  ruleSections: ['environment'],
  keywords: {
    strong: [
      'environment', 'venv', 'virtualenv', 'virtual', 'poetry', 'pip', 'pyproject', 'interpreter', 'version',
      'requirements', 'dependency', 'dependencies', 'install', 'setup', 'conda', 'pipenv', 'uv', 'lockfile',
    ],
    weak: ['package', 'packages', 'project', 'docker', 'dockerfile', 'ci', 'build', 'upgrade', 'toolchain', '3.12'],
  },
};
