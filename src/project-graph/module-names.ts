// The dotted names under which a file can be imported: as part of its package (the unbroken
// chain of parent folders with an `__init__.py`, as Python and Ruff find packages) and relative
// to each `src` root that holds it (namespace packages, scripts beside their modules).
import { existsSync } from 'node:fs';
import path from 'node:path';

export class ModuleNamer {
  private readonly isPackage = new Map<string, boolean>();

  /** The names of the file at `file`, its package-based name first; `roots` are absolute source roots. */
  namesOf(file: string, roots: readonly string[]): string[] {
    const names: string[] = [];
    const stem = path.basename(file).replace(/\.pyi?$/, '');
    const own = stem === '__init__' ? [] : [stem];
    const packageParts: string[] = [];
    let folder = path.dirname(file);
    while (this.folderIsPackage(folder)) {
      packageParts.unshift(path.basename(folder));
      const parent = path.dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    const packaged = [...packageParts, ...own];
    if (packaged.length > 0) names.push(packaged.join('.'));
    for (const root of roots) {
      const relative = path.relative(root, file);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      const parts = relative.split(path.sep);
      parts[parts.length - 1] = stem;
      if (stem === '__init__') parts.pop();
      if (parts.length === 0 || !parts.every(isIdentifier)) continue;
      const name = parts.join('.');
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  /** The package a module's relative imports start from: itself for `__init__.py`, else its parent. */
  static packageOf(name: string, file: string): string {
    if (path.basename(file).startsWith('__init__.')) return name;
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(0, dot);
  }

  private folderIsPackage(folder: string): boolean {
    let answer = this.isPackage.get(folder);
    if (answer === undefined) {
      answer = existsSync(path.join(folder, '__init__.py'));
      this.isPackage.set(folder, answer);
    }
    return answer;
  }
}

function isIdentifier(part: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(part);
}
