// Every `[tool.pystandards]` option with its default, in one place.
import { option, type OptionSpec, type ResolvedOptions } from './option-spec.js';

/** Python versions accepted by `target-version`. */
export const TARGET_VERSIONS = ['py37', 'py38', 'py39', 'py310', 'py311', 'py312', 'py313', 'py314'] as const;
export type TargetVersion = (typeof TARGET_VERSIONS)[number];
export const DEFAULT_TARGET_VERSION: TargetVersion = 'py312';

/** Python versions `environment.minimum-python-version` accepts: `3.7` … `3.14`, as the targets. */
export const PYTHON_VERSIONS = TARGET_VERSIONS.map((target) => `3.${target.slice(3)}`);

/** Package and environment managers ENV002 recognizes by their files. */
export const PACKAGE_MANAGERS = ['pip', 'poetry', 'pipenv', 'conda', 'pdm', 'uv', 'hatch', 'pixi', 'rye'] as const;
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/** Folders never walked into unless named explicitly (Ruff's defaults plus common tool caches). */
export const DEFAULT_EXCLUDES = [
  '.bzr', '.direnv', '.eggs', '.git', '.git-rewrite', '.hg', '.ipynb_checkpoints', '.mypy_cache',
  '.nox', '.pants.d', '.pyenv', '.pytest_cache', '.pytype', '.ruff_cache', '.svn', '.tox', '.venv',
  '.vscode', '__pypackages__', '_build', 'buck-out', 'build', 'dist', 'node_modules',
  'site-packages', 'venv', '.pystandards_cache', '__pycache__',
] as const;

/** `max-file-size` by default: 10 MiB, far above hand-written code (the standard library's largest file is under 1 MiB). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** The most `max-file-size` accepts: the text of a larger file would not fit in a JavaScript string. */
export const MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024;

export const TOP_LEVEL_OPTIONS = {
  select: option.optionalStringList('Rule codes or prefixes to enable, replacing the default set ("ALL" for every rule).'),
  'extend-select': option.stringList([], 'Rule codes or prefixes to enable in addition to the selected ones.'),
  ignore: option.stringList([], 'Rule codes or prefixes to disable.'),
  'per-file-ignores': option.stringListMap({}, 'Glob pattern (relative to the project root) → rule codes to ignore in matching files.'),
  exclude: option.stringList(DEFAULT_EXCLUDES, 'Gitignore-style patterns of files and folders to skip; replaces the default list.'),
  'extend-exclude': option.stringList([], 'Patterns to skip in addition to `exclude`.'),
  'respect-gitignore': option.boolean(true, 'Skip files ignored by `.gitignore` and `.git/info/exclude`.'),
  src: option.stringList(['.', 'src'], 'Source roots (relative to the project root) whose top-level modules are first-party.'),
  'known-first-party': option.stringList([], 'Modules to treat as first-party (`src` is first-party by default).'),
  'known-third-party': option.stringList([], 'Modules to treat as third-party.'),
  'max-file-size': option.integer(
    DEFAULT_MAX_FILE_SIZE,
    'Largest Python file (in bytes) that is checked; a larger one is reported as not checked and the run goes on (exclude large generated files instead, or raise this).',
    1,
    MAX_FILE_SIZE_LIMIT,
  ),
  'cache-dir': option.string('.pystandards_cache', 'Folder (relative to the project root) for cached results; `--no-cache` bypasses it.'),
  'target-version': option.optionalString(
    'Minimum Python version to target; defaults to the lowest version the project declares (`requires-python`, Poetry `python`, `python_requires`, `.python-version`), else py312.',
    TARGET_VERSIONS,
  ),
  'standards-dir': option.optionalString(
    'Folder (relative to the project root) of team markdown files that add standards sections or replace built-in ones, one section per `<id>.md` file.',
  ),
} as const satisfies Record<string, OptionSpec>;

/** pep8-naming's default `ignore-names`: unittest and Django names that cannot be renamed. */
export const DEFAULT_NAMING_IGNORE_NAMES = [
  'setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule',
  'asyncSetUp', 'asyncTearDown', 'setUpTestData', 'failureException', 'longMessage', 'maxDiff',
] as const;

/** Error reporters that count as a server-side log (ERR007) besides logger methods. */
export const DEFAULT_LOG_FUNCTIONS = [
  'sentry_sdk.capture_exception', 'sentry_sdk.capture_message', 'traceback.print_exc', 'traceback.print_exception',
] as const;

