// Finds the scripts of a project that declare their own Python in a PEP 723 `# /// script` block.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readScriptMetadata } from '../config/index.js';
import { collectNodes, parsePython } from '../syntax/index.js';
import { sortedEntries } from './directory.js';
import { projectFile, readText } from './project-file.js';
import type { IgnoreOracle, ProjectFile } from './project.js';

/** Folders never searched: they hold no project files of their own. */
const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * The first `.py` file under `root` (a folder's files before its subfolders, each by name) whose `# /// script` block has `requires-python`.
 * It does not descend into a virtual environment, a git-ignored folder, a symbolic link or a nested
 * project (`isNestedProject`). Only files whose text holds `# /// script` are parsed, and the block
 * is read from the tree's comment nodes. This second parse of a file is paid only by a project whose
 * manifests declare no Python, the one case that asks.
 */
export function findScriptDeclaringPython(
  root: string,
  ignore: IgnoreOracle,
  isNestedProject: (folder: string) => boolean,
): ProjectFile | undefined {
  const visit = (directory: string): ProjectFile | undefined => {
    const entries = sortedEntries(directory);
    for (const entry of entries) {
      const file = path.join(directory, entry.name);
      if (!entry.isFile() || !entry.name.endsWith('.py') || ignore.isIgnored(file, false)) continue;
      const text = readText(file);
      if (text?.includes('# /// script') && readScriptMetadata(collectNodes(parsePython(text).rootNode, ['comment']))?.requiresPython) {
        return projectFile(file, text);
      }
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIPPED.has(entry.name)) continue;
      const folder = path.join(directory, entry.name);
      if (existsSync(path.join(folder, 'pyvenv.cfg')) || ignore.isIgnored(folder, true) || isNestedProject(folder)) continue;
      const found = visit(folder);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root);
}
