// The benchmark corpus: the installed Python standard library, walked the same way for every tool.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The installed standard library folder. */
export function stdlibPath(): string {
  return execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
}

/** `.py` files under `root`, skipping the folders pystandards excludes by default, sorted. */
export function corpusFiles(root: string): string[] {
  const skip = new Set(['site-packages', '__pycache__', '.git', 'build', 'dist', 'node_modules', '.venv', 'venv', '.pystandards_cache']);
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(full);
      } else if (entry.isFile() && (entry.name.endsWith('.py') || entry.name.endsWith('.pyi'))) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}
