// Public surface of the configuration layer.
export { ConfigError, closestMatch } from './errors.js';
export { readProjectConfig, projectConfigFromText, resolveSettings, type ProjectConfig, type SelectorCheck, type Settings } from './settings.js';
export * from './schema.js';
export { option, describeKind, type OptionSpec } from './option-spec.js';
export { minimumPythonVersion, compareVersions, parseTargetVersion, targetVersionFor, type PythonVersion } from './python-version.js';
