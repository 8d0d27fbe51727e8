// Logging calls: Ruff's logger-candidate test (for ERR002) and a broader one for "logged server-side".
import type { Settings } from '../../config/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import { collectNodes, unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import { keywordArgument } from './call-arguments.js';
import { isKnownFalsy } from './truthiness.js';

/** Ruff's `is_logger_method_name`. */
const RUFF_LOGGER_METHODS = new Set(['debug', 'info', 'warn', 'warning', 'error', 'critical', 'log', 'exception']);

/** Methods that write a log record on stdlib, structlog and loguru loggers (structlog's async `a…` ones too). */
const LOG_METHODS = new Set([
  ...RUFF_LOGGER_METHODS,
  'fatal', 'msg', 'success', 'trace',
  'adebug', 'ainfo', 'awarning', 'awarn', 'aerror', 'acritical', 'afatal', 'alog', 'aexception', 'amsg',
]);

/** Calls that return a logger. */
const LOGGER_FACTORIES = new Set([
  'logging.getLogger', 'logging.Logger', 'logging.LoggerAdapter', 'logging.getLoggerClass',
  'structlog.get_logger', 'structlog.getLogger', 'structlog.stdlib.get_logger', 'structlog.wrap_logger',
]);

/** Logger objects importable as such. */
const KNOWN_LOGGERS = new Set(['logging', 'loguru.logger', 'structlog', 'flask.current_app.logger']);

/** Methods of a logger that return a (bound) logger. */
const LOGGER_DERIVATIONS = new Set(['bind', 'new', 'getChild', 'opt', 'patch', 'contextualize']);

/** Ruff's name test for a logger defined in the module: `log*`, `*logger`, `*logging`, `LOG*`, `*LOGGER`, `*LOGGING`. */
function hasLoggerName(name: string): boolean {
  return (
    name.startsWith('log') || name.endsWith('logger') || name.endsWith('logging') ||
    name.startsWith('LOG') || name.endsWith('LOGGER') || name.endsWith('LOGGING')
  );
}

/** The last name of a dotted `a.b.c` expression made only of names; undefined otherwise. */
function dottedTail(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type !== 'attribute') return undefined;
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  if (!object || !attribute || dottedTail(unparenthesize(object)) === undefined) return undefined;
  return attribute.text;
}

/**
 * Ruff's `is_logger_candidate` for the receiver of `receiver.method(...)`: an inline
 * `logging.getLogger(...)`; an imported object only when it is `logging`,
 * `flask.current_app.logger` or listed in `errors.logger-objects`; anything else by its name.
 */
export function isRuffLoggerCandidate(receiver: SyntaxNode, semantic: SemanticModel, loggerObjects: readonly string[]): boolean {
  const node = unparenthesize(receiver);
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const name = callee ? semantic.qualifiedName(callee) : undefined;
    return name === 'logging.getLogger' || name === 'logging.Logger';
  }
  const qualified = semantic.qualifiedName(node);
  if (qualified !== undefined) {
    return qualified === 'logging' || qualified === 'flask.current_app.logger' || loggerObjects.includes(qualified);
  }
  const tail = dottedTail(node);
  return tail !== undefined && hasLoggerName(tail);
}

/** `traceback` functions that write the current exception's traceback to stderr or a file. */
const TRACEBACK_PRINTERS = new Set(['traceback.print_exc', 'traceback.print_exception']);

/** `traceback` functions that return the traceback as text, for a logger to record. */
const TRACEBACK_FORMATTERS = new Set(['traceback.format_exc', 'traceback.format_exception', 'traceback.format_tb']);

/**
 * True for a statement-level call that records the traceback. As BLE001 counts it:
 * `<logger>.exception(...)`, or any `<logger>` level with an `exc_info=` that is not known to be
 * falsy; the same for the `logging` module's functions, also when imported by name. Beyond
 * BLE001: `traceback.print_exc()` / `print_exception(...)`, and a logging call given
 * `traceback.format_exc()` (or `format_exception`, `format_tb`) in its arguments.
 */
