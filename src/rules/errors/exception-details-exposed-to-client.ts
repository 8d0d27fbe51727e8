// ERR005: details of a caught exception reach the HTTP client (detail, response content, route return value).
import { defineRule, type FindingCondition } from '../../linter/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import { exceptionDetailSource, exceptionDetailsThroughCalls } from './exception-taint.js';
import { handlerNodes } from './handlers.js';
import {
  constructedWebClass,
  httpExceptionDetail,
  isRouteHandler,
  responseContent,
  sanitizedMessage,
  statusCodeOf,
} from './web-api.js';

const MAX_SHOWN = 60;

export default defineRule({
  code: 'ERR005',
  name: 'exception-details-exposed-to-client',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    inDetail:
      'Exception details reach the client: `{{expression}}` (from {{source}}) is the `{{exception}}` detail; log ' +
      'the exception server-side and send a fixed message, e.g. `detail="{{message}}"`',
    inContent:
      'Exception details reach the client: `{{expression}}` (from {{source}}) is the `{{response}}` content; log ' +
      'the exception server-side and send a fixed message, e.g. `content={"detail": "{{message}}"}`',
    inReturn:
      'Exception details reach the client: route handler `{{route}}` returns `{{expression}}` (from {{source}}); ' +
      'log the exception server-side and return a fixed message, e.g. `{"detail": "{{message}}"}`',
  },
  docs: {
    summary: 'Disallow sending details of a caught exception to the HTTP client.',
    what:
      'Inside an `except` handler, follows the data from the caught exception (`except … as e`) and from ' +
      '`traceback.format_*()`, `traceback.extract_*()`, `sys.exc_info()` and `sys.exception()` to what the ' +
      'client receives:\n\n' +
      '- the `detail` of a FastAPI/Starlette `HTTPException` (keyword or second positional argument, also for ' +
      'subclasses defined in the module, keyword only; an `HTTPException` that nothing imports, as in a snippet, ' +
      'counts as FastAPI\'s);\n' +
      '- the `content` of `Response`, `JSONResponse`, `PlainTextResponse`, `HTMLResponse`, `ORJSONResponse`, ' +
      '`UJSONResponse`, `StreamingResponse` (keyword or first positional argument);\n' +
      '- the value a route handler returns (a function decorated with `@app.get(...)`, `@router.post(...)`, … ' +
      'where `app`/`router` is bound to `FastAPI()`, `APIRouter()`, `Starlette()` or `Router()`, or is imported ' +
      'under such a name).\n\n' +
      'The flow goes through `str(e)`, `repr(e)`, f-strings, `%` and `.format(...)` formatting, concatenation, ' +
      '`", ".join(...)`, `e.args` and other attributes, subscripts, dicts, lists and tuples, conditional ' +
      'expressions, method calls on such values and locals assigned from them. A call to a function of the ' +
      'project is followed when `pystandards check` runs on a folder: `detail=format_error(e)` is reported when ' +
      '`format_error` (in any module, through imports, `self`, instances, and helpers of helpers) returns its ' +
      'argument\'s text (`return f"failed: {error}"`, `str(error)`, `repr(error)`, `error.args`). Any other call ' +
      'counts as sanitising (`safe_message(e)`), and so does a project helper on a snippet or on stdin, which ' +
      'see one file (the editor links against its folder\'s saved files); the class name (`type(e).__name__`) is not a detail. An ' +
      'exception caught only as `HTTPException` is not a source (re-raising its own `detail` is fine), nor is ' +
      'one caught only as a request validation error (pydantic\'s `ValidationError`, FastAPI\'s ' +
      '`RequestValidationError`): its `errors()` describe the client\'s input, and FastAPI returns them in its own ' +
      '422 responses. Code outside `except` handlers and in functions defined inside them is not checked, ' +
      'and neither are `@app.exception_handler(...)` functions.',
    why:
      'The standards say: log server-side, return sanitized messages to clients. Exception text carries SQL ' +
      'statements, file paths, host names, library versions and sometimes secrets (CWE-209); the client needs ' +
      'a stable message and status code, the server log needs the details.',
    bad:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError as e:\n' +
      '    logger.warning(f"Customer lookup failed: {e}")\n    raise HTTPException(status_code=404, detail=str(e))\n',
    good:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError as e:\n' +
      '    logger.warning(f"Customer lookup failed: {e}")\n    raise HTTPException(status_code=404, detail="Customer not found")\n',
    comparison:
      'No Ruff or flake8 rule covers this. It approximates CodeQL\'s `py/stack-trace-exposure`: CodeQL follows data ' +
      'across any functions but does not treat `HTTPException(detail=…)` as a sink; this rule does, follows the data ' +
      'inside the handler, and into the project\'s helpers only through what they return (a helper that stores the ' +
      'text elsewhere, or a library function, is taken to sanitise it). Examples: `HTTPException(500, detail=str(e))`, ' +
      '`JSONResponse(content={"error": str(e)})`, `return {"error": traceback.format_exc()}` in a route.',
  },
  create(context) {
    return {
      except_clause(handler) {
        const semantic = context.semantic;
        let route: { name: string } | null | undefined;
        const routeName = (): string | undefined => {
          route ??= routeOf(handler, semantic);
          return route?.name;
        };
        for (const node of handlerNodes(handler, ['call', 'return_statement'], { nestedHandlers: false })) {
          if (node.type === 'call') {
            const web = constructedWebClass(node, semantic);
            if (!web) continue;
            const sink = web.kind === 'http-exception' ? httpExceptionDetail(node) : responseContent(node);
            const found = sink && detailsIn(sink, semantic);
            if (!sink || !found) continue;
            const message = sanitizedMessage(statusCodeOf(node, web));
            const expression = shown(sink);
            const { source, condition } = found;
            if (web.kind === 'http-exception') {
              context.report({ node: sink, messageId: 'inDetail', data: { expression, source, exception: web.name, message }, ...(condition && { condition }) });
            } else {
              context.report({ node: sink, messageId: 'inContent', data: { expression, source, response: web.name, message }, ...(condition && { condition }) });
            }
            continue;
          }
          const value = node.namedChildren.find((child) => child.type !== 'comment');
          if (!value) continue;
          const found = detailsIn(value, semantic);
          const name = found ? routeName() : undefined;
          if (!found || name === undefined) continue;
          const message = sanitizedMessage(undefined);
          const { source, condition } = found;
          context.report({ node: value, messageId: 'inReturn', data: { expression: shown(value), source, route: name, message }, ...(condition && { condition }) });
        }
      },
    };
  },
});

/**
 * Where the value sent to the client gets exception details: directly (`str(e)`), or through a
 * helper of the project (`format_error(e)`), which the link phase checks returns its argument's
 * text (the finding waits on that fact; alone, without the project, it is not reported).
 */
function detailsIn(sink: SyntaxNode, semantic: SemanticModel): { source: string; condition?: FindingCondition } | undefined {
  const source = exceptionDetailSource(sink, semantic);
  if (source) return { source };
  const [through] = exceptionDetailsThroughCalls(sink, semantic);
  if (!through) return undefined;
  return {
    source: `${through.source} through \`${through.callee}()\``,
    condition: { when: 'requires', fact: { fact: 'returns-text', target: through.target, argument: through.argument } },
  };
}

/** The route handler the `except` clause runs in, or null. */
function routeOf(handler: SyntaxNode, semantic: SemanticModel): { name: string } | null {
  const scope = semantic.enclosingFunction(handler);
  if (!scope || scope.kind !== 'function' || !isRouteHandler(scope.node, semantic)) return null;
  return { name: scope.name };
}

/** The expression's text on one line, shortened for a message. */
function shown(node: SyntaxNode): string {
  const text = node.text.replace(/\s*\n\s*/g, ' ');
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
