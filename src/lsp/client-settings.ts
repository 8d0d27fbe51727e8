// Settings a client may send (initializationOptions, didChangeConfiguration, workspace/configuration),
// read leniently: each editor nests and spells them its own way.

/** What the editor may override on top of the configuration files. */
export interface ClientSettings {
  /** Replaces `select` (as `check --select`). */
  readonly select?: readonly string[] | undefined;
  readonly extendSelect?: readonly string[] | undefined;
  readonly ignore?: readonly string[] | undefined;
  /** "Fix all" applies unsafe fixes too. */
  readonly unsafeFixes?: boolean | undefined;
}

/** Problems found while reading the settings, to show the user once. */
export interface SettingsReading {
  readonly settings: ClientSettings;
  readonly problems: readonly string[];
}

const KEYS: Readonly<Record<string, keyof ClientSettings>> = {
  select: 'select',
  extendSelect: 'extendSelect',
  'extend-select': 'extendSelect',
  ignore: 'ignore',
  unsafeFixes: 'unsafeFixes',
  'unsafe-fixes': 'unsafeFixes',
};

/** Keys that only say how the editor starts or traces the server, not what it checks. */
const EDITOR_KEYS = new Set(['path', 'args', 'trace', 'logLevel']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The settings object inside what a client sent: `{settings: {...}}` (Ruff's shape),
 * `{pystandards: {...}}` (a section), or the settings themselves.
 */
function unwrap(value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.pystandards)) return value.pystandards;
  if (isRecord(value.settings)) return unwrap(value.settings) ?? value.settings;
  return value;
}

/** Codes given as a list or as one comma-separated string. */
function codeList(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : undefined;
  if (!items || items.some((item) => typeof item !== 'string')) {
    problems.push(`setting \`${key}\` must be a list of rule codes`);
    return undefined;
  }
  return (items as string[]).map((item) => item.trim()).filter(Boolean);
}

/** Reads client settings; unknown keys and wrongly typed values are reported and left out. */
export function readClientSettings(raw: unknown): SettingsReading {
  const problems: string[] = [];
  const table = unwrap(raw);
  if (!table) return { settings: {}, problems };
  const settings: { -readonly [K in keyof ClientSettings]: ClientSettings[K] } = {};
  for (const [key, value] of Object.entries(table)) {
    const name = KEYS[key];
    if (!name) {
      if (!EDITOR_KEYS.has(key)) problems.push(`unknown setting \`${key}\` (expected select, extendSelect, ignore or unsafeFixes)`);
      continue;
    }
    if (name === 'unsafeFixes') {
      if (value === undefined || value === null) continue;
      if (typeof value === 'boolean') settings.unsafeFixes = value;
      else problems.push('setting `unsafeFixes` must be true or false');
      continue;
    }
    const codes = codeList(value, key, problems);
    // An empty `select` from an editor's defaults means "not set", not "no rules".
    if (codes && !(name === 'select' && codes.length === 0)) settings[name] = codes;
  }
  return { settings, problems };
}

/** Layers settings: later ones win key by key; keys a layer leaves unset fall through. */
export function mergeSettings(...layers: readonly (ClientSettings | undefined)[]): ClientSettings {
  const merged: { -readonly [K in keyof ClientSettings]: ClientSettings[K] } = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of Object.keys(layer) as (keyof ClientSettings)[]) {
      const value = layer[key];
      if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
