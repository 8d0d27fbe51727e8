// Declarations of configuration options: type, default and description, as data.

export type OptionSpec =
  | { readonly kind: 'boolean'; readonly default: boolean; readonly description: string }
  | { readonly kind: 'integer'; readonly default: number; readonly description: string; readonly min: number; readonly max: number }
  | { readonly kind: 'string'; readonly default: string; readonly description: string; readonly choices?: readonly string[] }
  | { readonly kind: 'optional-string'; readonly default: undefined; readonly description: string; readonly choices?: readonly string[] }
  | { readonly kind: 'string-list'; readonly default: readonly string[]; readonly description: string; readonly choices?: readonly string[] }
  | { readonly kind: 'optional-string-list'; readonly default: undefined; readonly description: string }
  | { readonly kind: 'string-map'; readonly default: Readonly<Record<string, string>>; readonly description: string }
  | { readonly kind: 'string-list-map'; readonly default: Readonly<Record<string, readonly string[]>>; readonly description: string };

/** The resolved value type of an option spec. */
export type OptionValue<S extends OptionSpec> = S['kind'] extends 'boolean'
  ? boolean
  : S['kind'] extends 'integer'
    ? number
    : S['kind'] extends 'string'
      ? string
      : S['kind'] extends 'optional-string'
        ? string | undefined
        : S['kind'] extends 'string-list'
          ? readonly string[]
          : S['kind'] extends 'optional-string-list'
            ? readonly string[] | undefined
            : S['kind'] extends 'string-map'
              ? Readonly<Record<string, string>>
              : Readonly<Record<string, readonly string[]>>;

/** `kebab-case` → `camelCase`, for the resolved settings' property names. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** Resolved, typed values of a table of option specs. */
export type ResolvedOptions<T extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof T & string as CamelCase<K>]: OptionValue<T[K]>;
};

export function camelCase(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export const option = {
  boolean: (defaultValue: boolean, description: string) => ({ kind: 'boolean', default: defaultValue, description }) as const,
  integer: (defaultValue: number, description: string, min: number, max: number) =>
    ({ kind: 'integer', default: defaultValue, description, min, max }) as const,
  string: (defaultValue: string, description: string, choices?: readonly string[]) =>
    ({ kind: 'string', default: defaultValue, description, ...(choices && { choices }) }) as const,
  optionalString: (description: string, choices?: readonly string[]) =>
    ({ kind: 'optional-string', default: undefined, description, ...(choices && { choices }) }) as const,
  stringList: (defaultValue: readonly string[], description: string, choices?: readonly string[]) =>
    ({ kind: 'string-list', default: defaultValue, description, ...(choices && { choices }) }) as const,
  optionalStringList: (description: string) => ({ kind: 'optional-string-list', default: undefined, description }) as const,
  stringMap: (defaultValue: Readonly<Record<string, string>>, description: string) =>
    ({ kind: 'string-map', default: defaultValue, description }) as const,
  stringListMap: (defaultValue: Readonly<Record<string, readonly string[]>>, description: string) =>
    ({ kind: 'string-list-map', default: defaultValue, description }) as const,
};

/** Human name of an option's expected TOML type, for error messages and docs. */
export function describeKind(spec: OptionSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return 'a boolean';
    case 'integer':
      return `an integer from ${spec.min} to ${spec.max}`;
    case 'string':
    case 'optional-string':
      return spec.choices ? `one of ${spec.choices.map((c) => `"${c}"`).join(', ')}` : 'a string';
    case 'string-list':
      return spec.choices ? `an array of ${spec.choices.map((c) => `"${c}"`).join(', ')}` : 'an array of strings';
    case 'optional-string-list':
      return 'an array of strings';
    case 'string-map':
      return 'a table of strings';
    case 'string-list-map':
      return 'a table of string arrays';
  }
}

/** Checks a TOML value against a spec; returns an error phrase, or undefined when it is valid. */
export function checkValue(spec: OptionSpec, value: unknown): string | undefined {
  const expected = `expected ${describeKind(spec)}`;
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : expected;
    case 'integer':
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max ? undefined : expected;
    case 'string':
    case 'optional-string':
      if (typeof value !== 'string') return expected;
      return !spec.choices || spec.choices.includes(value) ? undefined : expected;
    case 'string-list':
      if (!isStringArray(value)) return expected;
      return !spec.choices || value.every((item) => spec.choices?.includes(item)) ? undefined : expected;
    case 'optional-string-list':
      return isStringArray(value) ? undefined : expected;
    case 'string-map':
      return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string') ? undefined : expected;
    case 'string-list-map':
      return isPlainObject(value) && Object.values(value).every(isStringArray) ? undefined : expected;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
