// Decides, once per call node and file, whether a call blocks the event loop and which rule says so.
import type { Settings } from '../../config/index.js';
import { BUILTIN_NAMES, type Binding, type Scope, type SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SourceFile, type SyntaxNode } from '../../syntax/index.js';
import { blocksOn, categoryOfMethod, type BlockingCategory } from './blocking-apis.js';
import { blockingCatalog, type BlockingCatalog } from './blocking-catalog.js';
import { BlockingTypes } from './blocking-types.js';

/** A blocking call found inside an `async def`. */
export interface BlockingCall {
  readonly category: BlockingCategory;
  readonly call: SyntaxNode;
  /** The called expression (`requests.get`, `session.get`): what the finding highlights. */
  readonly callee: SyntaxNode;
  /** The qualified name (`requests.get`, `open`), or `receiver.method` for a method call. */
  readonly name: string;
  readonly advice: string;
  /** The enclosing `async def`'s scope. */
  readonly function: Scope;
  /** For a method call: the receiver's blocking type (`requests.Session`). */
  readonly receiverType?: string;
  /** True when the name comes from `extra-blocking-calls`. */
  readonly configured: boolean;
}

const MAX_QUOTED_LENGTH = 60;
const OPEN_PAREN = 0x28;
const analyzers = new WeakMap<SemanticModel, BlockingCallAnalyzer>();

/** The analyzer of the file `semantic` models, shared by every async rule. */
export function blockingCallAnalyzer(source: SourceFile, semantic: SemanticModel, settings: Settings): BlockingCallAnalyzer {
  let analyzer = analyzers.get(semantic);
  if (!analyzer) {
    analyzer = new BlockingCallAnalyzer(source, semantic, blockingCatalog(settings));
    analyzers.set(semantic, analyzer);
  }
  return analyzer;
}

/**
 * Classifies call nodes. Every async rule listens to `call`, the most common node type, so the
 * work per call is kept small: files without `async def` cost nothing; elsewhere one native read
 * (the start offset) places the call in its scope. Inside an `async def` the callee's leading
 * name, a slice of the source, must be a name worth resolving (an import of a listed module, a
 * listed builtin, or a name bound to a blocking type) before the tree is read any further. The
 * result is memoised for the call node, so the eight rules share one classification.
 */
export class BlockingCallAnalyzer {
  /** False when the file has no `async def`: every call is then skipped at once. */
  readonly hasAsyncFunctions: boolean;
  /** Leading names of calls that may resolve into the catalog (imports of its modules, its builtins). */
  readonly candidateNames: ReadonlySet<string>;
  private readonly types: BlockingTypes;
  private lastCall: SyntaxNode | undefined;
  private lastResult: BlockingCall | undefined;

  constructor(
    private readonly source: SourceFile,
    private readonly semantic: SemanticModel,
    private readonly catalog: BlockingCatalog,
  ) {
    this.hasAsyncFunctions = containsAsyncFunction(semantic.module);
    this.candidateNames = candidateNames(semantic, catalog);
    this.types = new BlockingTypes(semantic, catalog, (expression) => this.resolveName(expression));
  }

  /** The blocking call `call` makes inside an `async def`, or undefined. */
  classify(call: SyntaxNode): BlockingCall | undefined {
    if (call === this.lastCall) return this.lastResult;
    this.lastCall = call;
    this.lastResult = this.hasAsyncFunctions ? this.compute(call) : undefined;
    return this.lastResult;
  }

  /** True when the binding holds an instance of a blocking type (`db: Session`, `with Session() as s`). */
  bindsBlockingType(binding: Binding): boolean {
    return this.types.ofBinding(binding) !== undefined;
  }

  /** The dotted name an expression stands for: through imports, or an unimported module name. */
  resolveName(expression: SyntaxNode): string | undefined {
    return this.semantic.qualifiedName(expression) ?? this.unimportedModuleName(expression);
  }

  /**
   * The blocking call `call` makes in any function, `async def` or not: the project summary
   * records what sync helpers block on. Not memoised (the rules' `classify` is).
   */
  classifyInFunction(call: SyntaxNode): BlockingCall | undefined {
    return this.compute(call, false);
  }

  private compute(call: SyntaxNode, inAsyncOnly = true): BlockingCall | undefined {
    const offset = call.startIndex;
    const scope = this.semantic.enclosingFunctionAt(offset);
    if (!scope || (inAsyncOnly && !scope.isAsync)) return undefined;
    // The callee starts where the call starts: its leading name is a slice of the source.
    const leading = leadingName(this.source.text, offset);
    // A callee that starts with `(` (`(requests.get)(url)`) is resolved the long way; one that
    // starts with a literal (`", ".join(...)`) cannot name anything blocking.
    if (leading === '' && this.source.text.charCodeAt(offset) !== OPEN_PAREN) return undefined;
    const byName = leading === '' || this.candidateNames.has(leading);
    if (!byName && !this.types.ofName(leading, offset) && !this.types.isMakerName(leading, offset)) return undefined;
    const written = call.childForFieldName('function');
    if (!written) return undefined;
    const callee = unparenthesize(written);
    return byName ? this.byName(call, callee, scope) : this.byReceiver(call, callee, scope);
  }

