// Writes a module's summary during the walk that checks it: the functions and methods, the calls
// each makes to what may be project code, the blocking API each calls itself, whether it logs, and
// which parameters' text its return value carries. Calls are skipped by their leading name before
// the tree is read further, as the async rules do, so files pay little for the summary.
import type { FileObserver, ObserverContext } from '../linter/index.js';
import { callTarget, callTargetOf, definitionPath, firstParameterName, type Binding, type Scope, type SemanticModel } from '../semantic/index.js';
import { decoratorCallee, decoratorsOf, symbolMask, unparenthesize, type SyntaxNode, type SyntaxTree } from '../syntax/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { CATEGORY_CODES } from '../rules/async/blocking-apis.js';
import { blockingCallAnalyzer, identifierEnd, type BlockingCallAnalyzer } from '../rules/async/blocking-call-analyzer.js';
import { parameterText } from '../rules/errors/exception-taint.js';
import { EXEMPT_BASE_KIND, derivesFromExemptBase } from '../rules/type-hints/class-attribute-exemptions.js';
import { isServerLogCall, logsTraceback } from '../rules/errors/logging-calls.js';
import { isFirstPartyModule } from '../rules/imports/isort/first-party-module.js';
import { interestingNames, isLoggingMethod, mayLog } from './call-names.js';
import { LeadingNames, spellsLoggerName } from './leading-names.js';
import { callsThatMayBlock } from './local-edges.js';
import { inLazyInitialisation, isMemoised, isOwnAttribute, parameterPositions } from './function-shapes.js';
import type { CallSite, ClassFact, DirectBlock, FunctionFact, ModuleSummary, TextThroughCall } from './summary.js';

/** The async codes a through-helper finding may carry: every family that blocks (ASY006 is not one). */
export const THROUGH_HELPER_CODES = Object.values(CATEGORY_CODES).filter((code) => code !== CATEGORY_CODES['event-loop']);

const MAX_LINE_LENGTH = 400;
const CALL_SYMBOLS = symbolMask('call');
const RETURN_SYMBOLS = symbolMask('return_statement');
const COMMENT_SYMBOLS = symbolMask('comment');
const IDENTIFIER_SYMBOLS = symbolMask('identifier');
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** Returned expressions that can carry a parameter's text (a bare literal, a comparison, `not x` cannot). */
const MAY_CARRY_TEXT = new Set([
  'identifier', 'attribute', 'subscript', 'call', 'string', 'concatenated_string', 'binary_operator', 'boolean_operator',
  'conditional_expression', 'tuple', 'list', 'dictionary', 'set', 'parenthesized_expression', 'expression_list',
  'list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression',
]);

interface FunctionDraft {
  readonly scope: Scope;
  readonly name: string;
  readonly row: number;
  blocks?: DirectBlock;
  /** The collections are made on first use: most functions fill none of them. */
  calls?: Set<string>;
  sites?: { target: string; callee: SyntaxNode }[];
  returnsText?: Set<number>;
  returnsTextThrough?: TextThroughCall[];
  logs: boolean;
  positions?: Map<string, number>;
  /** What a sync method's instance (or class) is called, when `self.m()` can be read by its shape alone. */
  readonly receiver?: string;
  /** Methods called on the receiver, by name: made into targets once each, for the summary. */
  selfCalls?: Set<string>;
}

/** The summary observer for one file; `done` receives the summary once the file is linted. */
export function moduleSummarizer(done: (summary: ModuleSummary) => void): (context: ObserverContext) => FileObserver {
  return (context) => new Summarizer(context, done).observer();
}

class Summarizer {
  private readonly drafts = new Map<Scope, FunctionDraft | null>();
  /** The drafts as they were made: in the order of their functions, as the tree is read in order. */
  private readonly made: FunctionDraft[] = [];
  /** The last scope asked for and its draft: calls come function by function. */
  private lastScope: Scope | undefined;
  private lastDraft: FunctionDraft | null = null;
  private readonly classes: ClassFact[] = [];
  private readonly imports: Record<string, string> = {};
  private readonly starImports: string[] = [];
  /** Leading names of calls worth reading: project names, blocking APIs, loggers. */
  private interesting = new LeadingNames([]);
  /** The subset that may start a blocking call: the catalog's names, names bound to call results or blocking types. */
  private mayBlock = new Set<string>();
  private analyzer: BlockingCallAnalyzer | undefined;
  /** Read once: the context's getter is lazy, and every call asks. */
  private semantic!: SemanticModel;

