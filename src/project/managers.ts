// Which package managers a project's own files show: lock files and manager manifests in its root.
import path from 'node:path';
import type { PackageManager } from '../config/index.js';
import { projectFile } from './project-file.js';
import { START_OF_FILE, type ManagerEvidence } from './project.js';
import { isRequirementsFile } from './root.js';
import { compareOrdinal } from '../compare.js';

/** Files that only a given manager writes or reads, most telling first. */
const MANAGER_FILES: readonly { readonly manager: PackageManager; readonly matches: (name: string) => boolean; readonly order: readonly string[] }[] = [
  { manager: 'pip', matches: (name) => isRequirementsFile(name) || name === 'requirements.in', order: ['requirements.txt'] },
  { manager: 'poetry', matches: (name) => name === 'poetry.lock', order: [] },
  { manager: 'pipenv', matches: named('Pipfile', 'Pipfile.lock'), order: ['Pipfile', 'Pipfile.lock'] },
  {
    manager: 'conda',
    matches: named('environment.yml', 'environment.yaml', 'conda-lock.yml', 'conda-lock.yaml'),
    order: ['environment.yml', 'environment.yaml', 'conda-lock.yml', 'conda-lock.yaml'],
  },
  { manager: 'pdm', matches: named('pdm.lock', 'pdm.toml', '.pdm-python'), order: ['pdm.lock', 'pdm.toml', '.pdm-python'] },
  { manager: 'uv', matches: named('uv.lock'), order: [] },
  { manager: 'hatch', matches: named('hatch.toml'), order: [] },
  { manager: 'pixi', matches: named('pixi.toml', 'pixi.lock'), order: ['pixi.toml', 'pixi.lock'] },
  { manager: 'rye', matches: named('requirements.lock', 'requirements-dev.lock'), order: [] },
];

function named(...names: string[]): (name: string) => boolean {
  const set = new Set(names);
  return (name) => set.has(name);
}

/** Evidence from the files in `root` (listed as `names`), per manager in its preferred order. */
export function managerFiles(root: string, names: readonly string[]): ManagerEvidence[] {
  const found: ManagerEvidence[] = [];
  for (const { manager, matches, order } of MANAGER_FILES) {
    const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
    const files = names.filter(matches).sort((a, b) => rank(a) - rank(b) || compareOrdinal(a, b));
    for (const name of files) found.push({ manager, file: projectFile(path.join(root, name)), span: START_OF_FILE, label: name });
  }
  return found;
}