  private byName(call: SyntaxNode, callee: SyntaxNode, scope: Scope): BlockingCall | undefined {
    const name = this.resolveName(callee);
    if (name === undefined) return this.byReceiver(call, callee, scope);
    const entry = this.catalog.calls.get(name);
    const shown = name.startsWith('builtins.') ? name.slice('builtins.'.length) : name;
    if (!entry || this.catalog.isAllowed(name) || this.catalog.isAllowed(shown)) return undefined;
    return {
      category: entry.category,
      call,
      callee,
      name: shown,
      advice: fillAdvice(entry.advice, shown),
      function: scope,
      configured: entry.configured,
    };
  }

  /** `session.get(...)`, `requests.Session().get(...)`, `conn.cursor().execute(...)`. */
  private byReceiver(call: SyntaxNode, callee: SyntaxNode, scope: Scope): BlockingCall | undefined {
    if (callee.type !== 'attribute') return undefined;
    const receiver = callee.childForFieldName('object');
    const method = callee.childForFieldName('attribute');
    if (!receiver || !method) return undefined;
    const type = this.types.ofExpression(receiver);
    if (!type || !blocksOn(type, method.text) || this.catalog.isAllowed(`${type.name}.${method.text}`)) return undefined;
    return {
      category: categoryOfMethod(type, method.text),
      call,
      callee,
      name: quotedCallee(callee) ?? `${type.name.split('.').pop() ?? ''}(...).${method.text}`,
      advice: fillAdvice(type.methodAdvice?.[method.text] ?? type.advice, method.text),
      function: scope,
      receiverType: type.name,
      configured: false,
    };
  }

  /**
   * `requests.get` where nothing binds `requests` (no import, no star import, not a builtin):
   * taken as the module, as flake8-async does, so snippets without their imports (the
   * standards' own examples) are still checked.
   */
  private unimportedModuleName(expression: SyntaxNode): string | undefined {
    const segments: string[] = [];
    let node = unparenthesize(expression);
    while (node.type === 'attribute') {
      const attribute = node.childForFieldName('attribute');
      const object = node.childForFieldName('object');
      if (!attribute || !object) return undefined;
      segments.push(attribute.text);
      node = unparenthesize(object);
    }
    if (node.type !== 'identifier' || segments.length === 0) return undefined;
    const root = node.text;
    const offset = node.startIndex;
    if (!this.catalog.moduleRoots.has(root) || BUILTIN_NAMES.has(root)) return undefined;
    if (this.semantic.lookup(root, offset) || mayComeFromStarImport(this.semantic.scopeAt(offset))) return undefined;
    return [root, ...segments.reverse()].join('.');
  }
}

/** Names that may resolve into the catalog: its module roots, its builtins, and their import aliases. */
function candidateNames(semantic: SemanticModel, catalog: BlockingCatalog): Set<string> {
  const names = new Set([...catalog.moduleRoots, ...catalog.builtinNames]);
  for (const binding of semantic.imports) {
    const root = binding.qualifiedName?.split('.', 1)[0];
    if (root !== undefined && catalog.moduleRoots.has(root)) names.add(binding.name);
  }
  return names;
}

/**
 * The identifier at `offset`, or '' when the text there starts with anything else: a call's
 * leading name, read before the tree, to skip calls that cannot matter.
 */
export function leadingName(text: string, offset: number): string {
  return text.slice(offset, identifierEnd(text, offset));
}

/** Where the identifier (if any) starting at `offset` ends: `offset` itself when none starts there. */
export function identifierEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++;
  return end;
}

function isIdentifierChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127
  );
}

/**
 * The callee as a message quotes it: its text when short and on one line, else with the
 * arguments of inner calls elided (`connection.execute(...).fetchone`).
 */
function quotedCallee(callee: SyntaxNode): string | undefined {
  const text = callee.text;
  if (text.length <= MAX_QUOTED_LENGTH && !text.includes('\n')) return text;
  if (callee.type !== 'attribute') return undefined;
  const receiver = callee.childForFieldName('object');
  const method = callee.childForFieldName('attribute');
  const inner = receiver?.type === 'call' ? receiver.childForFieldName('function') : null;
  const quoted = inner ? quotedCallee(inner) : undefined;
  return quoted === undefined || !method ? undefined : `${quoted}(...).${method.text}`;
}

function fillAdvice(advice: string, name: string): string {
  return advice.replaceAll('{name}', name.split('.').pop() ?? name);
}

function containsAsyncFunction(scope: Scope): boolean {
  if (scope.isAsync) return true;
  return scope.children.some(containsAsyncFunction);
}

function mayComeFromStarImport(scope: Scope | undefined): boolean {
  for (let current = scope; current; current = current.parent) if (current.hasStarImport) return true;
  return false;
}