  constructor(
    private readonly context: ObserverContext,
    private readonly done: (summary: ModuleSummary) => void,
  ) {}

  observer(): FileObserver {
    return {
      name: 'project summary',
      listeners: {
        module: () => this.start(),
        class_definition: (node) => this.classDefinition(node),
      },
      finish: (noqa) => this.done(this.summary(noqa)),
    };
  }

  /**
   * Reads the names worth following, then the calls and returns. They are found in the tree's
   * type column rather than through listeners: most files' rules collect no calls, and a node
   * object for each of them (kept as long as the tree) cost more garbage collection than the
   * summary's reading.
   */
  private start(): void {
    const { source, settings } = this.context;
    this.semantic = this.context.semantic;
    this.analyzer = blockingCallAnalyzer(source, this.semantic, settings);
    const names = interestingNames(this.semantic, source, settings, this.imports, this.starImports);
    this.interesting = new LeadingNames(names.all);
    this.mayBlock = names.mayBlock;
    const tree = source.tree;
    const { types } = tree;
    for (let id = 0; id < tree.count; id++) {
      const type = types[id] as number;
      if (CALL_SYMBOLS[type] === 1) this.call(tree, id);
      else if (RETURN_SYMBOLS[type] === 1) this.returned(tree, id);
    }
  }

  private call(tree: SyntaxTree, id: number): void {
    const offset = tree.starts[id] as number;
    const text = tree.text;
    const end = identifierEnd(text, offset);
    if (end === offset) return;
    // The set's own string when it holds the name: no slice of the source is made for most calls.
    let leading = this.interesting.at(text, offset, end);
    if (leading === undefined) {
      if (this.starImports.length === 0 && !spellsLoggerName(text, offset, end)) return;
      leading = text.slice(offset, end);
    }
    const draft = this.draftAt(offset);
    if (!draft) return;
    if (draft.scope.globals.size > 0 && inLazyInitialisation(tree.node(id), draft.scope)) return;
    if (leading === draft.receiver && this.receiverCall(tree, id, draft)) return;
    const callee = tree.fieldChild(id, 'function');
    if (callee < 0) return;
    if (!draft.scope.isAsync && !draft.blocks && this.mayBlock.has(leading)) {
      const blocking = this.analyzer?.classifyInFunction(tree.node(id));
      if (blocking && blocking.category !== 'event-loop') {
        draft.blocks = [CATEGORY_CODES[blocking.category], blocking.name, this.context.source.lines.lineOf(offset) + 1];
      }
    }
    if (!draft.logs && mayLog(tree, callee, this.context.settings)) draft.logs = this.logs(tree.node(id));
    const target = callTargetOf(tree, callee, this.semantic, draft.scope);
    if (target === undefined || !this.isProjectTarget(target)) return;
    if (draft.scope.isAsync) (draft.sites ??= []).push({ target, callee: unparenthesize(tree.node(callee)) });
    else (draft.calls ??= new Set()).add(target);
  }

  /**
   * `self.m()` or `self.x.m()` in a sync method, read by its shape from the tree's ids: most calls
   * in methods take it, and resolving `self` at each of them showed in profiles. The first names a
   * method of the class; the second an attribute of an attribute, which no target names (see
   * call-targets.ts).
   */
  private receiverCall(tree: SyntaxTree, call: number, draft: FunctionDraft): boolean {
    const callee = tree.fieldChild(call, 'function');
    if (callee < 0 || tree.typeName(callee) !== 'attribute') return false;
    const attribute = tree.fieldChild(callee, 'attribute');
    const object = tree.fieldChild(callee, 'object');
    if (attribute < 0 || object < 0) return false;
    const method = tree.textOf(attribute);
    if (!draft.logs && isLoggingMethod(method)) draft.logs = this.logs(tree.node(call));
    if (tree.typeName(object) === 'identifier') (draft.selfCalls ??= new Set()).add(method);
    return true;
  }

  private logs(call: SyntaxNode): boolean {
    const { semantic, settings } = this.context;
    return logsTraceback(call, semantic, settings.errors.loggerObjects) || isServerLogCall(call, semantic, settings);
  }

