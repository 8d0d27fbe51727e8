// The blocking-API tables merged with `[tool.pystandards.async]`: extra calls and allowed names.
import type { Settings } from '../../config/index.js';
import { BUILTIN_NAMES } from '../../semantic/index.js';
import { globToRegExp } from '../naming/ignore-names.js';
import {
  BLOCKING_CALLS,
  BLOCKING_TYPES,
  CATEGORY_CODES,
  type BlockingApi,
  type BlockingCategory,
  type BlockingType,
} from './blocking-apis.js';

/** A blocking callable as the rules see it: the table entry, and whether the project added it. */
export interface CatalogEntry extends BlockingApi {
  readonly configured: boolean;
}

/** Everything the analyzer looks up, for one project's settings. */
export interface BlockingCatalog {
  readonly calls: ReadonlyMap<string, CatalogEntry>;
  readonly typesByConstructor: ReadonlyMap<string, BlockingType>;
  readonly typesByAnnotation: ReadonlyMap<string, BlockingType>;
  readonly typesByName: ReadonlyMap<string, BlockingType>;
  /** Types by the qualified names of calls that return a factory of instances (`sessionmaker`). */
  readonly typesByMaker: ReadonlyMap<string, BlockingType>;
  /** First segments of every name above (`requests`, `os`, `mylib`): the modules worth resolving. */
  readonly moduleRoots: ReadonlySet<string>;
  /** Builtins in the table (`open`, `input`). */
  readonly builtinNames: ReadonlySet<string>;
  /** True when `allowed-calls` lists the name (qualified, or a builtin's bare name). */
  isAllowed(name: string): boolean;
}

const DEFAULT_CATEGORY: BlockingCategory = 'http';
const CODE_PREFIX = /^(ASY\d{3})\s*:\s*/;
const cache = new WeakMap<Settings, BlockingCatalog>();

/** The catalog for `settings`, built once per settings object. */
export function blockingCatalog(settings: Settings): BlockingCatalog {
  const cached = cache.get(settings);
  if (cached) return cached;
  const catalog = buildCatalog(settings.async.extraBlockingCalls, settings.async.allowedCalls);
  cache.set(settings, catalog);
  return catalog;
}

function buildCatalog(extra: Readonly<Record<string, string>>, allowed: readonly string[]): BlockingCatalog {
  const calls = new Map<string, CatalogEntry>();
  for (const [name, api] of BLOCKING_CALLS) calls.set(name, { ...api, configured: false });
  for (const [rawName, rawAdvice] of Object.entries(extra)) {
    const name = !rawName.includes('.') && BUILTIN_NAMES.has(rawName) ? `builtins.${rawName}` : rawName;
    calls.set(name, { ...configuredAdvice(rawAdvice), configured: true });
  }
  const typesByConstructor = new Map<string, BlockingType>();
  const typesByAnnotation = new Map<string, BlockingType>();
  const typesByName = new Map<string, BlockingType>();
  const typesByMaker = new Map<string, BlockingType>();
  for (const type of BLOCKING_TYPES) {
    typesByName.set(type.name, type);
    for (const name of type.makers ?? []) typesByMaker.set(name, type);
    for (const name of type.constructors) typesByConstructor.set(name, type);
    for (const name of type.annotations) typesByAnnotation.set(name, type);
  }
  const moduleRoots = new Set<string>();
  const builtinNames = new Set<string>();
  for (const name of [...calls.keys(), ...typesByConstructor.keys(), ...typesByAnnotation.keys(), ...typesByMaker.keys()]) {
    const root = name.split('.', 1)[0] as string;
    if (root === 'builtins') builtinNames.add(name.slice('builtins.'.length));
    moduleRoots.add(root);
  }
  const patterns = allowed.map(globToRegExp);
  return {
    calls,
    typesByConstructor,
    typesByAnnotation,
    typesByName,
    typesByMaker,
    moduleRoots,
    builtinNames,
    isAllowed: (name) => patterns.some((pattern) => pattern.test(name)),
  };
}

/** `"ASY005: use mylib.adb"` → database category; no known prefix → the default (ASY001). */
function configuredAdvice(raw: string): BlockingApi {
  const match = CODE_PREFIX.exec(raw);
  const category = match ? categoryOfCode(match[1] as string) : undefined;
  if (!match || !category) return { category: DEFAULT_CATEGORY, advice: raw };
  return { category, advice: raw.slice(match[0].length) };
}

function categoryOfCode(code: string): BlockingCategory | undefined {
  return (Object.keys(CATEGORY_CODES) as BlockingCategory[]).find((category) => CATEGORY_CODES[category] === code);
}
