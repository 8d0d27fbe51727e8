// Lints one parsed file: one traversal collects the nodes every rule and the semantic model need,
// the model is built, then each node is dispatched to the listeners that asked for its type.
import { parseTargetVersion, type Settings } from '../config/index.js';
import { SEMANTIC_NODE_TYPES, SemanticModel } from '../semantic/index.js';
import {
  collectNodes,
  firstProblem,
  symbolIdsOf,
  symbolMask,
  isDamaged,
  stringPrefixProblem,
  unparenthesizedExceptTypes,
  python2StatementError,
  syntaxDamage,
  type SourceFile,
  type SyntaxNode,
  type SyntaxProblem,
} from '../syntax/index.js';
import type { Diagnostic } from './diagnostic.js';
import { isSuppressedAt, parseNoqa, type NoqaDirectives } from './noqa.js';
import { NoqaRows } from './noqa-rows.js';
import { formatMessage, type Listener, type Report, type Rule, type RuleContext } from './rule.js';
import { compareOrdinal } from '../compare.js';

/** Code and name under which unparsable files are reported. */
export const SYNTAX_ERROR_CODE = 'SYN001';
export const SYNTAX_ERROR_RULE = 'invalid-syntax';

/** What linting one file produced. */
export interface LintResult {
  readonly diagnostics: Diagnostic[];
  /** Rules that threw: reported to the user as internal errors, never silently dropped. */
  readonly internalErrors: string[];
  /** The file's comment nodes, as the walk met them (noqa directives, for editors). */
  readonly comments: readonly SyntaxNode[];
}

interface Dispatch {
  readonly rule: Pick<Rule, 'code' | 'name'>;
  readonly listener: Listener;
}

/** Which `# noqa` comments cover an offset, for an observer that reports after the file is linted. */
export interface NoqaView {
  /** The 1-based row whose `# noqa` covers code starting at `start`. */
  rowOf(start: number): number;
  /** True when that row's `# noqa` names one of `aliases` (or is blanket). */
  suppresses(start: number, aliases: readonly string[]): boolean;
  /** The same for a row already known (`rowOf`). */
  suppressesRow(row: number, aliases: readonly string[]): boolean;
}

/**
 * Something besides the rules that reads the file during the one walk (the project summary): its
 * listeners are registered like a rule's, and `finish` runs once noqa comments are known.
 */
export interface FileObserver {
  readonly name: string;
  readonly listeners: Readonly<Record<string, Listener | undefined>>;
  finish(noqa: NoqaView): void;
}

/** What an observer reads: the file, its settings, and (inside listeners) its semantic model. */
export interface ObserverContext {
  readonly source: SourceFile;
  readonly settings: Settings;
  readonly semantic: SemanticModel;
}

const ALWAYS_COLLECTED = ['comment', 'print_statement', 'exec_statement', 'except_clause'];
const COMMENT_SYMBOLS = symbolMask(['comment']);
const PYTHON2_SYMBOLS = symbolMask(['print_statement', 'exec_statement']);
const EXCEPT_SYMBOLS = symbolMask(['except_clause']);

/** Listener keys (`function_definition:exit`) read once each: the node type and whether it is the exit. */
const listenerKeys = new Map<string, { readonly type: string; readonly exit: boolean }>();
function listenerKey(key: string): { readonly type: string; readonly exit: boolean } {
  let parsed = listenerKeys.get(key);
  if (!parsed) {
    const [type, phase] = key.split(':') as [string, string | undefined];
    parsed = { type, exit: phase === 'exit' };
    listenerKeys.set(key, parsed);
  }
  return parsed;
}

/** Each rule's code and "≈" codes, the names a `# noqa` may use for it; per rule list, made once. */
const aliasesByRules = new WeakMap<readonly Rule[], ReadonlyMap<string, readonly string[]>>();
function aliasesOf(rules: readonly Rule[]): ReadonlyMap<string, readonly string[]> {
  let aliases = aliasesByRules.get(rules);
  if (!aliases) {
    aliases = new Map(rules.map((rule) => [rule.code, [rule.code, ...rule.equivalents]]));
    aliasesByRules.set(rules, aliases);
  }
  return aliases;
}

/** A listener table keyed by node type, re-keyed by every symbol id of that type. */
function bySymbol(table: ReadonlyMap<string, Dispatch[]>): (Dispatch[] | undefined)[] {
  const byId: (Dispatch[] | undefined)[] = [];
  for (const [type, dispatches] of table) for (const id of symbolIdsOf(type)) byId[id] = dispatches;
  return byId;
}

