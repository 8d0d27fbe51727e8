// Loads our native binding of tree-sitter and tree-sitter-python (native/src/flat_tree.c).
import { createRequire } from 'node:module';
import { PACKAGE_ROOT } from '../package-root.js';

/** A parsed tree as flat arrays over one buffer (layout documented in native/src/flat_tree.c). */
export interface FlatTreeData {
  readonly count: number;
  /** The columns one after another (`parse`)… */
  readonly buffer?: ArrayBuffer;
  /** …or one buffer each, in the same order (`parseInPieces`). */
  readonly columns?: readonly ArrayBuffer[];
  /** How deep the deepest node lies (the root at 0). */
  readonly depth: number;
}

interface NativeBinding {
  /** The flat tree; `useCursor` selects the reference walk through tree-sitter's public cursor API. */
  parse(text: string, useCursor?: boolean): FlatTreeData;
  parseOnly(text: string): void;
  /** The flat tree of `text` parsed piece by piece, cut at these offsets (each a top-level statement's start). */
  parseInPieces(text: string, cuts: Uint32Array): FlatTreeData;
  /** Caps this thread's parse arena at `bytes` (0: none), or lifts the cap when undefined; for tests. */
  arenaLimit(bytes: number | undefined): void;
  symbolNames(): string[];
  fieldNames(): string[];
}

const requireFromRoot = createRequire(PACKAGE_ROOT);

function load(): NativeBinding {
  try {
    return requireFromRoot('./native/build/Release/pystandards_syntax.node') as NativeBinding;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the native parser is not built (in a clone, run \`npm ci\`; where pystandards is a dependency, allow its install script and run \`npm rebuild pystandards\`): ${reason}`);
  }
}

export const binding = load();

const ERROR_SYMBOL = 0xffff;
const ERROR_REPEAT_SYMBOL = 0xfffe;

/**
 * Node type names by symbol id, including tree-sitter's built-in ERROR symbols. Dense on purpose:
 * the grammar's few hundred names plus ERROR at 0xffff would leave V8 a sparse dictionary, and
 * every `node.type` read a hash lookup.
 */
export const SYMBOL_NAMES: readonly (string | undefined)[] = (() => {
  const names = new Array<string | undefined>(0x10000).fill(undefined);
  binding.symbolNames().forEach((name, id) => {
    names[id] = name;
  });
  names[ERROR_REPEAT_SYMBOL] = '_ERROR';
  names[ERROR_SYMBOL] = 'ERROR';
  return names;
})();

/** Symbol ids for each type name (a name can belong to a node and a keyword token). */
export const SYMBOLS_BY_NAME: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  SYMBOL_NAMES.forEach((name, id) => {
    if (name === undefined) return;
    const ids = map.get(name);
    if (ids) ids.push(id);
    else map.set(name, [id]);
  });
  return map;
})();

/** Field ids by name (0 means "no field"). */
export const FIELD_IDS: ReadonlyMap<string, number> = new Map(binding.fieldNames().map((name, id) => [name, id]));
export const FIELD_NAMES: readonly string[] = binding.fieldNames();
