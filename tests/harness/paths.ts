// Paths of the repository, for tests that read fixtures or run the built CLI.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (tests run from dist/tests/...). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}

export const CLI = repoPath('bin', 'pystandards.js');
