// Public surface of the configuration layer.
export { ConfigError, closestMatch } from './errors.js';
export {
  readProjectConfig,
  readDiscoveredProjectConfig,
  projectConfigFromText,
  resolveSettings,
  PYTHON_SOURCES,
  type DeclaredPython,
  type ProjectConfig,
  type PythonSource,
  type SelectorCheck,
  type Settings,
} from './settings.js';
export * from './schema.js';
export { option, describeKind, type OptionSpec } from './option-spec.js';
export {
  minimumPythonVersion,
  compareVersions,
  formatPythonVersion,
  parsePythonVersion,
  parseTargetVersion,
  targetVersionFor,
  type PythonVersion,
} from './python-version.js';
export { readConstraint, type ConstraintDialect, type ConstraintReading } from './version-constraint.js';
export { parseLocatedToml, type LocatedToml } from './toml.js';
export { readScriptMetadata, type CommentNode, type ScriptMetadata } from './inline-script-metadata.js';
