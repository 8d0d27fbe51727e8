// Settings for tests: defaults plus a `[tool.pystandards]` table given as an object.
import { projectConfigFromText, resolveSettings, type Settings } from '../../src/config/index.js';

/** The root folder of the project test snippets belong to (it does not exist on disk). */
export const TEST_PROJECT_ROOT = '/project';

/** Settings as a project with this `[tool.pystandards]` table (validated like a real file) would get. */
export function settingsWith(tool: Record<string, unknown> = {}, projectRoot = TEST_PROJECT_ROOT): Settings {
  const toml = Object.keys(tool).length === 0 ? '' : toToml(tool);
  const config = projectConfigFromText(toml, `${projectRoot}/pyproject.toml`);
  return resolveSettings(projectRoot, config);
}

function toToml(tool: Record<string, unknown>): string {
  const top: string[] = [];
  const tables: string[] = [];
  for (const [key, value] of Object.entries(tool)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      const isSection = entries.every(([, v]) => typeof v !== 'object' || Array.isArray(v));
      if (isSection) {
        tables.push(`[tool.pystandards.${key}]`, ...entries.map(([k, v]) => `${quoteKey(k)} = ${JSON.stringify(v)}`));
        continue;
      }
    }
    top.push(`${quoteKey(key)} = ${toTomlValue(value)}`);
  }
  return ['[tool.pystandards]', ...top, ...tables].join('\n');
}

function toTomlValue(value: unknown): string {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${quoteKey(k)} = ${toTomlValue(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function quoteKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}