  /** A return (node `id`) in a function with parameters: which of them reach the returned value. */
  private returned(tree: SyntaxTree, id: number): void {
    const valueId = returnedValue(tree, id);
    if (valueId < 0 || !MAY_CARRY_TEXT.has(tree.typeName(valueId))) return;
    const draft = this.draftAt(tree.starts[id] as number);
    if (!draft || draft.scope.isAsync) return;
    draft.positions ??= parameterPositions(draft.scope);
    const positions = draft.positions;
    // A method's own `self` is never among its callers' arguments.
    if (positions.size === 0 || (positions.size === 1 && draft.scope.parent?.kind === 'class')) return;
    if (!namesOwnBinding(tree, valueId, draft.scope)) return;
    const value = tree.node(valueId);
    if (isOwnAttribute(value)) return;
    const carried = parameterText(value, this.semantic, draft.scope);
    for (const name of carried.parameters) {
      const position = positions.get(name);
      if (position !== undefined) (draft.returnsText ??= new Set()).add(position);
    }
    for (const through of carried.throughCalls) {
      if (!this.isProjectTarget(through.target)) continue;
      for (const name of through.parameters) {
        const position = positions.get(name);
        if (position !== undefined) (draft.returnsTextThrough ??= []).push([position, through.target, through.argument]);
      }
    }
  }

  private classDefinition(node: SyntaxNode): void {
    if (node.parent?.type !== 'module' && node.parent?.parent?.type !== 'module') return;
    const scope = this.semantic.scopeCreatedBy(node);
    if (scope?.parent?.kind !== 'module') return;
    const info = this.semantic.classInfo(node);
    const bases = info.bases.map((base) => {
      const target = callTarget(base, this.semantic, this.semantic.module);
      return target !== undefined && this.isProjectTarget(target) ? target : null;
    });
    const annotated: string[] = [];
    const methods: string[] = [];
    // By values, each naming itself: destructured entries cost an array each.
    for (const bindings of scope.bindings.values()) {
      const name = (bindings[0] as Binding).name;
      if (bindings.some((binding) => binding.annotation !== undefined)) annotated.push(name);
      if (bindings.some((binding) => binding.kind === 'function')) methods.push(name);
    }
    const kinds: string[] = [...info.kinds];
    if (derivesFromExemptBase(node, this.semantic, this.context.settings)) kinds.push(EXEMPT_BASE_KIND);
    this.classes.push({ name: info.name, bases, kinds, annotated, methods });
  }

  /** The draft of the function whose body holds `offset`: null outside functions and in nested ones. */
  private draftAt(offset: number): FunctionDraft | null {
    const scope = this.semantic.enclosingFunctionAt(offset);
    if (scope === undefined) return null;
    if (scope !== this.lastScope) {
      this.lastScope = scope;
      this.lastDraft = this.draftOf(scope);
    }
    return this.lastDraft;
  }

  /** The draft of a top-level function or method, made on first use; null for nested functions. */
  private draftOf(scope: Scope): FunctionDraft | null {
    let draft = this.drafts.get(scope);
    if (draft !== undefined) return draft;
    const name = definitionPath(scope);
    draft = name === undefined
      ? null
      : { scope, name, row: this.context.source.lines.lineOf(scope.start) + 1, logs: false, receiver: this.receiverOf(scope) };
    this.drafts.set(scope, draft);
    if (draft) this.made.push(draft);
    return draft;
  }

  /**
   * The first parameter of a sync method when it names the instance throughout the body: bound
   * once (as the parameter), and not a name that may start a blocking call.
   */
  private receiverOf(scope: Scope): string | undefined {
    if (scope.isAsync || scope.parent?.kind !== 'class') return undefined;
    const name = firstParameterName(scope);
    if (name === undefined || this.mayBlock.has(name) || scope.globals.has(name) || scope.nonlocals.has(name)) return undefined;
    return scope.bindings.get(name)?.length === 1 ? name : undefined;
  }

  private isProjectTarget(target: string): boolean {
    if (!target.startsWith('q:')) return true;
    const hash = target.indexOf('#');
    const name = target.slice(2, hash < 0 ? undefined : hash);
    return isFirstPartyModule(name, this.context.source, this.context.settings);
  }