/** Listener tables by node type, for entering a node and for leaving it. */
interface Listeners {
  readonly enter: Map<string, Dispatch[]>;
  readonly exit: Map<string, Dispatch[]>;
}

/** The file's semantic model, set once the nodes are collected; rules' `create` runs before. */
interface SemanticHolder {
  model: SemanticModel | undefined;
}

/** What the walk noticed on the way for the syntax check, besides running the listeners. */
interface WalkFacts {
  readonly comments: SyntaxNode[];
  python2Statement: SyntaxProblem | undefined;
  exceptTypes: SyntaxProblem | undefined;
}

/**
 * Runs `rules` over `source` and returns their diagnostics, with noqa comments applied.
 * Each stage is its own function: V8 compiles the hot ones separately and small, and a path one
 * file takes late (an exit listener, a syntax error) re-optimizes only its own stage.
 */
export function lintSource(
  source: SourceFile,
  settings: Settings,
  rules: readonly Rule[],
  observe?: (context: ObserverContext) => FileObserver,
): LintResult {
  const diagnostics: Diagnostic[] = [];
  const internalErrors: string[] = [];
  const root = source.tree.rootNode;
  const semantic: SemanticHolder = { model: undefined };
  const listeners = createListeners(source, settings, rules, diagnostics, semantic);
  const observer = observe && observe(observerContext(source, settings, semantic));
  if (observer) addListeners(listeners, { code: observer.name, name: observer.name }, observer.listeners);

  const types = new Set<string>([...SEMANTIC_NODE_TYPES, ...ALWAYS_COLLECTED, ...listeners.enter.keys(), ...listeners.exit.keys()]);
  types.delete('module');
  const nodes = collectNodes(root, [...types]);
  semantic.model = new SemanticModel(root, nodes);

  const call = (dispatches: readonly Dispatch[] | undefined, node: SyntaxNode): void => {
    if (!dispatches) return;
    for (const { rule, listener } of dispatches) {
      try {
        listener(node);
      } catch (error) {
        internalErrors.push(`rule ${rule.code} (${rule.name}) failed on ${source.path}: ${describe(error)}`);
      }
    }
  };
  const targetMinor = parseTargetVersion(settings.targetVersion).minor;
  call(listeners.enter.get('module'), root);
  const facts = walk(nodes, listeners, call, targetMinor);
  call(listeners.exit.get('module'), root);
  const directives = parseNoqa(facts.comments, source.lines);
  const kept = keptDiagnostics(source, rules, diagnostics, facts, directives, targetMinor);
  if (observer) {
    try {
      observer.finish(noqaView(source, directives));
    } catch (error) {
      internalErrors.push(`${observer.name} failed on ${source.path}: ${describe(error)}`);
    }
  }
  return { diagnostics: kept, internalErrors, comments: facts.comments };
}

function observerContext(source: SourceFile, settings: Settings, semantic: SemanticHolder): ObserverContext {
  return {
    source,
    settings,
    get semantic(): SemanticModel {
      if (!semantic.model) throw new Error('the semantic model is available inside listeners only');
      return semantic.model;
    },
  };
}

function noqaView(source: SourceFile, directives: NoqaDirectives): NoqaView {
  let rows: NoqaRows | undefined;
  const rowOf = (start: number): number => {
    rows ??= NoqaRows.of(source.tree, source.lines);
    return rows.rowFor(source.lines.lineOf(start) + 1);
  };
  return {
    rowOf,
    suppresses: (start, aliases) => isSuppressedAt(rowOf(start), directives, aliases),
    suppressesRow: (row, aliases) => isSuppressedAt(row, directives, aliases),
  };
}

/** Each rule's listeners for this file, by node type. */
function createListeners(
  source: SourceFile,
  settings: Settings,
  rules: readonly Rule[],
  diagnostics: Diagnostic[],
  semantic: SemanticHolder,
): Listeners {
  const enter = new Map<string, Dispatch[]>();
  const exit = new Map<string, Dispatch[]>();
  for (const rule of rules) {
    if (!rule.create || (rule.appliesTo && !rule.appliesTo(source))) continue;
    const context: RuleContext<string> = {
      source,
      settings,
      get semantic(): SemanticModel {
        if (!semantic.model) throw new Error('the semantic model is available inside listeners only');
        return semantic.model;
      },
      report: (report) => diagnostics.push(toDiagnostic(rule, report)),
    };
    addListeners({ enter, exit }, rule, rule.create(context) as Readonly<Record<string, Listener | undefined>>);
  }
  return { enter, exit };
}

