// Raw `[tool.pystandards]` tables → validated, resolved settings with every default applied.
import path from 'node:path';
import { readRegularText } from '../regular-file.js';
import { ConfigError, closestMatch } from './errors.js';
import { camelCase, checkValue, isPlainObject, type OptionSpec } from './option-spec.js';
import { minimumPythonVersion, targetVersionFor, type PythonVersion } from './python-version.js';
import {
  DEFAULT_TARGET_VERSION,
  SECTION_OPTIONS,
  TOP_LEVEL_OPTIONS,
  type SectionSettings,
  type TargetVersion,
  type TopLevelSettings,
} from './schema.js';
import { parseLocatedToml, type LocatedToml } from './toml.js';

/** Everything a run needs to know about one project's configuration. */
export interface Settings extends Omit<TopLevelSettings, 'targetVersion'>, SectionSettings {
  /** Folder that relative paths in the configuration are relative to. */
  readonly projectRoot: string;
  /** The `pyproject.toml` (or `--config` file) the settings came from, if any. */
  readonly configFile: string | undefined;
  readonly targetVersion: TargetVersion;
  /** Where the target version came from, for messages. */
  readonly targetVersionSource: 'config' | PythonSource | 'default';
}

/** Where a project declares its Python version, in the order target-version inference reads them. */
export const PYTHON_SOURCES = ['requires-python', 'poetry', 'setup.cfg', 'setup.py', '.python-version'] as const;
export type PythonSource = (typeof PYTHON_SOURCES)[number];

/** The lowest Python version a project declares, and where it says so. */
export interface DeclaredPython {
  readonly version: PythonVersion;
  readonly source: PythonSource;
}

/** A validated `[tool.pystandards]` table plus the project facts settings depend on. */
export interface ProjectConfig {
  readonly file: string;
  readonly hasToolSection: boolean;
  readonly tool: Readonly<Record<string, unknown>>;
  readonly requiresPython: string | undefined;
}

const TOOL_PATH = ['tool', 'pystandards'] as const;

/** Says whether a rule selector (`NAM002`, `NAM`, `N801`, `ALL`) names at least one rule. */
export type SelectorCheck = (selector: string) => boolean;

const SELECTOR_KEYS = new Set(['select', 'extend-select', 'ignore']);

/** Reads and validates a `pyproject.toml`; throws ConfigError on broken TOML or bad options. */
export function readProjectConfig(file: string, isKnownSelector?: SelectorCheck): ProjectConfig {
  return projectConfigFromText(readConfigText(file), file, isKnownSelector);
}

function readConfigText(file: string): string {
  const read = readRegularText(file);
  if (read.text === undefined) throw new ConfigError(`cannot read configuration: ${read.reason}`, file);
  return read.text;
}

/**
 * Reads a `pyproject.toml` met on the way up from a checked file. Broken TOML that cannot hold
 * pystandards configuration (the word never occurs in it) is someone else's file: it yields
 * undefined, so the run goes on and ENV001 reports the file. Anything else throws as
 * `readProjectConfig` does, so a broken `[tool.pystandards]` still stops the run.
 */
