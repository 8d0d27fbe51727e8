// Which file changes make the server read configuration and project facts again, and a watcher of
// its own for clients that cannot watch files for it.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Files whose content settles settings, what the project rules (ENV) find, or what is suppressed in bulk. */
const WATCHED_NAMES = new Set([
  'pyproject.toml', 'setup.cfg', 'setup.py', '.python-version', 'requirements.in', 'poetry.lock', 'Pipfile', 'Pipfile.lock',
  'environment.yml', 'environment.yaml', 'conda-lock.yml', 'conda-lock.yaml', 'pdm.lock', 'pdm.toml', '.pdm-python', 'uv.lock',
  'hatch.toml', 'pixi.toml', 'pixi.lock', '.gitignore', 'pyvenv.cfg', 'exclude', 'pystandards-suppressions.json',
]);

/** The globs a client watches for the server (`workspace/didChangeWatchedFiles`). */
export const WATCH_GLOBS: readonly string[] = [
  ...[...WATCHED_NAMES].filter((name) => name !== 'exclude').map((name) => `**/${name}`),
  '**/requirements*.txt',
  '**/requirements*.lock',
  '**/.git/info/exclude',
];

/** True for a file whose change means settings or project facts must be read again. */
export function isWatchedFile(file: string): boolean {
  const name = path.basename(file);
  if (name === 'exclude') return file.split(path.sep).slice(-3).join('/') === '.git/info/exclude';
  return WATCHED_NAMES.has(name) || (name.startsWith('requirements') && (name.endsWith('.txt') || name.endsWith('.lock')));
}

/**
 * Watches folders (not recursively) for changes to watched files, for clients without
 * `workspace/didChangeWatchedFiles`: the workspace folders, the folders of the configuration
 * files in use and the project roots. Bursts (an editor's save is several events) are reported once.
 */
export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onChange: () => void,
    private readonly delayMs = 100,
  ) {}

  /** Watches each of `folders` not yet watched; folders that cannot be watched are passed over. */
  watchFolders(folders: Iterable<string>): void {
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (name === null || isWatchedFile(path.join(folder, name.toString()))) this.changed();
        });
        watcher.on('error', () => this.forget(folder));
        this.watchers.set(folder, watcher);
      } catch {
        // A folder that vanished or cannot be read: nothing to watch there.
      }
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const folder of [...this.watchers.keys()]) this.forget(folder);
  }

  private forget(folder: string): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }

  private changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, this.delayMs);
    this.timer.unref();
  }
}
