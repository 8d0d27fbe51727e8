// Writes a module's summary during the walk that checks it: the functions and methods, the calls
// each makes to what may be project code, the blocking API each calls itself, whether it logs, and
// which parameters' text its return value carries. Calls are skipped by their leading name before
// the tree is read further, as the async rules do, so files pay little for the summary.
import type { FileObserver, ObserverContext } from '../linter/index.js';
import { callTarget, definitionPath, firstParameterName, type Scope, type SemanticModel } from '../semantic/index.js';
import { decoratorCallee, decoratorsOf, symbolMask, unparenthesize, type SyntaxNode, type SyntaxTree } from '../syntax/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { CATEGORY_CODES } from '../rules/async/blocking-apis.js';
import { blockingCallAnalyzer, leadingName, type BlockingCallAnalyzer } from '../rules/async/blocking-call-analyzer.js';
import { parameterText } from '../rules/errors/exception-taint.js';
import { EXEMPT_BASE_KIND, derivesFromExemptBase } from '../rules/type-hints/class-attribute-exemptions.js';
import { isServerLogCall, logsTraceback } from '../rules/errors/logging-calls.js';
import { isFirstPartyModule } from '../rules/imports/isort/first-party-module.js';
import { interestingNames, isLoggingMethod, looksLikeLogger, mayLog } from './call-names.js';
import { callsThatMayBlock } from './local-edges.js';
import { inLazyInitialisation, isMemoised, isOwnAttribute, parameterPositions } from './function-shapes.js';
import type { CallSite, ClassFact, DirectBlock, FunctionFact, ModuleSummary, TextThroughCall } from './summary.js';

/** The async codes a through-helper finding may carry: every family that blocks (ASY006 is not one). */
export const THROUGH_HELPER_CODES = Object.values(CATEGORY_CODES).filter((code) => code !== CATEGORY_CODES['event-loop']);

const MAX_LINE_LENGTH = 400;
const CALL_SYMBOLS = symbolMask('call');
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
  private readonly classes: ClassFact[] = [];
  private readonly imports: Record<string, string> = {};
  private readonly starImports: string[] = [];
  /** Leading names of calls worth reading: project names, blocking APIs, loggers. */
  private interesting = new Set<string>();
  /** The subset that may start a blocking call: the catalog's names, names bound to call results or blocking types. */
  private mayBlock = new Set<string>();
  private analyzer: BlockingCallAnalyzer | undefined;

  constructor(
    private readonly context: ObserverContext,
    private readonly done: (summary: ModuleSummary) => void,
  ) {}

  private get semantic(): SemanticModel {
    return this.context.semantic;
  }

  observer(): FileObserver {
    return {
      name: 'project summary',
      listeners: {
        module: () => this.start(),
        return_statement: (node) => this.returned(node),
        class_definition: (node) => this.classDefinition(node),
      },
      finish: (noqa) => this.done(this.summary(noqa)),
    };
  }

  /**
   * Reads the names worth following, then the calls. Calls are found in the tree's type column
   * rather than through a `call` listener: most files' rules collect no calls, and a node object
   * for each of them (kept as long as the tree) cost more garbage collection than the summary's reading.
   */
  private start(): void {
    const { source, settings } = this.context;
    this.analyzer = blockingCallAnalyzer(source, this.semantic, settings);
    const names = interestingNames(this.semantic, source, settings, this.imports, this.starImports);
    this.interesting = names.all;
    this.mayBlock = names.mayBlock;
    const tree = source.tree;
    const { types } = tree;
    for (let id = 0; id < tree.count; id++) if (CALL_SYMBOLS[types[id] as number] === 1) this.call(tree, id);
  }

  private call(tree: SyntaxTree, id: number): void {
    const offset = tree.starts[id] as number;
    const leading = leadingName(tree.text, offset);
    if (leading === '' || !(this.interesting.has(leading) || looksLikeLogger(leading) || this.starImports.length > 0)) return;
    const scope = this.semantic.enclosingFunctionAt(offset);
    const draft = scope && this.draftOf(scope);
    if (!draft) return;
    if (draft.scope.globals.size > 0 && inLazyInitialisation(tree.node(id), draft.scope)) return;
    if (leading === draft.receiver && this.receiverCall(tree, id, draft)) return;
    const node = tree.node(id);
    const callee = node.childForFieldName('function');
    if (!callee) return;
    if (!draft.scope.isAsync && !draft.blocks && this.mayBlock.has(leading)) {
      const blocking = this.analyzer?.classifyInFunction(node);
      if (blocking && blocking.category !== 'event-loop') {
        draft.blocks = [CATEGORY_CODES[blocking.category], blocking.name, this.context.source.lines.lineOf(offset) + 1];
      }
    }
    if (!draft.logs && mayLog(tree, callee.id, this.context.settings)) draft.logs = this.logs(node);
    const target = callTarget(callee, this.semantic, draft.scope);
    if (target === undefined || !this.isProjectTarget(target)) return;
    if (draft.scope.isAsync) (draft.sites ??= []).push({ target, callee: unparenthesize(callee) });
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

  /** A return in a function with parameters: which of them reach the returned value. */
  private returned(node: SyntaxNode): void {
    const value = node.namedChildren.find((child) => child.type !== 'comment');
    if (!value || !MAY_CARRY_TEXT.has(value.type) || isOwnAttribute(value)) return;
    const scope = this.semantic.enclosingFunctionAt(node.startIndex);
    const draft = scope && this.draftOf(scope);
    if (!draft || draft.scope.isAsync) return;
    draft.positions ??= parameterPositions(draft.scope);
    const positions = draft.positions;
    // A method's own `self` is never among its callers' arguments.
    if (positions.size === 0 || (positions.size === 1 && draft.scope.parent?.kind === 'class')) return;
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
    for (const [name, bindings] of scope.bindings) if (bindings.some((binding) => binding.annotation !== undefined)) annotated.push(name);
    const methods: string[] = [];
    for (const [name, bindings] of scope.bindings) if (bindings.some((binding) => binding.kind === 'function')) methods.push(name);
    const kinds: string[] = [...info.kinds];
    if (derivesFromExemptBase(node, this.semantic, this.context.settings)) kinds.push(EXEMPT_BASE_KIND);
    this.classes.push({ name: info.name, bases, kinds, annotated, methods });
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
    // In the order of their definitions, whatever order the walk met them in.
    const drafts = [...this.drafts.values()].filter((draft): draft is FunctionDraft => draft !== null).sort((a, b) => a.scope.start - b.scope.start);
    for (const draft of drafts) {
      const owner = draft.scope.parent?.name;
      if (draft.selfCalls) for (const method of draft.selfCalls) (draft.calls ??= new Set()).add(`s:${owner}.${method}`);
    }
    const local = callsThatMayBlock(drafts.filter((draft) => !draft.scope.isAsync).map((draft) => ({ name: draft.name, blocks: draft.blocks !== undefined, calls: draft.calls })), this.classes, this.semantic);
    for (const draft of drafts) {
      draft.calls = local.has(draft.name) ? new Set(local.get(draft.name)) : undefined;
      if (!draft.blocks && !draft.calls && !draft.sites && !draft.returnsText && !draft.returnsTextThrough && !draft.logs) continue;
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
      if (draft.calls) fact.calls = [...draft.calls];
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
