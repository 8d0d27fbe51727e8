// First-party detection on disk: modules under the `src` roots, and the package a file belongs to.
import { statSync } from 'node:fs';
import path from 'node:path';

/** Filesystem answers, cached for one run (one cache per settings object). */
export class ModuleLocator {
  private readonly kinds = new Map<string, 'file' | 'directory' | undefined>();
  private readonly packageRoots = new Map<string, string | undefined>();

  /**
   * True when a source root holds the module's full path (`a.b.c` needs `<root>/a/b/c/`, or
   * `<root>/a/b/c.py` / `.pyi`), as Ruff's `src` matching does.
   */
  isInSourceRoot(roots: readonly string[], moduleName: string): boolean {
    const relative = moduleName.split('.');
    if (relative.some((part) => part === '')) return false;
    for (const root of roots) {
      const candidate = path.join(root, ...relative);
      if (this.kind(candidate) === 'directory') return true;
      if (this.kind(`${candidate}.py`) === 'file' || this.kind(`${candidate}.pyi`) === 'file') return true;
    }
    return false;
  }

  /**
   * The name of the outermost package folder holding `file` (the last of the unbroken chain of
   * parent folders with an `__init__.py`), or undefined when the file's folder is no package.
   */
  packageRootName(file: string): string | undefined {
    const directory = path.dirname(file);
    let root = this.packageRoots.get(directory);
    if (!this.packageRoots.has(directory)) {
      root = undefined;
      for (let dir = directory; ; dir = path.dirname(dir)) {
        if (this.kind(path.join(dir, '__init__.py')) !== 'file') break;
        root = dir;
        if (path.dirname(dir) === dir) break;
      }
      this.packageRoots.set(directory, root);
    }
    return root === undefined ? undefined : path.basename(root);
  }

  private kind(file: string): 'file' | 'directory' | undefined {
    if (this.kinds.has(file)) return this.kinds.get(file);
    let kind: 'file' | 'directory' | undefined;
    try {
      const stats = statSync(file, { throwIfNoEntry: false });
      kind = stats?.isDirectory() ? 'directory' : stats?.isFile() ? 'file' : undefined;
    } catch {
      kind = undefined;
    }
    this.kinds.set(file, kind);
    return kind;
  }
}
