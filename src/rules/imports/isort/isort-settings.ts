// The isort settings of a project, resolved once per settings object from `[tool.pystandards]`.
import path from 'node:path';
import type { Settings } from '../../../config/index.js';
import { globToRegExp } from '../../naming/ignore-names.js';
import { ModuleLocator } from './first-party.js';
import { stdlibMinor } from './stdlib.js';
import { KNOWN_SECTIONS, type SectionName } from './types.js';

/** A `known-*` / `extra-standard-library` pattern and the section it assigns. */
export interface KnownPattern {
  readonly pattern: RegExp;
  readonly section: SectionName;
}

export interface IsortSettings {
  readonly lineLength: number;
  readonly tabSize: number;
  readonly forceSortWithinSections: boolean;
  readonly orderByType: boolean;
  readonly caseSensitive: boolean;
  readonly combineAsImports: boolean;
  readonly forceSingleLine: boolean;
  readonly linesAfterImports: number;
  readonly splitOnTrailingComma: boolean;
  readonly detectSamePackage: boolean;
  readonly relativeFurthestFirst: boolean;
  /** Patterns in the order they are tried (first-party, third-party, local, standard library, then `src`). */
  readonly known: readonly KnownPattern[];
  /** Some pattern is dotted, so every prefix of a module is tried, longest first. */
  readonly knownHasSubmodules: boolean;
  readonly sectionOrder: readonly SectionName[];
  readonly stdlibMinor: number;
  /** Absolute source roots (`src`, relative to the project root). */
  readonly sourceRoots: readonly string[];
  readonly locator: ModuleLocator;
}

/** The standards' own layout: `from src.core.config import settings` is first-party out of the box. */
const DEFAULT_FIRST_PARTY = 'src';

const cache = new WeakMap<Settings, IsortSettings>();

/** The isort settings for `settings`, resolved once. */
export function isortSettings(settings: Settings): IsortSettings {
  const cached = cache.get(settings);
  if (cached) return cached;
  const imports = settings.imports;
  const patterns = (names: readonly string[], section: SectionName): KnownPattern[] =>
    names.map((name) => ({ pattern: globToRegExp(name), section }));
  const knownNames = [
    ...settings.knownFirstParty,
    ...imports.knownFirstParty,
    ...settings.knownThirdParty,
    ...imports.knownThirdParty,
    ...imports.knownLocalFolder,
    ...imports.extraStandardLibrary,
  ];
  const known = [
    ...patterns([...settings.knownFirstParty, ...imports.knownFirstParty], 'first-party'),
    ...patterns([...settings.knownThirdParty, ...imports.knownThirdParty], 'third-party'),
    ...patterns(imports.knownLocalFolder, 'local-folder'),
    ...patterns(imports.extraStandardLibrary, 'standard-library'),
    ...patterns([DEFAULT_FIRST_PARTY], 'first-party'),
  ];
  const sectionOrder = dedupe(imports.sectionOrder.filter((s): s is SectionName => (KNOWN_SECTIONS as readonly string[]).includes(s)));
  if (!sectionOrder.includes('third-party')) sectionOrder.push('third-party');
  const resolved: IsortSettings = {
    lineLength: imports.lineLength,
    tabSize: 4,
    forceSortWithinSections: imports.forceSortWithinSections,
    orderByType: imports.orderByType,
    caseSensitive: imports.caseSensitive,
    combineAsImports: imports.combineAsImports,
    forceSingleLine: imports.forceSingleLine,
    linesAfterImports: imports.linesAfterImports,
    splitOnTrailingComma: imports.splitOnTrailingComma,
    detectSamePackage: imports.detectSamePackage,
    relativeFurthestFirst: imports.relativeImportsOrder !== 'closest-to-furthest',
    known,
    knownHasSubmodules: knownNames.some((name) => name.includes('.')),
    sectionOrder,
    stdlibMinor: stdlibMinor(settings.targetVersion),
    sourceRoots: settings.src.map((root) => path.resolve(settings.projectRoot, root)),
    locator: new ModuleLocator(),
  };
  cache.set(settings, resolved);
  return resolved;
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
