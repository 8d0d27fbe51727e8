// Every `[tool.pystandards]` option with its default, in one place.
import { option, type OptionSpec, type ResolvedOptions } from './option-spec.js';

/** Python versions accepted by `target-version`. */
export const TARGET_VERSIONS = ['py37', 'py38', 'py39', 'py310', 'py311', 'py312', 'py313', 'py314'] as const;
export type TargetVersion = (typeof TARGET_VERSIONS)[number];
export const DEFAULT_TARGET_VERSION: TargetVersion = 'py312';

/** Folders never walked into unless named explicitly (Ruff's defaults plus common tool caches). */
export const DEFAULT_EXCLUDES = [
  '.bzr', '.direnv', '.eggs', '.git', '.git-rewrite', '.hg', '.ipynb_checkpoints', '.mypy_cache',
  '.nox', '.pants.d', '.pyenv', '.pytest_cache', '.pytype', '.ruff_cache', '.svn', '.tox', '.venv',
  '.vscode', '__pypackages__', '_build', 'buck-out', 'build', 'dist', 'node_modules',
  'site-packages', 'venv', '.pystandards_cache', '__pycache__',
] as const;

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
  'target-version': option.optionalString(
    'Minimum Python version to target; defaults to the lower bound of `requires-python`, else py312.',
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

/** Per-section tables: `[tool.pystandards.<section>]`. */
export const SECTION_OPTIONS = {
  environment: {},
  imports: {},
  'type-hints': {},
  async: {},
  errors: {},
  naming: {
    'ignore-names': option.stringList(
      DEFAULT_NAMING_IGNORE_NAMES,
      'Names (glob patterns) every naming rule accepts; replaces the default list of unittest/Django names.',
    ),
    'extend-ignore-names': option.stringList([], 'Names (glob patterns) to accept in addition to `ignore-names`.'),
    'classmethod-decorators': option.stringList([], 'Extra decorators (qualified or last segment) that make a method a classmethod.'),
    'staticmethod-decorators': option.stringList([], 'Extra decorators (qualified or last segment) that make a method a staticmethod.'),
  },
} as const satisfies Record<string, Record<string, OptionSpec>>;

export type SectionTable = keyof typeof SECTION_OPTIONS;
export type TopLevelSettings = ResolvedOptions<typeof TOP_LEVEL_OPTIONS>;
export type SectionSettings = {
  readonly [S in SectionTable as S extends 'type-hints' ? 'typeHints' : S]: ResolvedOptions<(typeof SECTION_OPTIONS)[S]>;
};