function addListeners(tables: Listeners, rule: Dispatch['rule'], listeners: Readonly<Record<string, Listener | undefined>>): void {
  for (const key in listeners) {
    const listener = listeners[key];
    if (!listener) continue;
    const { type, exit: isExit } = listenerKey(key);
    const table = isExit ? tables.exit : tables.enter;
    const list = table.get(type);
    if (list) list.push({ rule, listener });
    else table.set(type, [{ rule, listener }]);
  }
}

/** The single pass over the collected nodes: calls each node's listeners, entering and leaving it. */
function walk(
  nodes: readonly SyntaxNode[],
  listeners: Listeners,
  call: (dispatches: readonly Dispatch[] | undefined, node: SyntaxNode) => void,
  targetMinor: number,
): WalkFacts {
  // Listener tables indexed by symbol id: the loop reads each node's type id, not its name.
  const enterById = bySymbol(listeners.enter);
  const exitById = bySymbol(listeners.exit);
  const hasExit = listeners.exit.size > 0;
  const facts: WalkFacts = { comments: [], python2Statement: undefined, exceptTypes: undefined };
  const open: { node: SyntaxNode; end: number }[] = [];
  for (const node of nodes) {
    const typeId = node.typeId;
    if (COMMENT_SYMBOLS[typeId] === 1) facts.comments.push(node);
    else if (PYTHON2_SYMBOLS[typeId] === 1) facts.python2Statement ??= python2StatementError(node);
    else if (EXCEPT_SYMBOLS[typeId] === 1) facts.exceptTypes ??= unparenthesizedExceptTypes(node, targetMinor);
    if (hasExit) {
      const start = node.startIndex;
      while (open.length > 0 && (open[open.length - 1] as { end: number }).end <= start) {
        const closed = open.pop() as { node: SyntaxNode };
        call(exitById[closed.node.typeId], closed.node);
      }
    }
    call(enterById[typeId], node);
    if (exitById[typeId]) open.push({ node, end: node.endIndex });
  }
  while (open.length > 0) {
    const closed = open.pop() as { node: SyntaxNode };
    call(exitById[closed.node.typeId], closed.node);
  }
  return facts;
}

/** The diagnostics left after syntax damage and noqa comments, plus the file's syntax error, in order. */
function keptDiagnostics(
  source: SourceFile,
  rules: readonly Rule[],
  diagnostics: readonly Diagnostic[],
  facts: WalkFacts,
  directives: NoqaDirectives,
  targetMinor: number,
): Diagnostic[] {
  const damage = syntaxDamage(source.tree, targetMinor);
  // CPython reports a tokenizer limit before any error of the grammar, wherever that lies.
  const syntaxProblem = damage.limit ?? [facts.python2Statement, facts.exceptTypes, stringPrefixProblem(source.tree, targetMinor)].reduce(firstProblem, damage.first);
  const aliases = aliasesOf(rules);
  const rows = diagnostics.length > 0 ? NoqaRows.of(source.tree, source.lines) : NoqaRows.NONE;
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (isDamaged(d.start, damage)) continue;
    const startRow = source.lines.lineOf(d.start) + 1;
    const row = rows.rowFor(startRow);
    if (isSuppressedAt(row, directives, aliases.get(d.code) ?? [d.code])) continue;
    kept.push(row === startRow ? d : { ...d, noqaRow: row });
  }
  if (syntaxProblem) kept.push(syntaxDiagnostic(syntaxProblem));
  kept.sort((a, b) => a.start - b.start || compareOrdinal(a.code, b.code));
  return kept;
}

/** The diagnostic for a file whose bytes cannot be decoded as Python source. */
export function syntaxDiagnostic(problem: SyntaxProblem): Diagnostic {
  return {
    code: SYNTAX_ERROR_CODE,
    rule: SYNTAX_ERROR_RULE,
    message: `Syntax error: ${problem.message}`,
    messageId: 'syntaxError',
    start: problem.start,
    end: problem.end,
  };
}

/** A rule's report as a diagnostic: message filled in, offsets from the node or range. */
export function toDiagnostic(rule: Rule, report: Report<string>): Diagnostic {
  const start = report.node?.startIndex ?? report.range?.start ?? 0;
  const end = report.node?.endIndex ?? report.range?.end ?? start;
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.code} has no message \`${report.messageId}\``);
  return {
    code: rule.code,
    rule: rule.name,
    message: formatMessage(template, report.data),
    messageId: report.messageId,
    start,
    end,
    ...(report.fix && { fix: report.fix }),
    ...(report.condition && { condition: report.condition }),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
