// A module's summary: what the link phase needs of one file to follow calls into it and out of
// it. Made while the file is checked (the same walk, the same semantic model), cached with its
// findings, and small: only functions that block, log, pass text on, or call what may be project
// code are listed.

/** A call from a coroutine to what may be project code: where a through-helper finding would go. */
export interface CallSite {
  readonly target: string;
  /** The callee as written (`load_profile`, `self.repo.get`), for the message. */
  readonly callee: string;
  readonly row: number;
  readonly column: number;
  readonly endRow: number;
  readonly endColumn: number;
  /** The row whose `# noqa` covers the call. */
  readonly noqaRow: number;
  /** The async codes (ASY001…) that `# noqa` suppresses there. */
  readonly suppressed: readonly string[];
  /** The call's first line, for code frames. */
  readonly line: string;
}

/** The first blocking API a function calls itself: code of its family, name, row. */
export type DirectBlock = readonly [code: string, api: string, row: number];

/** A parameter's text reaches the return value through another call: [parameter, target, argument]. */
export type TextThroughCall = readonly [parameter: number, target: string, argument: number];

export interface FunctionFact {
  /** `func` or `Class.method`. */
  readonly name: string;
  readonly row: number;
  readonly isAsync?: true;
  /** A method that receives the instance or class as its first argument (not a staticmethod). */
  readonly bound?: true;
  /** `functools.cache` and the like: it blocks once, on the first call, so callers are not told. */
  readonly memoised?: true;
  readonly blocks?: DirectBlock;
  /** Targets of the calls a sync function makes (the edges of the call graph). */
  readonly calls?: readonly string[];
  /** Calls an `async def` makes to possible project code. */
  readonly sites?: readonly CallSite[];
  /** Positions of the parameters whose text the return value carries. */
  readonly returnsText?: readonly number[];
  readonly returnsTextThrough?: readonly TextThroughCall[];
  /** Writes a log record (a logger's error/exception/…, or a printed traceback). */
  readonly logs?: true;
}

export interface ClassFact {
  readonly name: string;
  /** Base classes as call targets (`q:app.models.Base`, `l:Base`); undefined where not a plain name. */
  readonly bases: readonly (string | null)[];
  /** Kinds the file alone knows of (`enum`, `typed-dict`, `pydantic-model`, …). */
  readonly kinds: readonly string[];
  /** Attributes annotated in the class body. */
  readonly annotated: readonly string[];
  /** Methods defined in the class body (with facts or not: an override hides its base's). */
  readonly methods: readonly string[];
}

export interface ModuleSummary {
  /** True when a coroutine of the module calls possible project code: only such modules start chains. */
  readonly coroutines: boolean;
  readonly functions: readonly FunctionFact[];
  readonly classes: readonly ClassFact[];
  /** Top-level import bindings of possible project modules: name → qualified name (re-exports). */
  readonly imports: Readonly<Record<string, string>>;
  /** Modules imported with `*` at the top level. */
  readonly starImports: readonly string[];
}
