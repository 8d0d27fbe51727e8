// FastAPI/Starlette knowledge: HTTPException and response classes, status codes, route handlers.
import type { SemanticModel } from '../../semantic/index.js';
import { decoratorCallee, decoratorsOf, unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import { keywordArgument, positionalArguments } from './call-arguments.js';

/** `HTTPException(status_code, detail=None, headers=None)`. */
const HTTP_EXCEPTION_CLASSES: ReadonlySet<string> = new Set([
  'fastapi.HTTPException',
  'fastapi.exceptions.HTTPException',
  'starlette.exceptions.HTTPException',
]);

const RESPONSE_NAMES = ['Response', 'JSONResponse', 'PlainTextResponse', 'HTMLResponse', 'ORJSONResponse', 'UJSONResponse', 'StreamingResponse'];

/** `Response(content=None, status_code=200, …)` and its subclasses. */
const RESPONSE_CLASSES: ReadonlySet<string> = new Set(
  RESPONSE_NAMES.flatMap((name) => [`fastapi.${name}`, `fastapi.responses.${name}`, `starlette.responses.${name}`]),
);

/** Objects whose `.get(...)`/`.post(...)`/… decorators register route handlers. */
const APP_CLASSES = new Set([
  'fastapi.FastAPI',
  'fastapi.applications.FastAPI',
  'fastapi.APIRouter',
  'fastapi.routing.APIRouter',
  'starlette.applications.Starlette',
  'starlette.routing.Router',
]);

const ROUTE_DECORATORS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace', 'api_route', 'route']);

/** What a call constructs, when it is one of the classes above. */
export type WebClass = { readonly kind: 'http-exception' | 'response'; readonly name: string };

/**
 * The HTTP exception or response class a call constructs: through imports (`fastapi.HTTPException`,
 * `from starlette.responses import JSONResponse as J`), a class of this module whose direct
 * base is `HTTPException`, or an unbound `HTTPException`/`JSONResponse`/… name.
 */
export function constructedWebClass(call: SyntaxNode, semantic: SemanticModel): WebClass | undefined {
  const callee = call.childForFieldName('function');
  return callee ? webClass(callee, semantic) : undefined;
}

/**
 * Validation errors of the request: their details describe the client's own input, and FastAPI
 * itself returns them in its 422 responses. (`ResponseValidationError` is a server bug: not here.)
 */
const REQUEST_VALIDATION_ERRORS = new Set([
  'fastapi.exceptions.RequestValidationError',
  'fastapi.exceptions.WebSocketRequestValidationError',
  'pydantic.ValidationError',
  'pydantic_core.ValidationError',
  'pydantic.error_wrappers.ValidationError',
  'pydantic.v1.ValidationError',
]);

/** True when `expression` names an exception whose details are meant for the client: an HTTPException or a request validation error. */
export function isClientFacingException(expression: SyntaxNode, semantic: SemanticModel): boolean {
  const qualified = semantic.qualifiedName(expression);
  return (qualified !== undefined && REQUEST_VALIDATION_ERRORS.has(qualified)) || isHttpExceptionClass(expression, semantic);
}

/** True when `expression` names an HTTPException class (as `constructedWebClass` recognises them). */
export function isHttpExceptionClass(expression: SyntaxNode, semantic: SemanticModel): boolean {
  return webClass(expression, semantic)?.kind === 'http-exception';
}

function webClass(expression: SyntaxNode, semantic: SemanticModel): WebClass | undefined {
  const node = unparenthesize(expression);
  const qualified = semantic.qualifiedName(node);
  const name = node.type === 'attribute' ? node.childForFieldName('attribute')?.text ?? '' : node.text;
  if (qualified !== undefined) {
    if (HTTP_EXCEPTION_CLASSES.has(qualified)) return { kind: 'http-exception', name };
    if (RESPONSE_CLASSES.has(qualified)) return { kind: 'response', name };
    return undefined;
  }
  if (node.type !== 'identifier') return undefined;
  const binding = semantic.resolve(node);
  if (!binding) return unboundWebClass(name);
  if (binding.kind !== 'class') return undefined;
  const bases = semantic.classInfo(binding.statement).baseNames;
  return bases.some((base) => base !== undefined && HTTP_EXCEPTION_CLASSES.has(base)) ? { kind: 'http-exception', name } : undefined;
}

/**
 * A name nothing binds (a snippet such as the standards' own example, or `from fastapi import *`):
 * `HTTPException` and the response class names are taken to be FastAPI's.
 */
function unboundWebClass(name: string): WebClass | undefined {
  if (name === 'HTTPException') return { kind: 'http-exception', name };
  return RESPONSE_NAMES.includes(name) ? { kind: 'response', name } : undefined;
}

/** The `detail` of `HTTPException(status_code, detail)`: the keyword, or the second positional argument. */
export function httpExceptionDetail(call: SyntaxNode): SyntaxNode | undefined {
  return keywordArgument(call, 'detail') ?? positionalArguments(call)[1];
}

/** The `content` of a response: the keyword, or the first positional argument. */
export function responseContent(call: SyntaxNode): SyntaxNode | undefined {
  return keywordArgument(call, 'content') ?? positionalArguments(call)[0];
}

/** The status code a response or HTTPException is built with, when it is written as a literal or a `status.HTTP_…` name. */
export function statusCodeOf(call: SyntaxNode, web: WebClass): number | undefined {
  const position = web.kind === 'http-exception' ? 0 : 1;
  const value = keywordArgument(call, 'status_code') ?? positionalArguments(call)[position];
  if (!value) return web.kind === 'response' ? 200 : undefined;
  const node = unparenthesize(value);
  if (node.type === 'integer') return Number(node.text);
  const name = node.type === 'attribute' ? node.childForFieldName('attribute')?.text : node.type === 'identifier' ? node.text : undefined;
  const match = name ? /^HTTP_(\d{3})(?:_|$)/.exec(name) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * True when `fn` is a route handler: decorated with `@x.get(...)`, `@x.post(...)`, `@x.api_route(...)`,
 * `@x.route(...)`, … where `x` is bound in this module to `FastAPI()`, `APIRouter()`, `Starlette()`
 * or `Router()` (resolved through imports), or is an imported object named `app`, `router`, or
 * `*_app`/`*_router` (its module is not analysed, so the name decides).
 */
export function isRouteHandler(fn: SyntaxNode, semantic: SemanticModel): boolean {
  for (const decorator of decoratorsOf(fn)) {
    const target = decoratorCallee(decorator);
    if (target?.type !== 'attribute') continue;
    const method = target.childForFieldName('attribute')?.text ?? '';
    const object = target.childForFieldName('object');
    if (ROUTE_DECORATORS.has(method) && object?.type === 'identifier' && isAppObject(object, semantic)) return true;
  }
  return false;
}

function isAppObject(identifier: SyntaxNode, semantic: SemanticModel): boolean {
  const binding = semantic.resolve(identifier);
  if (!binding) return false;
  if (binding.kind === 'import' || binding.kind === 'from-import') return /^(app|router|.+_app|.+_router)$/.test(binding.name);
  const value = binding.value ? unparenthesize(binding.value) : undefined;
  if (value?.type !== 'call') return false;
  const callee = value.childForFieldName('function');
  const name = callee ? semantic.qualifiedName(callee) : undefined;
  return name !== undefined && APP_CLASSES.has(name);
}

const REASON_PHRASES: Readonly<Record<number, string>> = {
  400: 'Bad request', 401: 'Not authenticated', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed',
  409: 'Conflict', 410: 'Gone', 413: 'Request too large', 422: 'Invalid request', 429: 'Too many requests',
  500: 'Internal server error', 501: 'Not implemented', 502: 'Bad gateway', 503: 'Service unavailable', 504: 'Gateway timeout',
};

/** A fixed, client-safe message for a status code. */
export function sanitizedMessage(status: number | undefined): string {
  if (status === undefined) return 'Internal server error';
  return REASON_PHRASES[status] ?? (status >= 500 ? 'Internal server error' : 'Request failed');
}
