import rule from '../../../src/rules/errors/http-error-without-logging.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a client-input validation error re-raised as a 4xx', code: py`
      from fastapi import HTTPException
      from pydantic import ValidationError

      try:
          form = ReviewForm.model_validate(data)
      except ValidationError as e:
          detail = [{"loc": err["loc"], "msg": err["msg"]} for err in e.errors()]
          raise HTTPException(status_code=400, detail=detail) from e
    ` },
    { name: 'a tuple of request validation errors', code: py`
      from fastapi import HTTPException
      from fastapi.exceptions import RequestValidationError
      from pydantic import ValidationError

      try:
          bound = build(*args)
      except (ValidationError, RequestValidationError) as e:
          raise HTTPException(422, detail=e.errors()) from None
    ` },
    { name: 'an HTTPException caught and raised again as another', code: py`
      from fastapi import HTTPException

      try:
          check_access(user)
      except HTTPException:
          raise HTTPException(status_code=404)
    ` },
    { name: 'the standards example: logger.warning before the HTTPException', code: py`
      from fastapi import HTTPException

      try:
          customer = await get_customer(customer_id)
      except CustomerNotFoundError as e:
          logger.warning(f"Customer lookup failed: {e}")
          raise HTTPException(status_code=404, detail="Customer not found")
    ` },
    { name: 'the logging module, in a branch', code: py`
      import logging
      from fastapi import HTTPException

      try:
          pass
      except KeyError:
          if verbose:
              logging.info("missing key")
          raise HTTPException(status_code=404, detail="Not found")
    ` },
    { name: 'a structlog logger bound under any name, async method', code: py`
      import structlog
      from fastapi import HTTPException

      audit = structlog.get_logger().bind(component="payments")

      async def pay():
          try:
              pass
          except PaymentDeclinedError:
              await audit.awarning("payment declined")
              raise HTTPException(status_code=402, detail="Payment declined")
    ` },
    { name: "loguru's logger and logging.getLogger bound to another name", code: py`
      import logging
      from loguru import logger
      from fastapi import HTTPException

      payments = logging.getLogger("payments")

      try:
          pass
      except KeyError:
          logger.error("missing")
          raise HTTPException(status_code=404, detail="Not found")
      except ValueError:
          payments.warning("invalid")
          raise HTTPException(status_code=400, detail="Bad request")
    ` },
    { name: 'an imported logger named like one, self.log', code: py`
      from app.core.logging import app_logger
      from fastapi import HTTPException

      class Service:
          def run(self):
              try:
                  pass
              except KeyError:
                  app_logger.info("missing")
                  raise HTTPException(status_code=404, detail="Not found")
              except ValueError:
                  self.log.exception("invalid")
                  raise HTTPException(status_code=400, detail="Bad request")
    ` },
    { name: 'sentry_sdk.capture_exception counts by default', code: py`
      import sentry_sdk
      from fastapi import HTTPException

      try:
          pass
      except Exception as e:
          sentry_sdk.capture_exception(e)
          raise HTTPException(status_code=500, detail="Internal server error")
    ` },
    { name: 'a reporter listed in log-functions', code: py`
      from app.telemetry import report_error
      from fastapi import HTTPException

      try:
          pass
      except Exception as e:
          report_error(e)
          raise HTTPException(status_code=500, detail="Internal server error")
    `, options: { errors: { 'log-functions': ['app.telemetry.report_error'] } } },
    { name: 'an object listed in logger-objects', code: py`
      from app.observability import audit
      from fastapi import HTTPException

      try:
          pass
      except Exception:
          audit.error("failed")
          raise HTTPException(status_code=500, detail="Internal server error")
    `, options: { errors: { 'logger-objects': ['app.observability.audit'] } } },
    { name: 'an enclosing handler logged before the nested try', code: py`
      from fastapi import HTTPException

      try:
          pass
      except Exception:
          logger.exception("charge failed")
          try:
              refund()
          except RefundError:
              raise HTTPException(status_code=502, detail="Payment failed")
    ` },
    { name: 'a success response and a domain exception are not HTTP errors', code: py`
      from fastapi.responses import JSONResponse

      def handle():
          try:
              pass
          except KeyError:
              return JSONResponse(content={"items": []})
          except ValueError as e:
              raise CustomerNotFoundError("missing") from e
    ` },
    { name: 'HTTPException outside a handler', code: py`
      from fastapi import HTTPException

      raise HTTPException(status_code=404, detail="Not found")
    ` },
  ],
  invalid: [
    {
      name: 'a validation error caught with a server error is still checked',
      code: py`
        from fastapi import HTTPException
        from pydantic import ValidationError

        try:
            form = ReviewForm.model_validate(data)
        except (ValidationError, ConnectionError):
            raise HTTPException(status_code=400)
      `,
      errors: [{ messageId: 'raisedUnlogged', line: 7, column: 5, data: { exception: 'HTTPException' } }],
    },
    {
      name: 'the standards example without its logger.warning line',
      code: py`
        from fastapi import HTTPException

        try:
            customer = await get_customer(customer_id)
        except CustomerNotFoundError as e:
            raise HTTPException(status_code=404, detail="Customer not found")
      `,
      errors: [{ messageId: 'raisedUnlogged', line: 6, column: 5, endLine: 6, endColumn: 70, data: { exception: 'HTTPException' } }],
    },
    {
      name: 'from e is not a log line',
      code: py`
        from starlette.exceptions import HTTPException

        try:
            pass
        except PaymentDeclinedError as e:
            raise HTTPException(402, "Payment declined") from e
      `,
      errors: [{ messageId: 'raisedUnlogged', line: 6, column: 5, data: { exception: 'HTTPException' } }],
    },
    {
      name: 'an error response returned, status from fastapi.status',
      code: py`
        from fastapi import status
        from fastapi.responses import JSONResponse

        def handle():
            try:
                pass
            except KeyError:
                return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": "Not found"})
      `,
      errors: [{ messageId: 'returnedUnlogged', line: 8, column: 9, data: { response: 'JSONResponse', status: 404 } }],
    },
    {
      name: 'print, and logging in a nested function, do not count',
      code: py`
        import fastapi

        try:
            pass
        except Exception:
            print("failed")
            def report():
                logger.exception("failed")
            raise fastapi.HTTPException(status_code=500, detail="Internal server error")
      `,
      errors: [{ messageId: 'raisedUnlogged', line: 9, column: 5, data: { exception: 'HTTPException' } }],
    },
    {
      name: 'an imported logger is a logger here (unlike BLE001), but a non-logging method is not',
      code: py`
        from app.core.logging import logger
        from fastapi import HTTPException

        try:
            pass
        except Exception:
            logger.setLevel(10)
            raise HTTPException(status_code=500, detail="Internal server error")
      `,
      errors: [{ messageId: 'raisedUnlogged', line: 8, column: 5, data: { exception: 'HTTPException' } }],
    },
    {
      name: 'nested handlers: each handler answers for its own raise; a log after the nested try does not count',
      code: py`
        from fastapi import HTTPException
        from fastapi.responses import PlainTextResponse

        def handle():
            try:
                pass
            except Exception:
                try:
                    refund()
                except RefundError:
                    return PlainTextResponse("Refund failed", 500)
                logger.exception("charge failed")
                raise HTTPException(status_code=502, detail="Payment failed")
      `,
      errors: [{ messageId: 'returnedUnlogged', line: 11, column: 13, data: { response: 'PlainTextResponse', status: 500 } }],
    },
  ],
});
