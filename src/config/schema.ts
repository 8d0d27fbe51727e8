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
} as const satisfies Record<string, OptionSpec>;

/** pep8-naming's default `ignore-names`: unittest and Django names that cannot be renamed. */
export const DEFAULT_NAMING_IGNORE_NAMES = [
  'setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule',
  'asyncSetUp', 'asyncTearDown', 'setUpTestData', 'failureException', 'longMessage', 'maxDiff',
] as const;

/** Per-section tables: `[tool.pystandards.<section>]`. */
export const SECTION_OPTIONS = {
  environment: {},
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
