// The section an import belongs to: __future__, standard library, third-party, first-party or local.
import type { IsortSettings } from './isort-settings.js';
import { isStandardLibrary } from './stdlib.js';
import type { SectionName } from './types.js';

/** What the section is decided on: the module as written and the file that imports it. */
export interface CategorizeInput {
  /** `os.path`, or for relative imports the dots and the module (`..models`). */
  readonly moduleName: string;
  readonly isRelative: boolean;
  /** Absolute path of the importing file, for the same-package check (undefined for stdin). */
  readonly file: string | undefined;
}

/**
 * Ruff's order, first match wins: `__future__`; relative imports are local; the `known-*` and
 * `extra-standard-library` patterns; the standard library of the target version; the file's
 * own package (`detect-same-package`); a module found under a `src` root; `__main__`;
 * otherwise third-party. A section missing from `section-order` falls back to third-party.
 */
export function categorize(input: CategorizeInput, settings: IsortSettings): SectionName {
  const section = rawSection(input, settings);
  return settings.sectionOrder.includes(section) ? section : 'third-party';
}

function rawSection(input: CategorizeInput, settings: IsortSettings): SectionName {
  const base = input.moduleName.split('.', 1)[0] ?? '';
  if (!input.isRelative && base === '__future__') return 'future';
  if (input.isRelative) return 'local-folder';
  const known = knownSection(input.moduleName, settings);
  if (known) return known;
  if (isStandardLibrary(base, settings.stdlibMinor)) return 'standard-library';
  if (settings.detectSamePackage && input.file && settings.locator.packageRootName(input.file) === base) return 'first-party';
  if (settings.locator.isInSourceRoot(settings.sourceRoots, input.moduleName)) return 'first-party';
  if (input.moduleName === '__main__') return 'first-party';
  return 'third-party';
}

function knownSection(moduleName: string, settings: IsortSettings): SectionName | undefined {
  if (!settings.knownHasSubmodules) return matchKnown(moduleName.split('.', 1)[0] ?? '', settings);
  for (let end = moduleName.length; end > 0; end = moduleName.lastIndexOf('.', end - 1)) {
    const found = matchKnown(moduleName.slice(0, end), settings);
    if (found) return found;
  }
  return undefined;
}

function matchKnown(module: string, settings: IsortSettings): SectionName | undefined {
  return settings.known.find((known) => known.pattern.test(module))?.section;
}
