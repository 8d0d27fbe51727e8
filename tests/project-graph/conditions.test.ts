// Findings that wait on facts of other modules: exception text returned by helpers (ERR005),
// class bases defined elsewhere in the project (TYP003), handlers that log through helpers
// (ERR002, ERR007).
import { py } from '../harness/py.js';
import { testProjectGraph } from '../harness/graph-tester.js';

const ERRORS_MODULE = py`
  import logging

  logger = logging.getLogger(__name__)


  def format_error(error: Exception) -> str:
      return f"failed: {error}"


  def describe(prefix: str, error: Exception) -> str:
      return prefix + format_error(error)


  def args_of(error: Exception) -> str:
      return ", ".join(str(arg) for arg in error.args)


  def sanitized(error: Exception) -> str:
      return "Internal error"


  class Formatter:
      def text(self, error: Exception) -> str:
          return repr(error)


  def report(error: Exception) -> None:
      logger.exception("request failed", exc_info=error)


  def ignore(error: Exception) -> None:
      return None
`;

testProjectGraph(['ERR005'], [
  {
    name: 'exception text returned by a helper in another module (f-string, through a second helper, args, a method)',
    files: {
      'shop/__init__.py': '',
      'shop/errors.py': ERRORS_MODULE,
      'shop/api.py': py`
        from fastapi import HTTPException

        from shop.errors import Formatter, args_of, describe, format_error, sanitized


        async def handle(value: str) -> str:
            try:
                return value.upper()
            except ValueError as exc:
                raise HTTPException(status_code=500, detail=format_error(exc))
            except KeyError as exc:
                raise HTTPException(status_code=500, detail=describe("key: ", exc))
            except TypeError as exc:
                raise HTTPException(status_code=500, detail=args_of(exc))
            except LookupError as exc:
                raise HTTPException(status_code=500, detail=Formatter().text(exc))
            except RuntimeError as exc:
                raise HTTPException(status_code=500, detail=sanitized(exc))
      `,
    },
    findings: ['shop/api.py:10:53 ERR005', 'shop/api.py:12:53 ERR005', 'shop/api.py:14:53 ERR005', 'shop/api.py:16:53 ERR005'],
    messages: [
      'Exception details reach the client: `format_error(exc)` (from the caught exception `exc` through `format_error()`) is ' +
        'the `HTTPException` detail; log the exception server-side and send a fixed message, e.g. `detail="Internal server error"`',
      'Exception details reach the client: `describe("key: ", exc)` (from the caught exception `exc` through `describe()`) is ' +
        'the `HTTPException` detail; log the exception server-side and send a fixed message, e.g. `detail="Internal server error"`',
      'Exception details reach the client: `args_of(exc)` (from the caught exception `exc` through `args_of()`) is ' +
        'the `HTTPException` detail; log the exception server-side and send a fixed message, e.g. `detail="Internal server error"`',
      'Exception details reach the client: `Formatter().text(exc)` (from the caught exception `exc` through `Formatter().text()`) is ' +
        'the `HTTPException` detail; log the exception server-side and send a fixed message, e.g. `detail="Internal server error"`',
    ],
  },
  {
    // The summary skips returns that name nothing of the function's own (constants, module names):
    // a global the function declares and binds is its own.
    name: 'exception text kept in a global the helper declares; not a module constant it returns',
    files: {
      'shop/__init__.py': '',
      'shop/errors.py': py`
        FALLBACK = "Internal error"
        _last = ""


        def remember(error: Exception) -> str:
            global _last
            _last = str(error)
            return _last


        def fallback(error: Exception) -> str:
            return FALLBACK
      `,
      'shop/api.py': py`
        from fastapi import HTTPException

        from shop.errors import fallback, remember


        async def handle(value: str) -> str:
            try:
                return value.upper()
            except ValueError as exc:
                raise HTTPException(status_code=500, detail=remember(exc))
            except KeyError as exc:
                raise HTTPException(status_code=500, detail=fallback(exc))
      `,
    },
    findings: ['shop/api.py:10:53 ERR005'],
  },
]);

testProjectGraph(['TYP003'], [
  {
    name: 'an Enum, an exempt base and annotated attributes defined in another module of the project',
    files: {
      'pyproject.toml': '[project]\nname = "shop"\nrequires-python = ">=3.12"\n\n[tool.pystandards.type-hints]\nexempt-base-classes = ["django.db.models.Model"]\n',
      'shop/__init__.py': '',
      'shop/base.py': py`
        import enum

        from django.db import models


        class StrEnum(str, enum.Enum):
            pass


        class Model(models.Model):
            pass


        class Settings:
            timeout: int = 10
      `,
      'shop/models.py': py`
        from shop.base import Model, Settings, StrEnum


        class Color(StrEnum):
            RED = "red"


        class User(Model):
            name = "x"


        class Local(Settings):
            timeout = 30
            retries = 3
      `,
    },
    findings: ['shop/models.py:14:5 TYP003'],
  },
  {
    name: 'an attribute annotated in a base class of the same module',
    files: {
      'shop/__init__.py': '',
      'shop/local.py': 'class Base:\n    limit: int = 1\n\n\nclass Child(Base):\n    limit = 2\n    other = 3\n',
    },
    findings: ['shop/local.py:7:5 TYP003'],
  },
]);

testProjectGraph(['ERR002', 'ERR007'], [
  {
    name: 'a handler that hands the exception to a project helper that logs; not one that does not',
    files: {
      'shop/__init__.py': '',
      'shop/errors.py': ERRORS_MODULE,
      'shop/api.py': py`
        from fastapi import HTTPException

        from shop.errors import ignore, report


        def run(job: object) -> None:
            try:
                job.run()
            except Exception as exc:
                report(exc)
            try:
                job.run()
            except Exception as exc:
                ignore(exc)


        async def endpoint(job: object) -> None:
            try:
                job.run()
            except ValueError as exc:
                report(exc)
                raise HTTPException(status_code=400, detail="bad job") from exc
            except KeyError as exc:
                ignore(exc)
                raise HTTPException(status_code=404, detail="no job") from exc
      `,
    },
    findings: ['shop/api.py:13:12 ERR002', 'shop/api.py:25:9 ERR007'],
  },
]);
