// Throw-away workspace folders for the language server's tests: files written from a table.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempWorkspace {
  /** The folder (real path, so it matches what the server resolves). */
  readonly root: string;
  path(relative: string): string;
  write(relative: string, text: string): string;
  remove(): void;
}

/** A folder holding `files` (relative path → text); a `.git` folder makes it a work tree of its own. */
export function makeWorkspace(files: Readonly<Record<string, string>>, options: { git?: boolean } = {}): TempWorkspace {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pystandards-lsp-')));
  const workspace: TempWorkspace = {
    root,
    path: (relative) => path.join(root, relative),
    write: (relative, text) => {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  if (options.git ?? true) mkdirSync(path.join(root, '.git'));
  for (const [relative, text] of Object.entries(files)) workspace.write(relative, text);
  return workspace;
}
