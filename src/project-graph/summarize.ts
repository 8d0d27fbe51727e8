// Writes a module's summary during the walk that checks it: the functions and methods, the calls
// each makes to what may be project code, the blocking API each calls itself, whether it logs, and
// which parameters' text its return value carries. Calls are skipped by their leading name before
// the tree is read further, as the async rules do, so files pay little for the summary.
import type { Settings } from '../config/index.js';
import type { FileObserver, ObserverContext } from '../linter/index.js';
import { callTarget, definitionPath, parameterName, type Scope, type SemanticModel } from '../semantic/index.js';
import { decoratorCallee, decoratorsOf, unparenthesize, type SourceFile, type SyntaxNode } from '../syntax/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { CATEGORY_CODES } from '../rules/async/blocking-apis.js';
import { blockingCallAnalyzer, type BlockingCallAnalyzer } from '../rules/async/blocking-call-analyzer.js';
import { parameterText } from '../rules/errors/exception-taint.js';
import { EXEMPT_BASE_KIND, derivesFromExemptBase } from '../rules/type-hints/class-attribute-exemptions.js';
import { isServerLogCall, logsTraceback } from '../rules/errors/logging-calls.js';
import { isFirstPartyModule } from '../rules/imports/isort/first-party-module.js';
import type { CallSite, ClassFact, DirectBlock, FunctionFact, ModuleSummary, TextThroughCall } from './summary.js';

/** The async codes a through-helper finding may carry: every family that blocks (ASY006 is not one). */
export const THROUGH_HELPER_CODES = Object.values(CATEGORY_CODES).filter((code) => code !== CATEGORY_CODES['event-loop']);

const MEMOISING_DECORATORS = new Set(['functools.cache', 'functools.lru_cache', 'functools.cached_property']);
const MAX_LINE_LENGTH = 400;
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
  readonly calls: string[];
  readonly sites: { target: string; callee: SyntaxNode }[];
  readonly returnsText: Set<number>;
  readonly returnsTextThrough: TextThroughCall[];
  logs: boolean;
  positions?: Map<string, number>;
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
        call: (node) => this.call(node),
        return_statement: (node) => this.returned(node),
        class_definition: (node) => this.classDefinition(node),
      },
      finish: (noqa) => this.done(this.summary(noqa)),
    };
  }

  private start(): void {
    const { source, settings } = this.context;
    this.analyzer = blockingCallAnalyzer(source, this.semantic, settings);
    const names = interestingNames(this.semantic, source, settings, this.imports, this.starImports);
    this.interesting = names.all;
    this.mayBlock = names.mayBlock;
  }

  private call(node: SyntaxNode): void {
    const offset = node.startIndex;
    const leading = leadingName(this.context.source.text, offset);
    if (leading === '' || !(this.interesting.has(leading) || looksLikeLogger(leading) || this.starImports.length > 0)) return;
    const scope = this.semantic.enclosingFunctionAt(offset);
    const draft = scope && this.draftOf(scope);
    if (!draft) return;
    const callee = node.childForFieldName('function');
    if (!callee || inLazyInitialisation(node, draft.scope)) return;
    if (!draft.scope.isAsync && !draft.blocks && this.mayBlock.has(leading)) {
      const blocking = this.analyzer?.classifyInFunction(node);
      if (blocking && blocking.category !== 'event-loop') {
        draft.blocks = [CATEGORY_CODES[blocking.category], blocking.name, this.context.source.lines.lineOf(offset) + 1];
      }
    }
    if (!draft.logs && mayLog(callee, this.context.settings)) {
      const { semantic, settings } = this.context;
      draft.logs = logsTraceback(node, semantic, settings.errors.loggerObjects) || isServerLogCall(node, semantic, settings);
    }
    const target = callTarget(callee, this.semantic, draft.scope);
    if (target === undefined || !this.isProjectTarget(target)) return;
    if (draft.scope.isAsync) draft.sites.push({ target, callee: unparenthesize(callee) });
    else draft.calls.push(target);
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
      if (position !== undefined) draft.returnsText.add(position);
    }
    for (const through of carried.throughCalls) {
      if (!this.isProjectTarget(through.target)) continue;
      for (const name of through.parameters) {
        const position = positions.get(name);
        if (position !== undefined) draft.returnsTextThrough.push([position, through.target, through.argument]);
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
      : { scope, name, row: this.context.source.lines.lineOf(scope.start) + 1, calls: [], sites: [], returnsText: new Set(), returnsTextThrough: [], logs: false };
    this.drafts.set(scope, draft);
    return draft;
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
    for (const draft of this.drafts.values()) {
      if (!draft) continue;
      const sites: CallSite[] = draft.sites.map(({ target, callee }) => {
        const start = lines.location(callee.startIndex);
        const end = lines.location(callee.endIndex);
        return {
          target,
          callee: callee.text.length <= 60 && !callee.text.includes('\n') ? callee.text : target.slice(target.lastIndexOf('.') + 1),
          row: start.row,
          column: start.column,
          endRow: end.row,
          endColumn: end.column,
          noqaRow: noqa.rowOf(callee.startIndex),
          suppressed: THROUGH_HELPER_CODES.filter((code) => noqa.suppresses(callee.startIndex, [code, ...equivalentsOf(code)])),
          line: lines.lineText(start.row - 1).slice(0, MAX_LINE_LENGTH),
        };
      });
      if (!draft.blocks && draft.calls.length === 0 && sites.length === 0 && draft.returnsText.size === 0 && draft.returnsTextThrough.length === 0 && !draft.logs) continue;
      // Optional fields are set only when present: the summary is cached, and small.
      const fact: Mutable<FunctionFact> = { name: draft.name, row: draft.row };
      if (draft.scope.isAsync) fact.isAsync = true;
      const decorators = draft.scope.node.parent?.type === 'decorated_definition' ? decoratorsOf(draft.scope.node) : [];
      if (draft.scope.parent?.kind === 'class' && !decorators.some((decorator) => decoratorCallee(decorator)?.text === 'staticmethod')) fact.bound = true;
      if (decorators.length > 0 && isMemoised(decorators, this.semantic)) fact.memoised = true;
      if (draft.blocks) fact.blocks = draft.blocks;
      if (draft.calls.length > 0) fact.calls = [...new Set(draft.calls)];
      if (sites.length > 0) fact.sites = sites;
      if (draft.returnsText.size > 0) fact.returnsText = [...draft.returnsText];
      if (draft.returnsTextThrough.length > 0) fact.returnsTextThrough = draft.returnsTextThrough;
      if (draft.logs) fact.logs = true;
      functions.push(fact);
    }
    return { functions, classes: this.classes, imports: this.imports, starImports: this.starImports };
  }
}

