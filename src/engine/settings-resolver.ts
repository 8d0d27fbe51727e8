// Finds the configuration that governs each file: `--config`, or the nearest pyproject.toml.
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ConfigError,
  readDiscoveredProjectConfig,
  readProjectConfig,
  resolveSettings,
  type ProjectConfig,
  type SelectorCheck,
  type Settings,
} from '../config/index.js';
import { ProjectIndex } from '../project/index.js';
import { GitIgnore } from './gitignore.js';

export interface ResolverOptions {
  /** `--config PATH`: one configuration for every file. */
  readonly configFile?: string | undefined;
  /** `--isolated`: ignore every configuration file. */
  readonly isolated?: boolean | undefined;
  readonly isKnownSelector?: SelectorCheck | undefined;
  /** The run's projects, whose declared Python version sets `target-version` when it is not configured. */
  readonly projects?: ProjectIndex | undefined;
  /**
   * The folders the run was asked to check (absolute). A file under no pyproject.toml belongs to
   * the enclosing git repository, else to the named folder holding it: one project, not one per
   * folder (which would scatter caches through every folder).
   */
  readonly fallbackRoots?: readonly string[] | undefined;
}

/** Resolves and caches settings per folder; the same project shares one Settings object. */
export class SettingsResolver {
  private readonly byDirectory = new Map<string, Settings>();
  private readonly byConfigFile = new Map<string, Settings>();
  private readonly byProject = new Map<string, Settings>();
  private readonly fixed: Settings | undefined;
  private readonly projects: ProjectIndex;

  constructor(private readonly options: ResolverOptions = {}) {
    this.projects = options.projects ?? new ProjectIndex(new GitIgnore());
    if (options.configFile) {
      const file = path.resolve(options.configFile);
      if (!existsSync(file)) throw new ConfigError('configuration file not found', options.configFile);
      this.fixed = resolveSettings(path.dirname(file), readProjectConfig(file, options.isKnownSelector));
    }
  }

  /** Settings for a file or folder at `absolutePath`. */
  forPath(absolutePath: string, isDirectory = false): Settings {
    if (this.fixed) return this.fixed;
    return this.forDirectory(isDirectory ? absolutePath : path.dirname(absolutePath));
  }

  private forDirectory(directory: string): Settings {
    const cached = this.byDirectory.get(directory);
    if (cached) return cached;
    const settings = this.resolveFrom(directory);
    this.byDirectory.set(directory, settings);
    return settings;
  }

  /**
   * Walks up to the first pyproject.toml with `[tool.pystandards]`. A broken pyproject.toml that
   * cannot be ours is passed over (ENV001 reports it); a broken one that can still stops the run.
   */
  private resolveFrom(directory: string): Settings {
    let nearestProject: ProjectConfig | undefined;
    let projectRoot: string | undefined;
    for (let dir = directory; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'pyproject.toml');
      if (existsSync(candidate)) {
        if (this.options.isolated) {
          projectRoot ??= dir;
        } else {
          const config = readDiscoveredProjectConfig(candidate, this.options.isKnownSelector);
          if (config?.hasToolSection) return this.settingsFor(config, directory);
          nearestProject ??= config;
          projectRoot ??= dir;
        }
      }
      if (path.dirname(dir) === dir) break;
    }
    const root = projectRoot ?? this.fallbackRoot(directory);
    const key = `${root}\u0000${nearestProject?.file ?? ''}\u0000${this.options.isolated ? '' : (this.projects.rootOf(directory) ?? '')}`;
    const cached = this.byProject.get(key);
    if (cached) return cached;
    const settings = this.options.isolated
      ? resolveSettings(root, undefined)
      : resolveSettings(root, nearestProject, this.projects.declaredPython(directory));
    this.byProject.set(key, settings);
    return settings;
  }

  /** The root of a folder under no pyproject.toml: its git repository, else the named folder holding it. */
  private fallbackRoot(directory: string): string {
    for (let dir = directory; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, '.git'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
    const holders = (this.options.fallbackRoots ?? []).filter((root) => directory === root || directory.startsWith(root + path.sep));
    return holders.sort((a, b) => a.length - b.length)[0] ?? directory;
  }

  /** Settings from a configured pyproject; the Python version comes from the project `directory` belongs to. */
  private settingsFor(config: ProjectConfig, directory: string): Settings {
    const key = `${config.file}\u0000${this.projects.rootOf(directory) ?? ''}`;
    const cached = this.byConfigFile.get(key);
    if (cached) return cached;
    const settings = resolveSettings(path.dirname(config.file), config, this.projects.declaredPython(directory));
    this.byConfigFile.set(key, settings);
    return settings;
  }
}
