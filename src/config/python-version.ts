// The minimum Python version a PEP 440 `requires-python` specifier allows.
import { TARGET_VERSIONS, type TargetVersion } from './schema.js';

export interface PythonVersion {
  readonly major: number;
  readonly minor: number;
}

/**
 * The lowest `major.minor` a specifier set admits (`>=3.10,<4` → 3.10, `~=3.11` → 3.11,
 * `==3.12.*` → 3.12), or undefined when it sets no lower bound or cannot be read.
 */
export function minimumPythonVersion(specifier: string): PythonVersion | undefined {
  let best: PythonVersion | undefined;
  for (const clause of specifier.split(',')) {
    const match = /^\s*(>=|~=|===|==|>)\s*v?(\d+)(?:\.(\d+))?/.exec(clause);
    if (!match) continue;
    const version = { major: Number(match[2]), minor: Number(match[3] ?? 0) };
    if (!best || compareVersions(version, best) > 0) best = version;
  }
  return best;
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
