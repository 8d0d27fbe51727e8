// Finds and reads projects once per run: roots by folder, facts by root.
import path from 'node:path';
import { compareVersions, PYTHON_SOURCES, type DeclaredPython, type PythonVersion } from '../config/index.js';
import { findScriptDeclaringPython } from './inline-scripts.js';
import { managerFiles } from './managers.js';
import { projectFile } from './project-file.js';
import {
  START_OF_FILE,
  type IgnoreOracle,
  type ManagerEvidence,
  type ManifestProblem,
  type Project,
  type ProjectFile,
  type PythonDeclaration,
  type Span,
  type VirtualEnvironment,
} from './project.js';
import { readPyproject } from './pyproject.js';
import { readPythonVersionFile } from './python-version-file.js';
import { ProjectRoots, isManifest } from './root.js';
import { readSetupCfg } from './setup-cfg.js';
import { readSetupPy } from './setup-py.js';
import { findVirtualEnvironments } from './virtual-environments.js';

/** Which manifest a missing declaration is reported on, when the project has several. */
const PREFERRED_MANIFESTS = ['pyproject.toml', 'setup.cfg', 'setup.py', 'requirements.txt', 'Pipfile', 'environment.yml'];

/** The projects of one run. Shared by settings resolution (Python version) and the ENV rules. */
export class ProjectIndex {
  private readonly roots = new ProjectRoots();
  private readonly projects = new Map<string, Project>();

  constructor(private readonly ignore: IgnoreOracle) {}

  /** The root of the project that `directory` belongs to, or undefined outside any project. */
  rootOf(directory: string): string | undefined {
    return this.roots.rootOf(path.resolve(directory));
  }

  /** The project whose root is `root` (read on first use). */
  project(root: string): Project {
    let project = this.projects.get(root);
    if (!project) {
      project = this.load(root);
      this.projects.set(root, project);
    }
    return project;
  }

  /** The lowest Python version the project of `directory` declares, by the first source that says. */
  declaredPython(directory: string): DeclaredPython | undefined {
    const root = this.rootOf(directory);
    if (!root) return undefined;
    const declarations = this.project(root).python;
    for (const source of PYTHON_SOURCES) {
      let lowest: PythonVersion | undefined;
      for (const declaration of declarations) {
        if (declaration.source !== source || !declaration.reading.ok || !declaration.reading.lowest) continue;
        if (!lowest || compareVersions(declaration.reading.lowest, lowest) < 0) lowest = declaration.reading.lowest;
      }
      if (lowest) return { version: lowest, source };
    }
    return undefined;
  }

  private load(root: string): Project {
    const names = this.roots.list(root);
    const has = (name: string): boolean => names.includes(name);
    const file = (name: string) => projectFile(path.join(root, name));
    const python: PythonDeclaration[] = [];
    const problems: ManifestProblem[] = [];
    const managers: ManagerEvidence[] = [];
    let declarationSite: Span = START_OF_FILE;
    let pyprojectToolsOnly = false;
    if (has('pyproject.toml')) {
      const facts = readPyproject(file('pyproject.toml'));
      python.push(...facts.python);
      problems.push(...facts.problems);
      managers.push(...facts.managers);
      declarationSite = facts.declarationSite;
      pyprojectToolsOnly = facts.toolsOnly;
    }
    if (has('setup.cfg')) {
      const facts = readSetupCfg(file('setup.cfg'));
      python.push(...facts.python);
      problems.push(...facts.problems);
    }
    if (has('setup.py')) python.push(...readSetupPy(file('setup.py')));
    if (has('.python-version')) python.push(...readPythonVersionFile(file('.python-version')));
    managers.push(...managerFiles(root, names));
    const manifestName = PREFERRED_MANIFESTS.find(has) ?? names.filter(isManifest).sort()[0];
    const otherManifests = names.some((name) => name !== 'pyproject.toml' && isManifest(name));
    const ignore = this.ignore;
    const isNestedProject = (folder: string): boolean => this.roots.rootOf(folder) === folder;
    let venvs: readonly VirtualEnvironment[] | undefined;
    let script: { readonly file: ProjectFile | undefined } | undefined;
    const packageless = pyprojectToolsOnly && !otherManifests;
    return {
      root,
      manifest: file(manifestName ?? 'pyproject.toml'),
      toolsOnly: packageless && python.length === 0 && managers.length === 0,
      packageless,
      declarationSite,
      python,
      problems,
      managers,
      inGitRepository: this.roots.gitRootOf(root) !== undefined,
      virtualEnvironments: () => (venvs ??= findVirtualEnvironments(root, ignore, isNestedProject)),
      scriptDeclaringPython: () => (script ??= { file: findScriptDeclaringPython(root, ignore, isNestedProject) }).file,
    };
  }
}
