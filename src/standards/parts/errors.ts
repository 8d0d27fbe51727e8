// Part "errors": specific exceptions, logged on the server, sanitized for the client.
import type { BuiltInPart } from '../types.js';

export const errors: BuiltInPart = {
  id: 'errors',
  title: 'Error Handling',
  summary: 'Raise and catch specific exceptions, log failures on the server, and send clients a sanitized message.',
  body: `**Raise specific exceptions.** Define an exception class for each failure a caller may want
to handle (\`CustomerNotFoundError\`, \`PaymentDeclinedError\`), derived from \`Exception\` or
from a more specific built-in, and name it with an \`Error\` suffix. Never \`raise Exception(...)\`:
a caller cannot catch it without catching everything else too.

**Catch what you can handle.** Name the exception types in \`except\`. A bare \`except:\` also
catches \`KeyboardInterrupt\` and \`SystemExit\`; \`except Exception\` is acceptable only at a
boundary (a worker loop, a top-level handler) and only if it re-raises or logs the traceback
(\`logger.exception(...)\`). Never swallow every exception silently with \`pass\`: if ignoring one
expected exception is really right, say so with \`contextlib.suppress(SomeError)\`.

**Log on the server, sanitize for the client.** When a handler turns an exception into an HTTP
error, log what happened server-side first, with enough context to debug it, and give the client
a fixed, sanitized message. Exception text, \`str(e)\`, tracebacks and \`repr\` of internal
objects never go into an \`HTTPException\` detail or a response body: they leak paths, queries,
hostnames and sometimes secrets. Chain the original exception (\`raise ... from exc\`) so the log
keeps the cause.`,
  examples: [
    {
      id: 'not-found-handler',
      title: 'A specific exception, logged, then a sanitized 404',
      kind: 'good',
      language: 'python',
      filename: 'customer_routes.py',
      code: `import logging
from uuid import UUID

from fastapi import APIRouter, HTTPException

from src.models.customer import Customer
from src.services.customers import load_customer

logger = logging.getLogger(__name__)
router = APIRouter()


class CustomerNotFoundError(Exception):
    """Raised when no customer has the requested id."""

    def __init__(self, customer_id: UUID) -> None:
        self.customer_id = customer_id
        super().__init__(f"Customer {customer_id} not found")


@router.get("/customers/{customer_id}")
async def read_customer(customer_id: UUID) -> Customer:
    try:
        return await load_customer(customer_id)
    except CustomerNotFoundError as exc:
        logger.warning("Customer lookup failed: %s", exc)
        raise HTTPException(status_code=404, detail="Customer not found") from exc
`,
      codes: [],
    },
    {
      id: 'exception-without-error-suffix',
      title: 'An exception class named like an ordinary class',
      kind: 'bad',
      language: 'python',
      filename: 'customer_errors.py',
      code: `class CustomerNotFound(Exception):
    """Raised when no customer has the requested id."""
`,
      codes: ['ERR004'],
    },
    {
      id: 'leaked-exception-detail',
      title: 'The exception text goes straight to the client',
      kind: 'bad',
      language: 'python',
      filename: 'payment_routes.py',
      code: `import logging

from fastapi import HTTPException

logger = logging.getLogger(__name__)


def charge(amount: int) -> None:
    try:
        submit_payment(amount)
    except ValueError as exc:
        logger.warning("Payment rejected: %s", exc)
        raise HTTPException(status_code=400, detail=str(exc)) from exc
`,
      codes: ['ERR005'],
    },
    {
      id: 'unlogged-http-error',
      title: 'An HTTP error raised with nothing logged on the server',
      kind: 'bad',
      language: 'python',
      filename: 'item_routes.py',
      code: `from fastapi import HTTPException


def read_item(item_id: int) -> dict[str, int]:
    try:
        return load_item(item_id)
    except KeyError:
        raise HTTPException(status_code=404, detail="Item not found")
`,
      codes: ['ERR007'],
    },
    {
      id: 'bare-except',
      title: 'A bare `except:` also catches interrupts and exits',
      kind: 'bad',
      language: 'python',
      filename: 'ports.py',
      code: `def parse_port(value: str) -> int | None:
    try:
        return int(value)
    except:
        return None
`,
      codes: ['ERR001'],
    },
    {
      id: 'broad-except-without-traceback',
      title: '`except Exception` that neither re-raises nor logs the traceback',
      kind: 'bad',
      language: 'python',
      filename: 'order_sync.py',
      code: `import logging

logger = logging.getLogger(__name__)


def sync_orders() -> None:
    try:
        push_orders()
    except Exception:
        logger.error("Order sync failed")
`,
      codes: ['ERR002'],
    },
    {
      id: 'generic-exception-raised',
      title: 'Raising the generic `Exception`',
      kind: 'bad',
      language: 'python',
      filename: 'settings_loader.py',
      code: `def load_settings(path: str) -> dict[str, str]:
    raise Exception(f"cannot read {path}")
`,
      codes: ['ERR003'],
    },
    {
      id: 'silently-swallowed',
      title: 'Every exception swallowed with `pass`',
      kind: 'bad',
      language: 'python',
      filename: 'cleanup.py',
      code: `def remove_temp_file(path: str) -> None:
    try:
        delete_file(path)
    except Exception:
        pass
`,
      codes: ['ERR002', 'ERR006'],
    },
    {
      id: 'explicit-suppress',
      title: 'Ignoring one expected exception, explicitly',
      kind: 'good',
      language: 'python',
      filename: 'cleanup.py',
      code: `import contextlib
import logging

logger = logging.getLogger(__name__)


def remove_temp_file(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        delete_file(path)


def sync_orders() -> None:
    try:
        push_orders()
    except Exception:
        logger.exception("Order sync failed")
        raise
`,
      codes: [],
    },
  ],
  ruleSections: ['errors'],
  keywords: {
    strong: [
      'error', 'errors', 'exception', 'exceptions', 'raise', 'raises', 'except', 'catch', 'try', 'fail', 'failure',
      'failed', 'failing', 'missing', 'invalid', 'notfound', '400', '401', '403', '404', '409', '422', '500', 'traceback',
      'sanitize', 'sanitized', 'leak',
    ],
    weak: [
      'log', 'logs', 'logging', 'logger', 'status', 'httpexception', 'handle', 'handling', 'handler', 'validation',
      'validate', 'reject', 'rejected', 'retry', 'found', 'unavailable', 'timeout', 'crash', 'bug',
    ],
  },
};
