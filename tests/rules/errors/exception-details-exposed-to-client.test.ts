import rule from '../../../src/rules/errors/exception-details-exposed-to-client.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'the standards example: a fixed detail, the exception logged', code: py`
      from fastapi import HTTPException

      try:
          customer = await get_customer(customer_id)
      except CustomerNotFoundError as e:
          logger.warning(f"Customer lookup failed: {e}")
          raise HTTPException(status_code=404, detail="Customer not found")
    ` },
    { name: 'logging the traceback but sending a fixed detail', code: py`
      import traceback
      from fastapi import HTTPException

      try:
          charge()
      except Exception as e:
          logger.error("charge failed: %s\\n%s", e, traceback.format_exc())
          message = "Payment failed"
          raise HTTPException(502, message) from e
    ` },
    { name: "re-raising an HTTPException's own detail", code: py`
      from fastapi import HTTPException

      try:
          call_downstream()
      except HTTPException as e:
          logger.warning("downstream refused: %s", e.detail)
          raise HTTPException(status_code=e.status_code, detail=e.detail) from e
    ` },
    { name: 'the same in a snippet that imports nothing', code: py`
      try:
          call_downstream()
      except HTTPException as e:
          logger.warning("downstream refused")
          raise HTTPException(e.status_code, e.detail)
    ` },
    { name: 'validation errors describe the client input (FastAPI returns them in 422 responses)', code: py`
      from fastapi import HTTPException
      from pydantic import ValidationError

      try:
          item = Item.model_validate(data)
      except ValidationError as e:
          raise HTTPException(status_code=422, detail=e.errors(include_url=False))
    ` },
    { name: 'code outside any except handler', code: py`
      import traceback
      from fastapi import HTTPException

      def fail(error: Exception) -> None:
          raise HTTPException(status_code=500, detail=str(error))

      def dump() -> None:
          raise HTTPException(status_code=500, detail=traceback.format_exc())
    ` },
    { name: 'a sanitising function and the class name only', code: py`
      from fastapi import HTTPException

      try:
          pass
      except ValueError as e:
          raise HTTPException(status_code=400, detail=public_message(e))
      except KeyError as e:
          raise HTTPException(status_code=400, detail=f"{type(e).__name__} in request")
    ` },
    { name: 'a helper that is not a route handler may return the text', code: py`
      def describe(action) -> dict[str, str]:
          try:
              action()
          except Exception as e:
              return {"error": str(e)}
          return {}
    ` },
    { name: 'a route handler returning a fixed message', code: py`
      from fastapi import APIRouter

      router = APIRouter()

      @router.get("/health")
      async def health() -> dict[str, str]:
          try:
              await ping()
          except OSError as e:
              logger.warning("ping failed: %s", e)
              return {"status": "degraded"}
          return {"status": "ok"}
    ` },
    { name: 'an HTTPException of another library is not a sink', code: py`
      from werkzeug.exceptions import HTTPException

      try:
          pass
      except Exception as e:
          raise HTTPException(str(e))
    ` },
    { name: 'a function defined inside the handler is not the handler', code: py`
      from fastapi import HTTPException

      try:
          pass
      except Exception as e:
          def later(err):
              raise HTTPException(500, detail=str(err))
    ` },
    { name: 'the as name of an earlier handler is unbound in a later one', code: py`
      from fastapi import HTTPException

      try:
          pass
      except ValueError as e:
          logger.warning("bad: %s", e)
      try:
          pass
      except KeyError:
          raise HTTPException(400, detail=str(e))
    ` },
  ],
  invalid: [
    {
      name: 'detail=str(e) (the standards example changed)',
      code: py`
        from fastapi import HTTPException

        try:
            customer = await get_customer(customer_id)
        except CustomerNotFoundError as e:
            logger.warning(f"Customer lookup failed: {e}")
            raise HTTPException(status_code=404, detail=str(e))
      `,
      errors: [{
        messageId: 'inDetail', line: 7, column: 49, endLine: 7, endColumn: 55,
        data: { expression: 'str(e)', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Not found' },
      }],
    },
    {
      name: 'repr(e), second positional argument, status from fastapi.status',
      code: py`
        from fastapi import HTTPException, status

        try:
            pass
        except Exception as e:
            raise HTTPException(status.HTTP_500_INTERNAL_SERVER_ERROR, repr(e))
      `,
      errors: [{
        messageId: 'inDetail', line: 6, column: 64,
        data: { expression: 'repr(e)', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Internal server error' },
      }],
    },
    {
      name: 'f-string',
      code: py`
        import fastapi

        try:
            pass
        except ValueError as err:
            raise fastapi.HTTPException(status_code=400, detail=f"Invalid input: {err}")
      `,
      errors: [{
        messageId: 'inDetail', line: 6, column: 57,
        data: { expression: 'f"Invalid input: {err}"', source: 'the caught exception `err`', exception: 'HTTPException', message: 'Bad request' },
      }],
    },
    {
      name: '% formatting, starlette HTTPException under an alias',
      code: py`
        from starlette.exceptions import HTTPException as StarletteHTTPException

        try:
            pass
        except OSError as e:
            raise StarletteHTTPException(503, detail="storage error: %s" % e)
      `,
      errors: [{
        messageId: 'inDetail', line: 6, column: 46,
        data: { expression: '"storage error: %s" % e', source: 'the caught exception `e`', exception: 'StarletteHTTPException', message: 'Service unavailable' },
      }],
    },
    {
      name: '.format(e)',
      code: py`
        from fastapi import HTTPException

        try:
            pass
        except KeyError as e:
            raise HTTPException(status_code=404, detail="missing {}".format(e))
      `,
      errors: [{ messageId: 'inDetail', line: 6, column: 49, data: { expression: '"missing {}".format(e)', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Not found' } }],
    },
    {
      name: 'concatenation',
      code: py`
        from fastapi import HTTPException

        try:
            pass
        except Exception as e:
            raise HTTPException(status_code=500, detail="Failed: " + str(e))
      `,
      errors: [{ messageId: 'inDetail', line: 6, column: 49, data: { expression: '"Failed: " + str(e)', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Internal server error' } }],
    },
    {
      name: 'e.args',
      code: py`
        from fastapi import HTTPException

        try:
            pass
        except ValueError as e:
            raise HTTPException(status_code=422, detail=e.args[0])
      `,
      errors: [{ messageId: 'inDetail', line: 6, column: 49, data: { expression: 'e.args[0]', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Invalid request' } }],
    },
    {
      name: 'a local assigned from e, then extended',
      code: py`
        from fastapi import HTTPException

        try:
            pass
        except Exception as e:
            logger.exception("failed")
            message = "Error: "
            message += str(e)
            raise HTTPException(status_code=500, detail=message)
      `,
      errors: [{ messageId: 'inDetail', line: 9, column: 49, data: { expression: 'message', source: 'the caught exception `e`', exception: 'HTTPException', message: 'Internal server error' } }],
    },
    {
      name: 'traceback.format_exc() through a local, no as name',
      code: py`
        import traceback
        from fastapi import HTTPException

        try:
            pass
        except Exception:
            details = traceback.format_exc()
            raise HTTPException(status_code=500, detail={"trace": details})
      `,
      errors: [{ messageId: 'inDetail', line: 8, column: 49, data: { expression: '{"trace": details}', source: '`traceback.format_exc()`', exception: 'HTTPException', message: 'Internal server error' } }],
    },
    {
      name: 'sys.exc_info()',
      code: py`
        import sys
        from fastapi import HTTPException

        try:
            pass
        except Exception:
            raise HTTPException(500, str(sys.exc_info()[1]))
      `,
      errors: [{ messageId: 'inDetail', line: 7, column: 30, data: { expression: 'str(sys.exc_info()[1])', source: '`sys.exc_info()`', exception: 'HTTPException', message: 'Internal server error' } }],
    },
    {
      name: 'JSONResponse(content={"error": str(e)})',
      code: py`
        from fastapi.responses import JSONResponse

        async def handler():
            try:
                pass
            except Exception as e:
                logger.exception("failed")
                return JSONResponse(status_code=500, content={"error": str(e)})
      `,
      errors: [{
        messageId: 'inContent', line: 8, column: 54,
        data: { expression: '{"error": str(e)}', source: 'the caught exception `e`', response: 'JSONResponse', message: 'Internal server error' },
      }],
    },
    {
      name: 'PlainTextResponse with positional content, and a join over e.args',
      code: py`
        from starlette.responses import PlainTextResponse

        try:
            pass
        except ValueError as e:
            response = PlainTextResponse(", ".join(e.args), 400)
      `,
      errors: [{ messageId: 'inContent', line: 6, column: 34, data: { expression: '", ".join(e.args)', source: 'the caught exception `e`', response: 'PlainTextResponse', message: 'Bad request' } }],
    },
    {
      name: 'a route handler returning {"error": str(e)}',
      code: py`
        from fastapi import APIRouter

        router = APIRouter(prefix="/customers")

        @router.get("/{customer_id}")
        async def get_customer(customer_id: int) -> dict[str, str]:
            try:
                return await service.get(customer_id)
            except Exception as e:
                logger.exception("lookup failed")
                return {"error": str(e)}
      `,
      errors: [{ messageId: 'inReturn', line: 11, column: 16, data: { expression: '{"error": str(e)}', source: 'the caught exception `e`', route: 'get_customer', message: 'Internal server error' } }],
    },
    {
      name: 'route on a FastAPI() app, conditional expression',
      code: py`
        import fastapi

        app = fastapi.FastAPI()

        @app.post("/charges")
        def charge():
            try:
                pass
            except Exception as exc:
                return {"detail": str(exc) if debug else "failed", "ok": False}
      `,
      errors: [{ messageId: 'inReturn', line: 10, column: 16, data: { expression: '{"detail": str(exc) if debug else "failed", "ok": False}', source: 'the caught exception `exc`', route: 'charge', message: 'Internal server error' } }],
    },
    {
      name: 'route on an imported router',
      code: py`
        from .routers import router

        @router.delete("/{item_id}")
        async def delete_item(item_id: int):
            try:
                pass
            except LookupError as e:
                return [str(a) for a in e.args]
      `,
      errors: [{ messageId: 'inReturn', line: 8, column: 16, data: { expression: '[str(a) for a in e.args]', source: 'the caught exception `e`', route: 'delete_item', message: 'Internal server error' } }],
    },
    {
      name: 'nested handlers: the outer exception leaks from the inner handler, the inner one from its own',
      code: py`
        from fastapi import HTTPException

        try:
            pass
        except Exception as outer:
            try:
                rollback()
            except Exception as inner:
                raise HTTPException(500, detail=str(outer))
            raise HTTPException(500, detail=str(outer))
      `,
      errors: [
        { messageId: 'inDetail', line: 9, column: 41, data: { expression: 'str(outer)', source: 'the caught exception `outer`', exception: 'HTTPException', message: 'Internal server error' } },
        { messageId: 'inDetail', line: 10, column: 37, data: { expression: 'str(outer)', source: 'the caught exception `outer`', exception: 'HTTPException', message: 'Internal server error' } },
      ],
    },
    {
      name: 'an HTTPException subclass defined in the module, keyword detail',
      code: py`
        from fastapi import HTTPException

        class UpstreamError(HTTPException):
            pass

        try:
            pass
        except Exception as e:
            raise UpstreamError(status_code=502, detail=e.args)
      `,
      errors: [{ messageId: 'inDetail', line: 9, column: 49, data: { expression: 'e.args', source: 'the caught exception `e`', exception: 'UpstreamError', message: 'Bad gateway' } }],
    },
  ],
});
