// Virtual environments (folders holding pyvenv.cfg) inside a project, and whether git ignores them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sortedEntries } from './directory.js';
import { projectFile } from './project-file.js';
import type { IgnoreOracle, VirtualEnvironment } from './project.js';

/** Folders never searched: they hold no project files of their own. */
const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * Walks `root` for folders holding `pyvenv.cfg`. It does not descend into a virtual environment,
 * a git-ignored folder (nothing under it can be committed), a symbolic link or a nested project
 * (`isNestedProject`: a folder that is the root of a project of its own).
 */
export function findVirtualEnvironments(
  root: string,
  ignore: IgnoreOracle,
  isNestedProject: (folder: string) => boolean,
): VirtualEnvironment[] {
  const found: VirtualEnvironment[] = [];
  const visit = (directory: string): void => {
    for (const entry of sortedEntries(directory)) {
      if (!entry.isDirectory() || SKIPPED.has(entry.name)) continue;
      const folder = path.join(directory, entry.name);
      const config = path.join(folder, 'pyvenv.cfg');
      if (existsSync(config)) {
        const ignored = ignore.isIgnored(folder, true) || ignore.isIgnored(config, false);
        found.push({ folder, config: projectFile(config), ignored });
        continue;
      }
      if (ignore.isIgnored(folder, true) || isNestedProject(folder)) continue;
      visit(folder);
    }
  };
  visit(root);
  return found;
}
