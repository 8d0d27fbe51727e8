// ERR002: `except Exception` / `except BaseException` that neither re-raises nor logs the traceback (BLE001).
import { defineRule } from '../../linter/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import { blindExceptionName } from './builtin-symbols.js';
import { caughtTypes, exceptionName, handlerBody, loggedThroughHelpers, raisedExpression, someStatement } from './handlers.js';
import { logsTraceback } from './logging-calls.js';

export default defineRule({
  code: 'ERR002',
  name: 'blind-except',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['BLE001'],
  messages: {
    blindExcept:
      '`except {{name}}` catches every error and neither re-raises it nor logs its traceback; catch specific ' +
      'exceptions, or log with `logger.exception(...)` / re-raise',
  },
  docs: {
    summary: 'Disallow catching `Exception` or `BaseException` without re-raising or logging the traceback.',
    what:
      'Flags `except Exception` and `except BaseException` (also as a member of a tuple, also as ' +
      '`builtins.Exception`; a local class named `Exception` is not the builtin) unless the handler body ' +
      're-raises the exception (bare `raise`, `raise e`, `raise e from …`, `raise X from e` with `e` the `as` ' +
      'name) or logs its traceback (`logger.exception(...)`, or any log level with a truthy `exc_info=` or given ' +
      '`traceback.format_exc()`; on the `logging` module too; or `traceback.print_exc()` / ' +
      '`traceback.print_exception(...)`). The body is searched through `if`/`for`/`while`/`with`/`match`, not ' +
      'through nested `try` statements or definitions, and only statement-level logging calls count. When ' +
      '`pystandards check` runs on a folder, handing the exception to a function of the project that logs ' +
      '(`report_error(exc)`, in any module) counts as logging it; so does calling one, for a handler without an ' +
      '`as` name.\n\n' +
      'Loggers are recognised as Ruff recognises them: `logging`, an inline `logging.getLogger(...)`, ' +
      '`flask.current_app.logger`, objects listed in `errors.logger-objects`, and names defined in the module ' +
      'that look like loggers (`log*`, `*logger`, `*logging`, `LOG*`, `*LOGGER`, `*LOGGING`, also as ' +
      'attributes such as `self.logger`). An imported `logger` is recognised only through `errors.logger-objects`.',
    why:
      'The standards ask for specific exceptions, logged server-side. A broad handler that swallows the error ' +
      'leaves no traceback for whoever debugs the incident; catching `Exception` is acceptable at a boundary ' +
      'only when the error is logged with its traceback or passed on.',
    bad:
      'try:\n    charge_id = await gateway.charge(customer_id, amount)\nexcept Exception as e:\n' +
      '    logger.error(f"Charge failed: {e}")\n    raise HTTPException(status_code=502, detail="Payment failed")\n',
    good:
      'try:\n    charge_id = await gateway.charge(customer_id, amount)\nexcept Exception:\n' +
      '    logger.exception("Charge failed")\n    raise HTTPException(status_code=502, detail="Payment failed")\n',
    comparison:
      "Same as Ruff's BLE001 (flake8-blind-except), re-raise and logging exemptions included, and one more: a handler " +
      'that prints the traceback with the `traceback` module (`traceback.print_exc()`) or hands ' +
      '`traceback.format_exc()` to a logger records the traceback too, which BLE001 does not accept (on public ' +
      'FastAPI backends these were its most common false alarms; 7 handlers of the standard library differ for ' +
      'that reason). As in Ruff, ' +
      '`raise HTTPException(...)` without `from e` and `logger.error(f"...{e}")` without `exc_info` do not ' +
      'exempt the handler, and neither does `await logger.aexception(...)` (not a plain call statement). A logger ' +
      'imported relatively (`from .log import logger`) is an imported object, so it needs `errors.logger-objects`, ' +
      "as in Ruff's CLI inside a package; Ruff's WebAssembly build (the playground) lints without a package, cannot " +
      'resolve the import and accepts it by its name (3 handlers of the standard library differ for that reason).',
    options: ['errors.logger-objects'],
  },
  create(context) {
    return {
      except_clause(node) {
        const semantic = context.semantic;
        let blind: { node: SyntaxNode; name: string } | undefined;
        for (const type of caughtTypes(node)) {
          const name = blindExceptionName(semantic, type);
          if (name) {
            blind = { node: type, name };
            break;
          }
        }
        if (!blind) return;
        const body = handlerBody(node);
        const name = exceptionName(node)?.text;
        if (someStatement(body, (statement) => isReraise(statement, name))) return;
        const loggerObjects = context.settings.errors.loggerObjects;
        if (someStatement(body, (statement) => isTracebackLog(statement, (call) => logsTraceback(call, semantic, loggerObjects)))) return;
        const condition = loggedThroughHelpers(node, semantic);
        context.report({ node: blind.node, messageId: 'blindExcept', data: { name: blind.name }, ...(condition && { condition }) });
      },
    };
  },
});

/** `raise`, `raise e`, `raise e from X`, `raise X from e` (with `e` the handler's `as` name). */
function isReraise(statement: SyntaxNode, name: string | undefined): boolean {
  if (statement.type !== 'raise_statement') return false;
  const raised = raisedExpression(statement);
  const cause = statement.childForFieldName('cause');
  if (!raised && !cause) return true;
  if (name === undefined) return false;
  return isName(cause, name) || isName(raised, name);
}

function isName(node: SyntaxNode | null | undefined, name: string): boolean {
  if (!node) return false;
  const inner = unparenthesize(node);
  return inner.type === 'identifier' && inner.text === name;
}

function isTracebackLog(statement: SyntaxNode, logs: (call: SyntaxNode) => boolean): boolean {
  if (statement.type !== 'expression_statement') return false;
  const expressions = statement.namedChildren.filter((child) => child.type !== 'comment');
  const only = expressions.length === 1 && expressions[0] ? unparenthesize(expressions[0]) : undefined;
  return only?.type === 'call' && logs(only);
}
