// Whether a module belongs to the standard library of the target Python version.
import { STDLIB_EVERY_VERSION, STDLIB_MINOR_RANGE, STDLIB_SOME_VERSIONS } from './stdlib-modules.js';

const EVERY_VERSION = new Set(STDLIB_EVERY_VERSION);

/**
 * The Python 3 minor version whose list applies to a target (`py312` → 12). Targets older than
 * the oldest list use the oldest one (3.10: `sys.stdlib_module_names` first appeared there).
 */
export function stdlibMinor(targetVersion: string): number {
  const minor = Number(targetVersion.slice(3));
  return Math.min(Math.max(minor, STDLIB_MINOR_RANGE[0]), STDLIB_MINOR_RANGE[1]);
}

/** True when the first segment of `moduleBase` names a standard-library module of 3.`minor`. */
export function isStandardLibrary(moduleBase: string, minor: number): boolean {
  if (EVERY_VERSION.has(moduleBase)) return true;
  const range = Object.hasOwn(STDLIB_SOME_VERSIONS, moduleBase) ? STDLIB_SOME_VERSIONS[moduleBase] : undefined;
  return range !== undefined && minor >= range[0] && minor <= range[1];
}