export function readDiscoveredProjectConfig(file: string, isKnownSelector?: SelectorCheck): ProjectConfig | undefined {
  const text = readConfigText(file);
  if (text.includes('pystandards')) return projectConfigFromText(text, file, isKnownSelector);
  try {
    return projectConfigFromText(text, file, isKnownSelector);
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/**
 * Validates the text of a configuration file. A `pyproject.toml` keeps its options under
 * `[tool.pystandards]`; any other file (`pystandards.toml`) holds them at the top level.
 */
export function projectConfigFromText(text: string, file: string, isKnownSelector?: SelectorCheck): ProjectConfig {
  const toml = parseLocatedToml(text, file);
  const standalone = path.basename(file) !== 'pyproject.toml';
  const toolTable = standalone ? toml.value : (toml.value.tool as Record<string, unknown> | undefined)?.pystandards;
  const project = toml.value.project;
  const requiresPython = isPlainObject(project) && typeof project['requires-python'] === 'string'
    ? project['requires-python']
    : undefined;
  if (toolTable === undefined) return { file, hasToolSection: false, tool: {}, requiresPython };
  if (!isPlainObject(toolTable)) throw located(toml, file, [...TOOL_PATH], '`tool.pystandards` must be a table');
  validateTool(toolTable, standalone ? [] : [...TOOL_PATH], toml, file, isKnownSelector);
  return { file, hasToolSection: true, tool: toolTable, requiresPython };
}

function validateTool(
  table: Record<string, unknown>,
  prefix: readonly string[],
  toml: LocatedToml,
  file: string,
  isKnownSelector: SelectorCheck | undefined,
): void {
  const sectionNames = Object.keys(SECTION_OPTIONS);
  for (const [key, value] of Object.entries(table)) {
    const keyPath = [...prefix, key];
    const spec = (TOP_LEVEL_OPTIONS as Record<string, OptionSpec>)[key];
    if (spec) {
      checkOption(spec, value, keyPath, toml, file);
      if (isKnownSelector) checkSelectors(key, value, keyPath, toml, file, isKnownSelector);
      continue;
    }
    const section = (SECTION_OPTIONS as Record<string, Record<string, OptionSpec>>)[key];
    if (!section) {
      const suggestion = closestMatch(key, [...Object.keys(TOP_LEVEL_OPTIONS), ...sectionNames]);
      throw located(toml, file, keyPath, `unknown option \`${keyPath.join('.')}\`${hint(suggestion)}`);
    }
    if (!isPlainObject(value)) throw located(toml, file, keyPath, `\`${keyPath.join('.')}\` must be a table`);
    for (const [optionKey, optionValue] of Object.entries(value)) {
      const optionPath = [...keyPath, optionKey];
      const optionSpec = section[optionKey];
      if (!optionSpec) {
        const suggestion = closestMatch(optionKey, Object.keys(section));
        throw located(toml, file, optionPath, `unknown option \`${optionPath.join('.')}\`${hint(suggestion)}`);
      }
      checkOption(optionSpec, optionValue, optionPath, toml, file);
    }
  }
}

function checkSelectors(
  key: string,
  value: unknown,
  keyPath: string[],
  toml: LocatedToml,
  file: string,
  isKnownSelector: SelectorCheck,
): void {
  const selectors = SELECTOR_KEYS.has(key)
    ? (value as string[])
    : key === 'per-file-ignores'
      ? Object.values(value as Record<string, string[]>).flat()
      : [];
  const unknown = selectors.find((selector) => !isKnownSelector(selector));
  if (unknown !== undefined) {
    throw located(toml, file, keyPath, `unknown rule code or prefix \`${unknown}\` in \`${keyPath.join('.')}\``);
  }
}

function checkOption(spec: OptionSpec, value: unknown, keyPath: string[], toml: LocatedToml, file: string): void {
  const problem = checkValue(spec, value);
  if (problem) throw located(toml, file, keyPath, `invalid value for \`${keyPath.join('.')}\`: ${problem}, got ${show(value)}`);
}

function located(toml: LocatedToml, file: string, keyPath: string[], message: string): ConfigError {
  const where = toml.locate(keyPath);
  return new ConfigError(message, file, where?.line, where?.column);
}

function hint(suggestion: string | undefined): string {
  return suggestion ? ` (did you mean \`${suggestion}\`?)` : '';
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Applies defaults to a validated configuration (or to none, for `--isolated` and bare folders).
 * `declared` is the project's own declaration of its Python version; without it, the
 * configuration file's `requires-python` is used.
 */
export function resolveSettings(projectRoot: string, config: ProjectConfig | undefined, declared?: DeclaredPython): Settings {
  const tool = config?.tool ?? {};
  const resolved: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(TOP_LEVEL_OPTIONS as Record<string, OptionSpec>)) {
    resolved[camelCase(key)] = tool[key] ?? spec.default;
  }
  for (const [section, specs] of Object.entries(SECTION_OPTIONS as Record<string, Record<string, OptionSpec>>)) {
    const table = (tool[section] ?? {}) as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(specs)) values[camelCase(key)] = table[key] ?? spec.default;
    resolved[camelCase(section)] = values;
  }
  const configured = tool['target-version'] as TargetVersion | undefined;
  const fromRequires = config?.requiresPython ? minimumPythonVersion(config.requiresPython) : undefined;
  const inferred: DeclaredPython | undefined = declared ?? (fromRequires && { version: fromRequires, source: 'requires-python' });
  const targetVersion = configured ?? (inferred ? targetVersionFor(inferred.version) : DEFAULT_TARGET_VERSION);
  const targetVersionSource = configured ? 'config' : (inferred?.source ?? 'default');
  return {
    ...(resolved as unknown as Omit<Settings, 'projectRoot' | 'configFile' | 'targetVersion' | 'targetVersionSource'>),
    projectRoot: path.resolve(projectRoot),
    configFile: config?.file,
    targetVersion,
    targetVersionSource,
  };
}
