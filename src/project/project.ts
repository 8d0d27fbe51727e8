// The facts about one Python project that the environment rules read.
import type { ConstraintReading, PackageManager, PythonSource } from '../config/index.js';

/** A file of the project, read at most once and only when something needs its text. */
export interface ProjectFile {
  /** Absolute path. */
  readonly path: string;
  /** The file's text ('' when it cannot be read). */
  readonly text: string;
}

/** UTF-16 offsets into a file's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One place where the project states which Python it needs. */
export interface PythonDeclaration {
  readonly source: PythonSource;
  readonly file: ProjectFile;
  /** What declares it: the `key = value` pair, the line of `.python-version`. */
  readonly span: Span;
  /** The requirement as written (`>=3.10`, `^3.12`, `3.11.7`). */
  readonly value: string;
  readonly reading: ConstraintReading;
}

/** A manifest that could not be read, so what it declares is unknown. */
export interface ManifestProblem {
  readonly file: ProjectFile;
  readonly span: Span;
  readonly reason: string;
}

/** A file (or table) that shows a package manager manages the project. */
export interface ManagerEvidence {
  readonly manager: PackageManager;
  readonly file: ProjectFile;
  readonly span: Span;
  /** How to name it in a message: `Pipfile`, `[tool.poetry]`. */
  readonly label: string;
}

/** A folder holding `pyvenv.cfg`. */
export interface VirtualEnvironment {
  /** Absolute path of the folder. */
  readonly folder: string;
  readonly config: ProjectFile;
  /** True when git ignores the folder (or everything in it). */
  readonly ignored: boolean;
}

/** A Python project: the folder of its manifest and what its files declare. */
export interface Project {
  /** Absolute path of the project's folder. */
  readonly root: string;
  /** The main manifest (`pyproject.toml`, else `setup.cfg`, `setup.py`, `requirements*.txt`). */
  readonly manifest: ProjectFile;
  /**
   * True when the only manifest is a `pyproject.toml` of `[tool.*]` tables (a monorepo root, a
   * scripts folder): tool configuration, not a package, so nothing needs to declare a version.
   */
  readonly toolsOnly: boolean;
  /**
   * True when no manifest describes a package: the only manifest is a `pyproject.toml` of `[tool.*]`
   * tables (not Poetry's), whatever lock files lie beside it. Such a file declares no Python.
   */
  readonly packageless: boolean;
  /** Where a missing Python declaration belongs: the `[project]` header, else the file's start. */
  readonly declarationSite: Span;
  readonly python: readonly PythonDeclaration[];
  readonly problems: readonly ManifestProblem[];
  readonly managers: readonly ManagerEvidence[];
  /** True when the project lies inside a git work tree (a folder holding `.git` above it). */
  readonly inGitRepository: boolean;
  /** Virtual environments inside the project (walks its folders on first call). */
  virtualEnvironments(): readonly VirtualEnvironment[];
  /**
   * The first Python file of the project (nearest the root first) whose PEP 723 `# /// script` block has
   * `requires-python`: a script that declares its own Python. Walks the project on first call.
   */
  scriptDeclaringPython(): ProjectFile | undefined;
}

/** Answers whether git ignores a path (the engine's `.gitignore` reader). */
export interface IgnoreOracle {
  isIgnored(absolutePath: string, isDirectory: boolean): boolean;
}

export const START_OF_FILE: Span = { start: 0, end: 0 };
