// Intra-handler data flow: does an expression carry details of the caught exception?
import { callTarget, type Binding, type Scope, type SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import { caughtTypes } from './handlers.js';
import { isClientFacingException } from './web-api.js';

/** Calls that return exception information wherever they are made (CodeQL's `ExceptionInfo`). */
const EXCEPTION_INFO_CALLS = new Set([
  'sys.exc_info', 'sys.exception',
  ...['format_exc', 'format_exception', 'format_exception_only', 'format_tb', 'format_stack', 'format_list', 'extract_tb', 'extract_stack']
    .map((name) => `traceback.${name}`),
]);

/** Functions whose result carries the text of their arguments. */
const PASS_THROUGH_FUNCTIONS = new Set([
  ...['str', 'repr', 'ascii', 'format', 'getattr', 'dict', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'bytes', 'vars']
    .map((name) => `builtins.${name}`),
  'json.dumps', 'textwrap.shorten', 'html.escape',
]);

/** String methods whose result carries the text of their arguments (`"{}".format(e)`, `", ".join(e.args)`). */
const PASS_THROUGH_METHODS = new Set(['format', 'format_map', 'join', 'replace']);

/** Attributes that name the exception's class rather than describe the failure. */
const CLASS_ATTRIBUTES = new Set(['__class__', '__name__', '__qualname__', '__module__']);

const MAX_DEPTH = 40;

/**
 * Where `expression` gets exception details from: `the caught exception \`e\`` or
 * `` `traceback.format_exc()` ``; undefined when it carries none. Follows `str(e)`, `repr(e)`,
 * f-strings, `%`, `.format`, concatenation, `e.args` and other attributes, subscripts, containers,
 * conditional and boolean expressions, method calls on a carrying value, and locals assigned from
 * any of these. Calls to other functions are taken to sanitise their arguments. An exception
 * caught only as `HTTPException` or as a request validation error is not a source: its details
 * were written for, or describe the input of, the client.
 */
export function exceptionDetailSource(expression: SyntaxNode, semantic: SemanticModel): string | undefined {
  return new TaintWalk(semantic).source(expression, 0);
}

/** A call to possible project code that is handed exception details: whether it returns them is for the link phase. */
export interface DetailsThroughCall {
  /** The callee as a call target (see `callTarget`). */
  readonly target: string;
  /** The position of the argument that carries the details. */
  readonly argument: number;
  /** What the argument carries, as `exceptionDetailSource` says it. */
  readonly source: string;
  /** The callee as written, for messages. */
  readonly callee: string;
  /** In a summary's walk: the parameters of the summarised function the argument carries. */
  readonly parameters: readonly string[];
}

/**
 * The calls through which `expression` may carry exception details when nothing carries them
 * directly: `format_error(e)` where `format_error` is project code. Arguments are read as
 * `exceptionDetailSource` reads them.
 */
export function exceptionDetailsThroughCalls(expression: SyntaxNode, semantic: SemanticModel): DetailsThroughCall[] {
  const walk = new TaintWalk(semantic, { throughCalls: true });
  walk.source(expression, 0);
  return walk.throughCalls;
}

/**
 * For a project summary: the parameters of `fn` whose text `expression` (a returned value)
 * carries (`return f"failed: {error}"`), and the calls it hands them to.
 */
export function parameterText(expression: SyntaxNode, semantic: SemanticModel, fn: Scope): { parameters: string[]; throughCalls: DetailsThroughCall[] } {
  const walk = new TaintWalk(semantic, { parameters: fn, throughCalls: true });
  walk.source(expression, 0);
  return { parameters: walk.parameters, throughCalls: walk.throughCalls };
}

interface TaintOptions {
  /** Parameters of this function are sources (for summaries of helpers). */
  readonly parameters?: Scope;
  /** Record calls to other functions that are handed a carrying argument. */
  readonly throughCalls?: boolean;
}

const PARAMETER_SOURCE = 'a parameter';

class TaintWalk {
  private readonly seenBindings = new Set<number>();
  readonly parameters: string[] = [];
  readonly throughCalls: DetailsThroughCall[] = [];

  constructor(
    private readonly semantic: SemanticModel,
    private readonly options: TaintOptions = {},
  ) {}

  source(expression: SyntaxNode, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const node = unparenthesize(expression);
    const next = depth + 1;
    switch (node.type) {
      case 'identifier':
        return this.nameSource(node, next);
      case 'attribute': {
        const attribute = node.childForFieldName('attribute')?.text ?? '';
        const object = node.childForFieldName('object');
        return object && !CLASS_ATTRIBUTES.has(attribute) ? this.source(object, next) : undefined;
      }
      case 'subscript': {
        const value = node.childForFieldName('value');
        return value ? this.source(value, next) : undefined;
      }
      case 'call':
        return this.callSource(node, next);
      case 'string':
        return this.first(node.namedChildren.filter((child) => child.type === 'interpolation'), next);
      case 'interpolation': {
        const value = node.childForFieldName('expression') ?? node.namedChildren[0];
        return value ? this.source(value, next) : undefined;
      }
      case 'binary_operator':
      case 'boolean_operator':
        return this.first([node.childForFieldName('left'), node.childForFieldName('right')], next);
      case 'conditional_expression':
        return this.first([node.namedChildren[0], node.namedChildren[2]], next);
      case 'pair':
        return this.first([node.childForFieldName('key'), node.childForFieldName('value')], next);
      case 'keyword_argument':
        return this.first([node.childForFieldName('value')], next);
      case 'named_expression':
        return this.first([node.childForFieldName('value')], next);
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.first([node.childForFieldName('body')], next);
      case 'concatenated_string':
      case 'tuple':
      case 'list':
      case 'set':
      case 'dictionary':
      case 'expression_list':
      case 'list_splat':
      case 'dictionary_splat':
      case 'await':
        return this.first(node.namedChildren, next);
      default:
        return undefined;
    }
  }

  private first(nodes: readonly (SyntaxNode | null | undefined)[], depth: number): string | undefined {
    let first: string | undefined;
    for (const node of nodes) {
      if (!node || node.type === 'comment') continue;
      const found = this.source(node, depth);
      first ??= found;
      // A summary's walk wants every parameter the value carries, not the first.
      if (first && !this.options.parameters) return first;
    }
    return first;
  }

  private callSource(call: SyntaxNode, depth: number): string | undefined {
    const callee = call.childForFieldName('function');
    if (!callee) return undefined;
    const args = call.childForFieldName('arguments');
    const qualified = this.semantic.qualifiedName(callee);
    if (qualified !== undefined && EXCEPTION_INFO_CALLS.has(qualified)) return `\`${qualified}()\``;
    if (qualified !== undefined && PASS_THROUGH_FUNCTIONS.has(qualified)) return this.first(args?.namedChildren ?? [], depth);
    const inner = unparenthesize(callee);
    if (this.options.throughCalls) this.noteThroughCall(inner, args, depth);
    if (inner.type !== 'attribute') return undefined;
    const receiver = inner.childForFieldName('object');
    const method = inner.childForFieldName('attribute')?.text ?? '';
    const fromReceiver = receiver ? this.source(receiver, depth) : undefined;
    if (fromReceiver) return fromReceiver;
    return PASS_THROUGH_METHODS.has(method) ? this.first(args?.namedChildren ?? [], depth) : undefined;
  }

  /** A call that may be project code, handed an argument that carries details. */
  private noteThroughCall(callee: SyntaxNode, args: SyntaxNode | null, depth: number): void {
    const scope = this.semantic.enclosingFunction(callee);
    const target = scope && callTarget(callee, this.semantic, scope);
    if (target === undefined || !args) return;
    let position = 0;
    for (const argument of args.namedChildren) {
      if (argument.type === 'comment') continue;
      if (argument.type === 'keyword_argument' || argument.type === 'list_splat' || argument.type === 'dictionary_splat') break;
      const before = this.parameters.length;
      const source = this.source(argument, depth);
      if (source) this.throughCalls.push({ target, argument: position, source, callee: callee.text, parameters: this.parameters.slice(before) });
      position++;
    }
  }

  private nameSource(identifier: SyntaxNode, depth: number): string | undefined {
    const binding = this.semantic.resolve(identifier);
    return binding ? this.bindingSource(binding, identifier, depth) : undefined;
  }

  /** What a binding seen at `use` carries: its assigned value, a loop's iterable, or the exception itself. */
  private bindingSource(binding: Binding, use: SyntaxNode, depth: number): string | undefined {
    if (this.seenBindings.has(binding.node.id)) return undefined;
    this.seenBindings.add(binding.node.id);
    const statement = binding.statement;
    switch (binding.kind) {
      case 'exception':
        return this.caughtSource(binding, use);
      case 'parameter':
        if (binding.scope !== this.options.parameters) return undefined;
        this.parameters.push(binding.name);
        return PARAMETER_SOURCE;
      case 'assignment':
      case 'walrus':
        return this.first([binding.value ?? statement.childForFieldName('right')], depth);
      case 'for-target':
      case 'comprehension-target':
        return this.first([statement.childForFieldName('right')], depth);
      case 'augmented-assignment': {
        const added = this.first([statement.childForFieldName('right')], depth);
        if (added) return added;
        const earlier = this.semantic.lookup(binding.name, statement.startIndex);
        return earlier ? this.bindingSource(earlier, use, depth) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** `except … as e`: a source while the handler runs, unless only exceptions meant for the client are caught. */
  private caughtSource(binding: Binding, use: SyntaxNode): string | undefined {
    const handler = binding.statement;
    if (use.startIndex < handler.startIndex || use.startIndex >= handler.endIndex) return undefined;
    const types = caughtTypes(handler);
    const clientFacing = types.length > 0 && types.every((type) => isClientFacingException(type, this.semantic));
    return clientFacing ? undefined : `the caught exception \`${binding.name}\``;
  }
}
