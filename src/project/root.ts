// Where a project starts: the nearest manifest above a folder, never above the git work tree.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Manifests by rank. A `pyproject.toml` anywhere above wins over a nearer `setup.cfg`, which
 * wins over a nearer `requirements*.txt`: a `docs/requirements.txt` does not make `docs/` a
 * project of its own. The last rank also holds the manifests of managers that need no other
 * file (pipenv's `Pipfile`, conda's `environment.yml`, pixi), so ENV002 sees those projects.
 */
const MANIFEST_RANKS: readonly ((name: string) => boolean)[] = [
  (name) => name === 'pyproject.toml',
  (name) => name === 'setup.cfg' || name === 'setup.py',
  (name) => isRequirementsFile(name) || STANDALONE_MANIFESTS.has(name),
];

const STANDALONE_MANIFESTS = new Set(['Pipfile', 'environment.yml', 'environment.yaml', 'pixi.toml']);

/** `requirements.txt`, `requirements-dev.txt`, `requirements_test.txt`, … */
export function isRequirementsFile(name: string): boolean {
  return name.startsWith('requirements') && name.endsWith('.txt');
}

/** True for every file name that makes its folder a project root. */
export function isManifest(name: string): boolean {
  return MANIFEST_RANKS.some((rank) => rank(name));
}

/** Finds project roots and git work trees, remembering every folder it has listed. */
export class ProjectRoots {
  private readonly listings = new Map<string, readonly string[]>();
  private readonly roots = new Map<string, string | null>();
  private readonly gitRoots = new Map<string, string | null>();

  /** The project folder of `directory`, or undefined when no manifest lies above it. */
  rootOf(directory: string): string | undefined {
    const cached = this.roots.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    const chain = this.chain(directory);
    let root: string | undefined;
    for (const isManifest of MANIFEST_RANKS) {
      root = chain.find((dir) => this.list(dir).some(isManifest));
      if (root) break;
    }
    this.roots.set(directory, root ?? null);
    return root;
  }

  /** The folder holding `.git` at or above `directory`, if any. */
  gitRootOf(directory: string): string | undefined {
    const cached = this.gitRoots.get(directory);
    if (cached !== undefined) return cached ?? undefined;
    const parent = path.dirname(directory);
    const found = existsSync(path.join(directory, '.git')) ? directory : parent === directory ? undefined : this.gitRootOf(parent);
    this.gitRoots.set(directory, found ?? null);
    return found;
  }

  /** File names in `directory` (cached; empty when it cannot be listed). */
  list(directory: string): readonly string[] {
    let names = this.listings.get(directory);
    if (!names) {
      try {
        names = readdirSync(directory);
      } catch {
        names = [];
      }
      this.listings.set(directory, names);
    }
    return names;
  }

  /** `directory` and its parents, up to the git work tree's root (or the file system's). */
  private chain(directory: string): string[] {
    const stop = this.gitRootOf(directory);
    const chain: string[] = [];
    for (let dir = directory; ; dir = path.dirname(dir)) {
      chain.push(dir);
      if (dir === stop || path.dirname(dir) === dir) break;
    }
    return chain;
  }
}
