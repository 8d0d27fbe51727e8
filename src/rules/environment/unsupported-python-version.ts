// ENV001: the project must declare Python 3.12 or newer, everywhere it names a Python version.
import path from 'node:path';
import {
  compareVersions,
  formatPythonVersion,
  parsePythonVersion,
  readConstraint,
  readScriptMetadata,
  type ConstraintReading,
  type PythonSource,
  type PythonVersion,
} from '../../config/index.js';
import { defineRule, type ProjectRuleContext } from '../../linter/index.js';
import type { SourceFile, SyntaxNode } from '../../syntax/index.js';

/** How each source is named in messages. */
const WHERE: Readonly<Record<PythonSource, string>> = {
  'requires-python': '`[project].requires-python`',
  poetry: '`[tool.poetry.dependencies].python`',
  'setup.cfg': '`python_requires` in `setup.cfg`',
  'setup.py': '`python_requires` in `setup.py`',
  '.python-version': '`.python-version`',
};

/** How a script's PEP 723 declaration is named in messages. */
const SCRIPT_BLOCK = '`requires-python` in the `# /// script` block';

const FALLBACK_MINIMUM = { major: 3, minor: 12 };

type Project = ProjectRuleContext<string>['project'];

/** Which message a readable declaration needs against the minimum, if any. */
type Verdict = { readonly messageId: 'noLowerBound' } | { readonly messageId: 'tooLow'; readonly found: string } | undefined;

function verdictOf(reading: Extract<ConstraintReading, { ok: true }>, minimum: PythonVersion): Verdict {
  if (!reading.lowest) return { messageId: 'noLowerBound' };
  if (compareVersions(reading.lowest, minimum) < 0) return { messageId: 'tooLow', found: formatPythonVersion(reading.lowest) };
  return undefined;
}

/**
 * True when a project with no Python declaration needs one. A `pyproject.toml` of tool tables alone
 * configures tools (a monorepo root); with only lock files beside it, the scripts of the folder declare
 * their Python in their own `# /// script` blocks, and one that does shows the folder is scripts, not a package.
 */
function needsDeclaration(project: Project): boolean {
  if (project.python.length > 0 || project.problems.length > 0 || project.toolsOnly) return false;
  return !(project.packageless && project.scriptDeclaringPython());
}

/** Only a file whose text holds the opening line can have a block; the block itself is read from the tree. */
function mayHaveScriptBlock(source: SourceFile): boolean {
  return source.text.includes('# /// script');
}

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
    unreadableScriptBlock: 'The `# /// script` block cannot be read, so the Python version it declares cannot be checked: {{reason}}',
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
      'A script can declare its own Python in PEP 723 inline metadata: a `# /// script` … `# ///` comment block whose ' +
      'TOML has `requires-python`. Each file\'s block is read from its comment nodes (never from text inside strings) ' +
      'and its `requires-python` is checked like `[project].requires-python`, reported on that line; a block that is ' +
      'not valid TOML, or a second block, is reported too. A `pyproject.toml` without a Python declaration does not ' +
      'declare one for such scripts, and does not need to: when it holds only `[tool.*]` tables and nothing but lock ' +
      'files lie beside it (`uv.lock`), a script of the project (not of a nested project or a git-ignored folder) whose ' +
      'block has `requires-python` shows the folder holds scripts, not a package, and the project is not reported as ' +
      'missing a declaration. A `[project]` table, Poetry, `requirements*.txt` or `setup.cfg` describes a package or ' +
      'an application, which still needs its own. A block without `requires-python` declares nothing.\n\n' +
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
  appliesTo: mayHaveScriptBlock,
  create(context) {
    const comments: SyntaxNode[] = [];
    return {
      comment(node) {
        comments.push(node);
      },
      'module:exit'() {
        const metadata = readScriptMetadata(comments);
        if (!metadata) return;
        if (metadata.problem) {
          context.report({ range: metadata.problem.span, messageId: 'unreadableScriptBlock', data: { reason: metadata.problem.reason } });
        }
        if (!metadata.requiresPython) return;
        const { value, span: range } = metadata.requiresPython;
        const declared = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
        const reading: ConstraintReading = typeof value === 'string' ? readConstraint(value, 'pep440') : { ok: false, reason: 'expected a string' };
        if (!reading.ok) {
          context.report({ range, messageId: 'invalidRequirement', data: { declared, where: SCRIPT_BLOCK, reason: reading.reason } });
          return;
        }
        const minimumVersion = parsePythonVersion(context.settings.environment.minimumPythonVersion) ?? FALLBACK_MINIMUM;
        const verdict = verdictOf(reading, minimumVersion);
        if (!verdict) return;
        const data = { declared, where: SCRIPT_BLOCK, minimum: formatPythonVersion(minimumVersion) };
        context.report({ range, messageId: verdict.messageId, data: verdict.messageId === 'tooLow' ? { ...data, found: verdict.found } : data });
      },
    };
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
        continue;
      }
      const verdict = verdictOf(reading, minimumVersion);
      if (verdict?.messageId === 'noLowerBound') {
        report({ file, span, messageId: 'noLowerBound', data: { declared, where, minimum } });
      } else if (verdict?.messageId === 'tooLow') {
        const messageId = source === '.python-version' ? 'pinnedTooLow' : 'tooLow';
        report({ file, span, messageId, data: { declared, where, found: verdict.found, minimum } });
      }
    }
    if (needsDeclaration(project)) {
      report({ file: project.manifest, span: project.declarationSite, messageId: 'missing', data: { minimum } });
    }
  },
});