export function logsTraceback(call: SyntaxNode, semantic: SemanticModel, loggerObjects: readonly string[]): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  if (callee.type === 'attribute') {
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const receiver = callee.childForFieldName('object');
    if (receiver && RUFF_LOGGER_METHODS.has(method) && isRuffLoggerCandidate(receiver, semantic, loggerObjects)) {
      return method === 'exception' || hasTruthyExcInfo(call, semantic) || passesFormattedTraceback(call, semantic);
    }
  }
  const qualified = semantic.qualifiedName(callee);
  if (qualified === undefined) return false;
  if (qualified === 'logging.exception' || TRACEBACK_PRINTERS.has(qualified)) return true;
  const method = qualified.startsWith('logging.') ? qualified.slice('logging.'.length) : '';
  return RUFF_LOGGER_METHODS.has(method) && (hasTruthyExcInfo(call, semantic) || passesFormattedTraceback(call, semantic));
}

/** True when an argument of `call` holds a call of a `traceback.format_*` function (`logger.error(traceback.format_exc())`). */
function passesFormattedTraceback(call: SyntaxNode, semantic: SemanticModel): boolean {
  const args = call.childForFieldName('arguments');
  if (!args) return false;
  return collectNodes(args, ['call']).some((inner) => {
    const callee = inner.childForFieldName('function');
    const name = callee ? semantic.qualifiedName(callee) : undefined;
    return name !== undefined && TRACEBACK_FORMATTERS.has(name);
  });
}

function hasTruthyExcInfo(call: SyntaxNode, semantic: SemanticModel): boolean {
  const value = keywordArgument(call, 'exc_info');
  return value !== undefined && !isKnownFalsy(value, semantic);
}

/**
 * True for a call that writes something to the server's logs: a logging method on a logger
 * (Ruff's candidates, names bound to `logging.getLogger(...)`/`structlog.get_logger(...)` and
 * their `.bind(...)`, loguru's `logger`, imported `*logger`/`log*` objects, `errors.logger-objects`),
 * a `logging.<level>(...)` function, or a function listed in `errors.log-functions`.
 */
export function isServerLogCall(call: SyntaxNode, semantic: SemanticModel, settings: Settings): boolean {
  const callee = call.childForFieldName('function');
  if (!callee) return false;
  const node = unparenthesize(callee);
  const qualified = semantic.qualifiedName(node);
  if (qualified !== undefined) {
    if (settings.errors.logFunctions.includes(qualified)) return true;
    if (qualified.startsWith('logging.') && LOG_METHODS.has(qualified.slice('logging.'.length))) return true;
  }
  if (node.type !== 'attribute') return false;
  const method = node.childForFieldName('attribute')?.text ?? '';
  const receiver = node.childForFieldName('object');
  return receiver !== null && LOG_METHODS.has(method) && isLoggerObject(receiver, semantic, settings, 0);
}

const MAX_BINDING_HOPS = 4;

function isLoggerObject(receiver: SyntaxNode, semantic: SemanticModel, settings: Settings, hops: number): boolean {
  const node = unparenthesize(receiver);
  if (isRuffLoggerCandidate(node, semantic, settings.errors.loggerObjects)) return true;
  if (hops > MAX_BINDING_HOPS) return false;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (!callee) return false;
    const name = semantic.qualifiedName(callee);
    if (name !== undefined && LOGGER_FACTORIES.has(name)) return true;
    const object = callee.type === 'attribute' ? callee.childForFieldName('object') : null;
    const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : '';
    return object !== null && LOGGER_DERIVATIONS.has(method) && isLoggerObject(object, semantic, settings, hops + 1);
  }
  const qualified = semantic.qualifiedName(node);
  if (qualified !== undefined) {
    if (KNOWN_LOGGERS.has(qualified)) return true;
    return !qualified.startsWith('builtins.') && hasLoggerName(qualified.slice(qualified.lastIndexOf('.') + 1));
  }
  if (node.type !== 'identifier') return false;
  const value = semantic.resolve(node)?.value;
  return value !== undefined && isLoggerObject(value, semantic, settings, hops + 1);
}
