// Python versions: the minimum a requirement allows, target versions, comparisons.
import { TARGET_VERSIONS, type TargetVersion } from './schema.js';
import { readConstraint, type ConstraintDialect } from './version-constraint.js';

export interface PythonVersion {
  readonly major: number;
  readonly minor: number;
}

/**
 * The lowest `major.minor` a PEP 440 specifier set admits (`>=3.10,<4` → 3.10, `~=3.11` → 3.11,
 * `==3.12.*` → 3.12), or undefined when it sets no lower bound or cannot be read.
 */
export function minimumPythonVersion(specifier: string, dialect: ConstraintDialect = 'pep440'): PythonVersion | undefined {
  const reading = readConstraint(specifier, dialect);
  return reading.ok ? reading.lowest : undefined;
}

/** `3.12` → 3.12; undefined for anything that is not `major.minor`. */
export function parsePythonVersion(text: string): PythonVersion | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(text.trim());
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : undefined;
}

export function formatPythonVersion(version: PythonVersion): string {
  return `${version.major}.${version.minor}`;
}

export function compareVersions(a: PythonVersion, b: PythonVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

/** `py312` → 3.12. */
export function parseTargetVersion(target: TargetVersion): PythonVersion {
  return { major: 3, minor: Number(target.slice(3)) };
}

/** The closest supported target for a version (clamped to the range pystandards knows). */
export function targetVersionFor(version: PythonVersion): TargetVersion {
  if (version.major < 3) return TARGET_VERSIONS[0];
  if (version.major > 3) return TARGET_VERSIONS[TARGET_VERSIONS.length - 1] as TargetVersion;
  const exact = `py3${version.minor}` as TargetVersion;
  if (TARGET_VERSIONS.includes(exact)) return exact;
  return version.minor < 7 ? TARGET_VERSIONS[0] : (TARGET_VERSIONS[TARGET_VERSIONS.length - 1] as TargetVersion);
}