/**
 * Names a call may start with to matter: top-level functions and classes, imports of possible
 * project modules (recorded in `imports` for re-exports), names bound to a call's result
 * (instances), `self`/`cls`/`super`, and the names the blocking catalog resolves.
 */
function interestingNames(
  semantic: SemanticModel,
  source: SourceFile,
  settings: Settings,
  imports: Record<string, string>,
  starImports: string[],
): { all: Set<string>; mayBlock: Set<string> } {
  const names = new Set(['self', 'cls', 'super', 'traceback', 'logging']);
  const mayBlock = new Set<string>();
  const analyzer = blockingCallAnalyzer(source, semantic, settings);
  for (const name of analyzer.candidateNames) {
    names.add(name);
    mayBlock.add(name);
  }
  const assignedCalls: [string, SyntaxNode][] = [];
  for (const [name, bindings] of semantic.module.bindings) {
    for (const binding of bindings) {
      if (binding.kind === 'function' || binding.kind === 'class') names.add(name);
      else if ((binding.kind === 'import' || binding.kind === 'from-import') && binding.qualifiedName !== undefined) {
        if (!isFirstPartyModule(binding.qualifiedName, source, settings)) continue;
        names.add(name);
        imports[name] = binding.qualifiedName;
      } else if (binding.kind === 'assignment' && binding.value?.type === 'call') assignedCalls.push([name, binding.value]);
      else if (binding.kind === 'assignment' || binding.kind === 'type-alias') names.add(name);
    }
  }
  // `client = Name(...)` at the top, where `Name` may be a project class or a blocking maker.
  for (const [name, value] of assignedCalls) {
    if (!names.has(leadingName(source.text, value.startIndex))) continue;
    names.add(name);
    mayBlock.add(name);
  }
  // An annotation names a blocking type only through a name the catalog resolves, an alias defined
  // here (`DB = Annotated[Session, Depends(get_db)]`) or a typing wrapper around one.
  const mayNameType = (annotation: SyntaxNode): boolean => {
    const leading = leadingName(source.text, annotation.startIndex);
    return names.has(leading) || TYPE_WRAPPERS.has(leading);
  };
  const locals = (scope: Scope): void => {
    for (const child of scope.children) {
      if (child.kind === 'function') {
        for (const [name, bindings] of child.bindings) {
          for (const binding of bindings) {
            // `x = Name(...)` where `Name` may be a project class or a blocking maker.
            const instance = binding.kind === 'assignment' && binding.value?.type === 'call' && names.has(leadingName(source.text, binding.value.startIndex));
            const typed = (binding.kind === 'parameter' && binding.annotation !== undefined && mayNameType(binding.annotation)) || binding.kind === 'with-target';
            if (instance || (typed && analyzer.bindsBlockingType(binding))) {
              names.add(name);
              mayBlock.add(name);
            }
          }
        }
      }
      locals(child);
    }
  };
  locals(semantic.module);
  for (const statement of source.tree.rootNode.namedChildren) {
    if (statement.type !== 'import_from_statement' || !statement.namedChildren.some((child) => child.type === 'wildcard_import')) continue;
    const module = statement.childForFieldName('module_name')?.text;
    if (module !== undefined && isFirstPartyModule(module, source, settings)) starImports.push(module);
  }
  return { all: names, mayBlock };
}