/** Per-section tables: `[tool.pystandards.<section>]`. */
export const SECTION_OPTIONS = {
  environment: {
    'minimum-python-version': option.string(
      '3.12',
      'Lowest Python version a project may declare or allow (`requires-python`, Poetry `python`, `python_requires`, `.python-version`).',
      PYTHON_VERSIONS,
    ),
    'allowed-managers': option.stringList(
      ['pip', 'poetry'],
      'Package managers a project may use; the files of any other (Pipfile, environment.yml, pdm.lock, uv.lock, …) are reported.',
      PACKAGE_MANAGERS,
    ),
  },
  imports: {
    'line-length': option.integer(88, 'Longest line a `from` import may take before it is wrapped in parentheses (black: 88).', 1, 320),
    'force-sort-within-sections': option.boolean(
      false,
      'Sort `import x` and `from x import y` together by module name, instead of all plain imports first.',
    ),
    'order-by-type': option.boolean(true, 'Order imported names by type: CONSTANTS, then Classes, then variables (each case-insensitively).'),
    'case-sensitive': option.boolean(false, 'Sort module and member names case-sensitively.'),
    'combine-as-imports': option.boolean(false, 'Keep `from m import a as b` in one statement with the other names from `m`.'),
    'force-single-line': option.boolean(false, 'Write every name of a `from` import as its own statement.'),
    'lines-after-imports': option.integer(
      -1,
      'Blank lines after a top-level import block; -1 means black\'s choice: 1, or 2 before a class or function (at most 1 in `.pyi`).',
      -1,
      4,
    ),
    'split-on-trailing-comma': option.boolean(true, 'Keep a parenthesized import that ends with a comma (the magic trailing comma) one name per line.'),
    'known-first-party': option.stringList([], 'Modules (glob patterns) that are first-party, besides the top-level `known-first-party`.'),
    'known-third-party': option.stringList([], 'Modules (glob patterns) that are third-party, besides the top-level `known-third-party`.'),
    'known-local-folder': option.stringList([], 'Modules (glob patterns) to put in the local section with the relative imports.'),
    'extra-standard-library': option.stringList([], 'Modules (glob patterns) to treat as standard library.'),
    'section-order': option.stringList(
      ['future', 'standard-library', 'third-party', 'first-party', 'local-folder'],
      'Order of the sections; a section left out is sorted as third-party.',
      ['future', 'standard-library', 'third-party', 'first-party', 'local-folder'],
    ),
    'detect-same-package': option.boolean(true, 'Treat imports of the package a file belongs to (its outermost folder with `__init__.py`) as first-party.'),
    'relative-imports-order': option.string(
      'furthest-to-closest',
      'Order of relative imports: `from .. import x` before `from . import y` (furthest-to-closest), or the reverse.',
      ['furthest-to-closest', 'closest-to-furthest'],
    ),
  },
  'type-hints': {
    'exempt-base-classes': option.stringList(
      [],
      'Base classes (qualified name such as `django.db.models.Model`, or the name as written) whose subclasses TYP003 does not check, e.g. legacy ORMs that declare fields without annotations.',
    ),
  },
  async: {
    'extra-blocking-calls': option.stringMap(
      {},
      'Qualified name → advice (`"mylib.fetch" = "use mylib.afetch"`): more calls the async rules report inside `async def`. ' +
        'Reported as ASY001 unless the advice starts with another rule code (`"ASY005: use mylib.adb.query"`); ' +
        'a listed built-in name replaces its advice.',
    ),
    'allowed-calls': option.stringList(
      [],
      'Qualified names (glob patterns) the async rules never report: `requests.get`, `os.path.*`, client methods as ' +
        '`<type>.<method>` (`sqlite3.Connection.execute`), builtins by their name (`open`).',
    ),
  },
  errors: {
    'logger-objects': option.stringList(
      [],
      'Objects (qualified names, e.g. `app.log_setup.logger`) to treat as loggers when imported, as Ruff\'s `lint.logger-objects`.',
    ),
    'log-functions': option.stringList(
      DEFAULT_LOG_FUNCTIONS,
      'Functions (qualified names) whose call counts as recording an error server-side (ERR007); replaces the default list.',
    ),
    'check-typed-exceptions': option.boolean(
      false,
      'Also report handlers of specific exceptions (`except KeyError: pass`) that swallow them (ERR006), as Ruff\'s `flake8-bandit.check-typed-exception`.',
    ),
  },
  naming: {
    'ignore-names': option.stringList(
      DEFAULT_NAMING_IGNORE_NAMES,
      'Names (glob patterns) every naming rule accepts; replaces the default list of unittest/Django names.',
    ),
    'extend-ignore-names': option.stringList([], 'Names (glob patterns) to accept in addition to `ignore-names`.'),
    'migration-folders': option.stringList(
      [],
      'Folders (gitignore-style patterns relative to the project root, e.g. `db/migrations/`) whose modules are Alembic migrations, so NAM006 accepts `revision`, `down_revision`, `branch_labels` and `depends_on` there; modules that bind `revision` and `down_revision` are recognised without it.',
    ),
    // Read by pep8-naming's N804/N805 only, which have no counterpart here; Ruff's ANN rules ignore them too.
    'classmethod-decorators': option.stringList([], 'Accepted so that pep8-naming settings carry over; no pystandards rule reads it (it serves N804/N805, which pystandards does not have).'),
    'staticmethod-decorators': option.stringList([], 'Accepted so that pep8-naming settings carry over; no pystandards rule reads it (it serves N804/N805, which pystandards does not have).'),
  },
} as const satisfies Record<string, Record<string, OptionSpec>>;

export type SectionTable = keyof typeof SECTION_OPTIONS;
export type TopLevelSettings = ResolvedOptions<typeof TOP_LEVEL_OPTIONS>;
export type SectionSettings = {
  readonly [S in SectionTable as S extends 'type-hints' ? 'typeHints' : S]: ResolvedOptions<(typeof SECTION_OPTIONS)[S]>;
};
