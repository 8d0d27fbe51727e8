import rule from '../../../src/rules/errors/blind-except.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'traceback.print_exc() records the traceback (beyond BLE001)', code: py`
      import traceback

      try:
          sync_orders()
      except Exception:
          traceback.print_exc()
    ` },
    { name: 'traceback.print_exception(e), imported by name', code: py`
      from traceback import print_exception

      try:
          sync_orders()
      except Exception as e:
          print_exception(e)
    ` },
    { name: 'a logger given traceback.format_exc() (beyond BLE001)', code: py`
      import logging
      import traceback

      logger = logging.getLogger(__name__)

      try:
          sync_orders()
      except Exception:
          logger.error("sync failed: %s", traceback.format_exc())
    ` },
    { name: 'logging.error with traceback.format_exception in an f-string', code: py`
      import logging
      import traceback

      try:
          sync_orders()
      except BaseException as e:
          logging.error(f"sync failed: {''.join(traceback.format_exception(e))}")
    ` },
    { name: 'specific exception', code: py`
      try:
          pass
      except ValueError:
          pass
    ` },
    { name: 'bare raise', code: py`
      try:
          pass
      except Exception:
          rollback()
          raise
    ` },
    { name: 'raise e (the as name), inside an if', code: py`
      try:
          pass
      except Exception as e:
          if fatal:
              raise e
    ` },
    { name: 'raise X from e', code: py`
      try:
          pass
      except Exception as exc:
          raise HTTPException(status_code=500, detail="Internal server error") from exc
    ` },
    { name: 'logger.exception', code: py`
      try:
          pass
      except Exception:
          logger.exception("Charge failed")
    ` },
    { name: 'logging.exception through the module', code: py`
      import logging

      try:
          pass
      except BaseException:
          logging.exception("failed")
    ` },
    { name: 'logging.error with exc_info=True, imported by name', code: py`
      from logging import error

      try:
          pass
      except Exception:
          error("failed", exc_info=True)
    ` },
    { name: 'any level with a truthy exc_info', code: py`
      try:
          pass
      except Exception as e:
          self.logger.warning("failed", exc_info=e)
    ` },
    { name: 'inline logging.getLogger(...)', code: py`
      import logging

      try:
          pass
      except Exception:
          logging.getLogger(__name__).exception("failed")
    ` },
    { name: 'LOG-prefixed name, inside a for loop', code: py`
      try:
          pass
      except Exception:
          for attempt in range(3):
              LOGGER.critical("failed", exc_info=True)
    ` },
    { name: 'an imported logger listed in logger-objects', code: py`
      from app.log_setup import logger

      try:
          pass
      except Exception:
          logger.exception("failed")
    `, options: { errors: { 'logger-objects': ['app.log_setup.logger'] } } },
    { name: 'a local class named Exception is not the builtin', code: py`
      class Exception:
          pass

      try:
          pass
      except Exception:
          pass
    ` },
    { name: 'bare except is ERR001', code: py`
      try:
          pass
      except:
          pass
    ` },
  ],
  invalid: [
    {
      name: 'traceback.format_exc() that is not logged',
      code: py`
        import traceback

        try:
            sync_orders()
        except Exception:
            details = traceback.format_exc()
      `,
      errors: [{ messageId: 'blindExcept', line: 5, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'a logger given the message only, no traceback',
      code: py`
        import logging

        logger = logging.getLogger(__name__)

        try:
            sync_orders()
        except Exception as e:
            logger.error("sync failed: %s", e)
      `,
      errors: [{ messageId: 'blindExcept', line: 7, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'logged without the traceback, then HTTPException without from',
      code: py`
        try:
            pass
        except Exception as e:
            logger.error(f"Charge failed: {e}")
            raise HTTPException(status_code=502, detail="Payment failed")
      `,
      errors: [{ messageId: 'blindExcept', line: 3, column: 8, endLine: 3, endColumn: 17, data: { name: 'Exception' } }],
    },
    {
      name: 'inside a tuple',
      code: py`
        try:
            pass
        except (ValueError, BaseException):
            pass
      `,
      errors: [{ messageId: 'blindExcept', line: 3, column: 21, endColumn: 34, data: { name: 'BaseException' } }],
    },
    {
      name: 'builtins.Exception',
      code: py`
        import builtins

        try:
            pass
        except builtins.Exception:
            pass
      `,
      errors: [{ messageId: 'blindExcept', line: 5, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'exc_info=False does not count',
      code: py`
        try:
            pass
        except Exception:
            logger.error("failed", exc_info=False)
      `,
      errors: [{ messageId: 'blindExcept', line: 3, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'an imported logger is not recognised without logger-objects (as in Ruff)',
      code: py`
        from app.log_setup import logger

        try:
            pass
        except Exception:
            logger.exception("failed")
      `,
      errors: [{ messageId: 'blindExcept', line: 5, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'logging or re-raising in a nested try or def does not count',
      code: py`
        try:
            pass
        except Exception:
            try:
                logger.exception("failed")
            finally:
                pass
            def later():
                raise
      `,
      errors: [{ messageId: 'blindExcept', line: 3, column: 8, data: { name: 'Exception' } }],
    },
    {
      name: 'await of an async log method is not a plain call statement (as in Ruff)',
      code: py`
        async def handle():
            try:
                pass
            except Exception:
                await logger.aexception("failed")
      `,
      errors: [{ messageId: 'blindExcept', line: 4, column: 12, data: { name: 'Exception' } }],
    },
    {
      name: 'raise of another name does not count',
      code: py`
        try:
            pass
        except Exception as e:
            raise other
      `,
      errors: [{ messageId: 'blindExcept', line: 3, column: 8, data: { name: 'Exception' } }],
    },
  ],
});
