// Finds the configuration that governs each file: `--config`, or the nearest pyproject.toml.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, readProjectConfig, resolveSettings, type ProjectConfig, type SelectorCheck, type Settings } from '../config/index.js';

export interface ResolverOptions {
  /** `--config PATH`: one configuration for every file. */
  readonly configFile?: string | undefined;
  /** `--isolated`: ignore every configuration file. */
  readonly isolated?: boolean | undefined;
  readonly isKnownSelector?: SelectorCheck | undefined;
}

/** Resolves and caches settings per folder; the same project shares one Settings object. */
export class SettingsResolver {
  private readonly byDirectory = new Map<string, Settings>();
  private readonly byConfigFile = new Map<string, Settings>();
  private readonly fixed: Settings | undefined;

  constructor(private readonly options: ResolverOptions = {}) {
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

  private resolveFrom(directory: string): Settings {
    let nearestProject: ProjectConfig | undefined;
    let projectRoot: string | undefined;
    for (let dir = directory; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'pyproject.toml');
      if (existsSync(candidate)) {
        if (this.options.isolated) {
          projectRoot ??= dir;
        } else {
          const config = readProjectConfig(candidate, this.options.isKnownSelector);
          if (config.hasToolSection) return this.settingsFor(config, nearestProject);
          nearestProject ??= config;
          projectRoot ??= dir;
        }
      }
      if (path.dirname(dir) === dir) break;
    }
    return resolveSettings(projectRoot ?? directory, this.options.isolated ? undefined : nearestProject);
  }

  /** Settings from a configured pyproject; an inner pyproject without our table still names the Python version. */
  private settingsFor(config: ProjectConfig, inner: ProjectConfig | undefined): Settings {
    const key = `${config.file}\u0000${inner?.file ?? ''}`;
    const cached = this.byConfigFile.get(key);
    if (cached) return cached;
    const merged = inner?.requiresPython && !config.requiresPython ? { ...config, requiresPython: inner.requiresPython } : config;
    const settings = resolveSettings(path.dirname(config.file), merged);
    this.byConfigFile.set(key, settings);
    return settings;
  }
}
