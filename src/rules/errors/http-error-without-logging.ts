// ERR007: an `except` handler turns an error into an HTTP error response without logging it server-side.
import { defineRule } from '../../linter/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import type { Settings } from '../../config/index.js';
import { caughtTypes, handlerNodes, loggedThroughHelpers, raisedExpression } from './handlers.js';
import { isServerLogCall } from './logging-calls.js';
import { constructedWebClass, isClientFacingException, statusCodeOf } from './web-api.js';

const SCOPE_BOUNDARIES = new Set(['function_definition', 'class_definition', 'lambda', 'module']);

export default defineRule({
  code: 'ERR007',
  name: 'http-error-without-logging',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    raisedUnlogged:
      '`{{exception}}` raised from an `except` handler that logs nothing server-side; log the error first ' +
      '(e.g. `logger.warning(...)`, or `logger.exception(...)` for a 5xx)',
    returnedUnlogged:
      'Error response `{{response}}` ({{status}}) returned from an `except` handler that logs nothing server-side; ' +
      'log the error first (e.g. `logger.warning(...)`, or `logger.exception(...)` for a 5xx)',
  },
  docs: {
    summary: 'Require logging in an `except` handler that answers with an HTTP error.',
    what:
      'Flags `raise HTTPException(...)` (FastAPI/Starlette, a subclass defined in the module, or an ' +
      '`HTTPException` that nothing imports, as in a snippet) and ' +
      '`return JSONResponse(..., status_code=4xx/5xx)` (any FastAPI/Starlette response class with a literal or ' +
      '`status.HTTP_…` status of 400 or more) in an `except` handler whose body makes no logging call. The ' +
      'logging may be anywhere in the handler, or earlier in an enclosing handler of the same function; calls in ' +
      'functions defined inside the handler do not count. When `pystandards check` runs on a folder, handing ' +
      'the exception to a function of the project that logs (`report_error(exc)`, in any module) counts too.\n\n' +
      'A logging call is a logging method (`debug`, `info`, `warning`, `error`, `exception`, `critical`, `log`, ' +
      'structlog\'s `msg` and async `a…` methods, …) on a logger: the `logging` module, names bound to ' +
      '`logging.getLogger(...)` or `structlog.get_logger(...)` (and their `.bind(...)`), loguru\'s `logger`, ' +
      'names that look like loggers (`logger`, `log`, `LOGGER`, `self.logger`, an imported `app_logger`), and ' +
      '`errors.logger-objects`; or a call to a function listed in `errors.log-functions` (by default Sentry\'s ' +
      '`capture_exception`/`capture_message` and `traceback.print_exc`/`print_exception`).\n\n' +
      'A handler that catches only errors about the client\'s own request is not checked: pydantic\'s ' +
      '`ValidationError` and FastAPI\'s `RequestValidationError` turned into a 400 or 422, or an `HTTPException` ' +
      'caught and raised again (the same exemption as ERR005\'s). The client sent the bad input and is told so; ' +
      'there is no server-side failure to record.',
    why:
      'The standards ask to log server-side before returning a sanitized message. FastAPI does not log ' +
      '`HTTPException`s, so a handler that converts an error into a 404 or a 502 without a log line leaves ' +
      'nothing to investigate when the client reports it.',
    bad:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError:\n' +
      '    raise HTTPException(status_code=404, detail="Customer not found")\n',
    good:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError as e:\n' +
      '    logger.warning(f"Customer lookup failed: {e}")\n    raise HTTPException(status_code=404, detail="Customer not found")\n',
    comparison: 'No Ruff or flake8 rule covers this.',
    options: ['errors.logger-objects', 'errors.log-functions'],
  },
  create(context) {
    return {
      except_clause(handler) {
        const semantic = context.semantic;
        if (catchesOnlyClientErrors(handler, semantic)) return;
        const responses = handlerNodes(handler, ['raise_statement', 'return_statement'], { nestedHandlers: false })
          .map((statement) => errorResponse(statement, semantic))
          .filter((found) => found !== undefined);
        if (responses.length === 0 || logged(handler, semantic, context.settings)) return;
        const condition = loggedThroughHelpers(handler, semantic);
        for (const found of responses) {
          if (found.status === undefined) {
            context.report({ node: found.node, messageId: 'raisedUnlogged', data: { exception: found.name }, ...(condition && { condition }) });
          } else {
            context.report({ node: found.node, messageId: 'returnedUnlogged', data: { response: found.name, status: found.status }, ...(condition && { condition }) });
          }
        }
      },
    };
  },
});

/**
 * True when every caught type describes the client's own request (a request validation error, or
 * an `HTTPException` passed on): answering it with a 4xx is the expected outcome, as ERR005 treats it.
 */
function catchesOnlyClientErrors(handler: SyntaxNode, semantic: SemanticModel): boolean {
  const types = caughtTypes(handler);
  return types.length > 0 && types.every((type) => isClientFacingException(type, semantic));
}

interface ErrorResponse {
  readonly node: SyntaxNode;
  readonly name: string;
  /** The status of a returned response; undefined for a raised HTTPException. */
  readonly status?: number;
}

/** `raise HTTPException(...)`, or `return <Response>(..., status_code >= 400)`. */
function errorResponse(statement: SyntaxNode, semantic: SemanticModel): ErrorResponse | undefined {
  const expression = statement.type === 'raise_statement' ? raisedExpression(statement) : statement.namedChildren.find((c) => c.type !== 'comment');
  const call = expression ? unparenthesize(expression) : undefined;
  if (call?.type !== 'call') return undefined;
  const web = constructedWebClass(call, semantic);
  if (!web) return undefined;
  if (statement.type === 'raise_statement') return web.kind === 'http-exception' ? { node: statement, name: web.name } : undefined;
  if (web.kind !== 'response') return undefined;
  const status = statusCodeOf(call, web);
  return status !== undefined && status >= 400 ? { node: statement, name: web.name, status } : undefined;
}

/** True when the handler, or an enclosing handler of the same function before it, makes a logging call. */
function logged(handler: SyntaxNode, semantic: SemanticModel, settings: Settings): boolean {
  const logs = (outer: SyntaxNode, before: number): boolean =>
    handlerNodes(outer, ['call'], { nestedHandlers: true }).some(
      (call) => call.startIndex < before && isServerLogCall(call, semantic, settings),
    );
  if (logs(handler, handler.endIndex)) return true;
  for (let node = handler.parent; node && !SCOPE_BOUNDARIES.has(node.type); node = node.parent) {
    if (node.type === 'except_clause' && logs(node, handler.startIndex)) return true;
  }
  return false;
}