/** Leading names of annotations that wrap another type (`Annotated[Session, …]`, `Optional[Client]`). */
const TYPE_WRAPPERS = new Set(['Annotated', 'Optional', 'Union', 'typing', 't']);

/** Method names of logging calls (and `traceback.print_exc`): only these calls are asked whether they log. */
const LOGGING_METHODS = new Set([
  'debug', 'info', 'warn', 'warning', 'error', 'critical', 'log', 'exception', 'fatal', 'msg', 'trace',
  'aerror', 'aexception', 'acritical', 'print_exc', 'print_exception', 'capture_exception', 'capture_message',
]);

function mayLog(callee: SyntaxNode, settings: Settings): boolean {
  if (callee.type === 'attribute') return LOGGING_METHODS.has(callee.childForFieldName('attribute')?.text ?? '');
  return callee.type === 'identifier' && (LOGGING_METHODS.has(callee.text) || settings.errors.logFunctions.length > 0);
}

/** The identifier at `offset`, or '' when the text there starts with anything else. */
function leadingName(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}

function isIdentifierChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}

/** Ruff's logger-name test (`log*`, `*logger`, `LOG*`, `*LOGGER`): calls on such names may log. */
function looksLikeLogger(name: string): boolean {
  return name.startsWith('log') || name.endsWith('logger') || name.startsWith('LOG') || name.endsWith('LOGGER');
}

/** Positional parameters by name, as a call's arguments line up with them. */
function parameterPositions(scope: Scope): Map<string, number> {
  const positions = new Map<string, number>();
  const parameters = scope.node.childForFieldName('parameters')?.namedChildren ?? [];
  let position = 0;
  for (const parameter of parameters) {
    if (parameter.type === 'comment') continue;
    if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern' || parameter.type === 'keyword_separator') break;
    if (parameter.type === 'positional_separator') continue;
    const name = parameterName(parameter);
    if (name) positions.set(name.text, position);
    position++;
  }
  return positions;
}

function isMemoised(decorators: readonly SyntaxNode[], semantic: SemanticModel): boolean {
  return decorators.some((decorator) => {
    const callee = decoratorCallee(decorator);
    const name = callee && semantic.qualifiedName(callee);
    return name !== undefined && name !== null && MEMOISING_DECORATORS.has(name);
  });
}

function equivalentsOf(code: string): readonly string[] {
  return RULES_BY_CODE.get(code)?.equivalents ?? [];
}

/**
 * `global _client` … `if _client is None: _client = connect()`: the work runs on the first call
 * only, like a memoised function's, so its calls are not taken as what every call does.
 */
function inLazyInitialisation(call: SyntaxNode, scope: Scope): boolean {
  if (scope.globals.size === 0) return false;
  for (let node = call.parent; node && node.id !== scope.node.id; node = node.parent) {
    if (node.type !== 'if_statement') continue;
    const condition = node.childForFieldName('condition');
    const tested = condition ? testedForUnset(unparenthesize(condition)) : undefined;
    if (tested !== undefined && scope.globals.has(tested)) return true;
  }
  return false;
}

/** `name is None` or `not name`: the name tested for being unset. */
function testedForUnset(condition: SyntaxNode): string | undefined {
  if (condition.type === 'not_operator') {
    const operand = condition.childForFieldName('argument');
    return operand?.type === 'identifier' ? operand.text : undefined;
  }
  if (condition.type !== 'comparison_operator') return undefined;
  const [left, right] = condition.namedChildren;
  const operator = condition.children.find((child) => !child.isNamed)?.text;
  return left?.type === 'identifier' && right?.type === 'none' && operator === 'is' ? left.text : undefined;
}

/** `self`, `self.x`, `cls.y.z`: the instance's own state, which no caller passes as an argument. */
function isOwnAttribute(value: SyntaxNode): boolean {
  let node = value;
  while (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    if (!object) return false;
    node = object;
  }
  return node.type === 'identifier' && (node.text === 'self' || node.text === 'cls');
}
