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
import { isServerLogCall, logsTraceback } from '../rules/errors/logging-calls.js';
import { isFirstPartyModule } from './first-party.js';
import type { CallSite, ClassFact, DirectBlock, FunctionFact, ModuleSummary, TextThroughCall } from './summary.js';

/** The async codes a through-helper finding may carry: every family that blocks (ASY006 is not one). */
export const THROUGH_HELPER_CODES = Object.values(CATEGORY_CODES).filter((code) => code !== CATEGORY_CODES['event-loop']);

const MEMOISING_DECORATORS = new Set(['functools.cache', 'functools.lru_cache', 'functools.cached_property']);
const MAX_LINE_LENGTH = 400;

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
    this.interesting = interestingNames(this.semantic, source, settings, this.imports, this.starImports);
  }

  private call(node: SyntaxNode): void {
    const offset = node.startIndex;
    const leading = leadingName(this.context.source.text, offset);
    if (leading === '' || !(this.interesting.has(leading) || looksLikeLogger(leading))) return;
    const scope = this.semantic.enclosingFunctionAt(offset);
    const draft = scope && this.draftOf(scope);
    if (!draft) return;
    const callee = node.childForFieldName('function');
    if (!callee) return;
    if (!draft.scope.isAsync && !draft.blocks) {
      const blocking = this.analyzer?.classifyInFunction(node);
      if (blocking && blocking.category !== 'event-loop') {
        draft.blocks = [CATEGORY_CODES[blocking.category], blocking.name, this.context.source.lines.lineOf(offset) + 1];
      }
    }
    if (!draft.logs && (looksLikeLogger(leading) || leading === 'self' || leading === 'traceback' || leading === 'logging')) {
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
    if (!value || value.type === 'none' || value.type === 'true' || value.type === 'false' || value.type === 'integer') return;
    const scope = this.semantic.enclosingFunctionAt(node.startIndex);
    const draft = scope && this.draftOf(scope);
    if (!draft || draft.scope.isAsync) return;
    const positions = parameterPositions(draft.scope);
    if (positions.size === 0) return;
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
    this.classes.push({ name: info.name, bases, kinds: [...info.kinds], annotated, methods });
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
      const fact: FunctionFact = {
        name: draft.name,
        row: draft.row,
        ...(draft.scope.isAsync && { isAsync: true as const }),
        ...(isBound(draft.scope) && { bound: true as const }),
        ...(isMemoised(draft.scope.node, this.semantic) && { memoised: true as const }),
        ...(draft.blocks && { blocks: draft.blocks }),
        ...(draft.calls.length > 0 && { calls: [...new Set(draft.calls)] }),
        ...(sites.length > 0 && { sites }),
        ...(draft.returnsText.size > 0 && { returnsText: [...draft.returnsText] }),
        ...(draft.returnsTextThrough.length > 0 && { returnsTextThrough: draft.returnsTextThrough }),
        ...(draft.logs && { logs: true as const }),
      };
      if (fact.blocks || fact.calls || fact.sites || fact.returnsText || fact.returnsTextThrough || fact.logs) functions.push(fact);
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
): Set<string> {
  const names = new Set(['self', 'cls', 'super', 'traceback', 'logging']);
  for (const [name, bindings] of semantic.module.bindings) {
    for (const binding of bindings) {
      if (binding.kind === 'function' || binding.kind === 'class') names.add(name);
      else if ((binding.kind === 'import' || binding.kind === 'from-import') && binding.qualifiedName !== undefined) {
        if (!isFirstPartyModule(binding.qualifiedName, source, settings)) continue;
        names.add(name);
        imports[name] = binding.qualifiedName;
      } else if (binding.kind === 'assignment' && binding.value?.type === 'call') names.add(name);
    }
  }
  const analyzer = blockingCallAnalyzer(source, semantic, settings);
  const locals = (scope: Scope): void => {
    for (const child of scope.children) {
      if (child.kind === 'function') {
        for (const [name, bindings] of child.bindings) {
          for (const binding of bindings) {
            const instance = binding.kind === 'assignment' && binding.value?.type === 'call';
            const typed = (binding.kind === 'parameter' && binding.annotation !== undefined) || binding.kind === 'with-target';
            if (instance || (typed && analyzer.bindsBlockingType(binding))) names.add(name);
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
  for (const name of analyzer.candidateNames) names.add(name);
  return names;
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

/** A method called on an instance or class: its first parameter is not among the call's arguments. */
function isBound(scope: Scope): boolean {
  return scope.parent?.kind === 'class' && !decoratorsOf(scope.node).some((decorator) => decoratorCallee(decorator)?.text === 'staticmethod');
}

function isMemoised(definition: SyntaxNode, semantic: SemanticModel): boolean {
  return decoratorsOf(definition).some((decorator) => {
    const callee = decoratorCallee(decorator);
    const name = callee && semantic.qualifiedName(callee);
    return name !== undefined && name !== null && MEMOISING_DECORATORS.has(name);
  });
}

function equivalentsOf(code: string): readonly string[] {
  return RULES_BY_CODE.get(code)?.equivalents ?? [];
}