  private summary(noqa: Parameters<FileObserver['finish']>[0]): ModuleSummary {
    const functions: FunctionFact[] = [];
    const lines = this.context.source.lines;
    const drafts = this.made;
    const sync = drafts.filter((draft) => !draft.scope.isAsync);
    const local = callsThatMayBlock(
      sync.map((draft) => ({ name: draft.name, blocks: draft.blocks !== undefined, calls: draft.calls, owner: draft.scope.parent?.name, selfCalls: draft.selfCalls })),
      this.classes,
      this.semantic,
    );
    for (const draft of drafts) {
      const calls = local.get(draft.name);
      if (!draft.blocks && !calls && !draft.sites && !draft.returnsText && !draft.returnsTextThrough && !draft.logs) continue;
      const sites: CallSite[] = (draft.sites ?? []).map(({ target, callee }) => {
        const start = lines.location(callee.startIndex);
        const end = lines.location(callee.endIndex);
        const noqaRow = noqa.rowOf(callee.startIndex);
        return {
          target,
          callee: callee.text.length <= 60 && !callee.text.includes('\n') ? callee.text : target.slice(target.lastIndexOf('.') + 1),
          row: start.row,
          column: start.column,
          endRow: end.row,
          endColumn: end.column,
          noqaRow,
          suppressed: THROUGH_HELPER_CODES.filter((code) => noqa.suppressesRow(noqaRow, NOQA_NAMES.get(code) ?? [code])),
          line: lines.lineText(start.row - 1).slice(0, MAX_LINE_LENGTH),
        };
      });
      // Optional fields are set only when present: the summary is cached, and small.
      const fact: Mutable<FunctionFact> = { name: draft.name, row: draft.row };
      if (draft.scope.isAsync) fact.isAsync = true;
      const decorators = draft.scope.node.parent?.type === 'decorated_definition' ? decoratorsOf(draft.scope.node) : [];
      if (draft.scope.parent?.kind === 'class' && !decorators.some((decorator) => decoratorCallee(decorator)?.text === 'staticmethod')) fact.bound = true;
      if (decorators.length > 0 && isMemoised(decorators, this.semantic)) fact.memoised = true;
      if (draft.blocks) fact.blocks = draft.blocks;
      if (calls) fact.calls = calls;
      if (sites.length > 0) fact.sites = sites;
      if (draft.returnsText) fact.returnsText = [...draft.returnsText];
      if (draft.returnsTextThrough) fact.returnsTextThrough = draft.returnsTextThrough;
      if (draft.logs) fact.logs = true;
      functions.push(fact);
    }
    const withFacts = new Set(functions.map((fn) => fn.name));
    return {
      coroutines: functions.some((fn) => fn.sites !== undefined),
      functions,
      classes: this.classes.map((cls) => withMethodsThatMatter(cls, withFacts)),
      imports: this.imports,
      starImports: this.starImports,
    };
  }
}

/** The names a `# noqa` may give each through-helper code: ours and its Ruff/flake8 equivalents. */
const NOQA_NAMES = new Map(THROUGH_HELPER_CODES.map((code) => [code, [code, ...(RULES_BY_CODE.get(code)?.equivalents ?? [])]]));

/**
 * A class's method names as the graph needs them: every one when the class derives from project
 * code (an override hides its base's method), else only those with facts (the others, like a
 * method it does not define, lead to nothing the project holds).
 */
function withMethodsThatMatter(cls: ClassFact, withFacts: ReadonlySet<string>): ClassFact {
  if (cls.bases.some((base) => base !== null)) return cls;
  return { ...cls, methods: cls.methods.filter((name) => withFacts.has(`${cls.name}.${name}`)) };
}

/** The id of a return statement's value (its first named child that is no comment), or -1. */
function returnedValue(tree: SyntaxTree, id: number): number {
  const { afters, types } = tree;
  const end = afters[id] as number;
  for (let child = id + 1; child < end; child = afters[child] as number) {
    if (tree.isNamed(child) && COMMENT_SYMBOLS[types[child] as number] !== 1) return child;
  }
  return -1;
}

/**
 * Whether the expression (node `id`) names a parameter, local or declared global of the function:
 * only through one can it carry a parameter's text (another name of the module's, or a builtin,
 * holds none), so the walk that follows what it carries is skipped for the others.
 */
function namesOwnBinding(tree: SyntaxTree, id: number, scope: Scope): boolean {
  const { afters, types } = tree;
  const end = afters[id] as number;
  for (let node = id; node < end; node++) {
    if (IDENTIFIER_SYMBOLS[types[node] as number] !== 1) continue;
    const name = tree.textOf(node);
    // A global the function declares may be bound by it too (`global _domain; _domain = domain`).
    if (scope.bindings.has(name) || scope.globals.has(name)) return true;
  }
  return false;
}
