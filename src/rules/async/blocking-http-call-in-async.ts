// ASY001: synchronous HTTP calls inside `async def` (Ruff ASYNC210, ASYNC212, and client objects).
import { defineRule } from '../../linter/index.js';
import { ASYNC_CONTEXT, THROUGH_HELPERS, CONFIGURED_CALLS, documentedCalls, documentedTypes } from './async-docs.js';
import { CONFIGURED_CALL_MESSAGE, THROUGH_HELPER_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

export default defineRule({
  code: 'ASY001',
  name: 'blocking-http-call-in-async',
  section: 'async',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ASYNC210', 'ASYNC212'],
  messages: {
    blockingCall: 'Blocking network call `{{call}}()` in `async def {{function}}`: {{advice}}',
    blockingMethod: 'Blocking network call `{{call}}()` on a `{{type}}` in `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
    throughHelper: THROUGH_HELPER_MESSAGE,
  },
  docs: {
    summary: 'Disallow synchronous HTTP and other network calls inside `async def`.',
    what:
      `Flags calls of ${documentedCalls('http')} inside an \`async def\`, and blocking methods called on a name ` +
      `bound to (or annotated as) a synchronous client: ${documentedTypes('http')}. A client counts when the ` +
      'binding visible at the call is a constructor call (`session = requests.Session()`), a `with requests.Session() ' +
      'as session:` target, or an annotation (`client: httpx.Client`, also inside `X | None` or `Optional[X]`); ' +
      `\`requests.Session().get(...)\` counts too.\n\n${ASYNC_CONTEXT}\n\n${THROUGH_HELPERS}\n\n${CONFIGURED_CALLS} Calls listed there ` +
      'are reported by this rule unless their advice starts with another rule code (`"ASY005: use …"`).',
    why:
      'The standards\' one CRITICAL rule: never block the event loop. A synchronous HTTP call holds the whole event ' +
      'loop until the remote server answers, so every other request the service is handling waits too. Use ' +
      '`httpx.AsyncClient` (or `aiohttp`) and `await` the call.',
    bad:
      'import requests\n\n\nasync def fetch_data(url: str) -> dict:\n' +
      '    response = requests.get(url, timeout=10)\n    return response.json()\n',
    good:
      'import httpx\n\n\nasync def fetch_data(url: str) -> dict:\n' +
      '    async with httpx.AsyncClient() as client:\n        response = await client.get(url, timeout=10)\n' +
      '        return response.json()\n',
    comparison:
      "Ruff's ASYNC210 (module functions) and ASYNC212 (methods of a name whose only binding is an `httpx.Client`) " +
      'give the same findings on the same code. This rule goes further: `httpx.stream`, `requests.Session` and ' +
      '`urllib3.PoolManager` objects, the other synchronous network clients a backend uses (`smtplib`, Slack\'s ' +
      '`WebClient`, boto3 clients), clients created inline (`requests.Session().get(...)`), and a client name bound ' +
      'more than once (the binding visible at the call decides; Ruff skips names with several bindings). Like ' +
      "flake8-async and unlike Ruff, `requests.get(...)` is flagged even when nothing imports `requests` (the " +
      "standards' example omits its imports).",
    options: ['async.extra-blocking-calls', 'async.allowed-calls'],
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'http', { call: 'blockingCall', method: 'blockingMethod', configured: 'configuredCall' });
  },
});
