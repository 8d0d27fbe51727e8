// IMP001 as tables: every behaviour with its exact message and fixed output. Each case was
// checked against Ruff's I001 (ruff-wasm, same settings) when written; stubs and `# noqa: IMP001`
// are ours alone (ruff-wasm checks every snippet as a `.py` file and knows no IMP codes).
import rule from '../../../src/rules/imports/unsorted-imports.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: "the standards example, as isort writes it",
      code: `import asyncio
import logging
from datetime import datetime
from typing import Any, Optional

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.config import settings
from src.models.customer import Customer
`,
    },
    {
      name: "one blank line before a statement, two before a definition",
      code: `import os

x = os.sep


def f() -> None:
    import sys

    print(sys)
`,
    },
    {
      name: "two blank lines before a class",
      code: `import os


class Config:
    path = os.sep
`,
    },
    {
      name: "a comment followed by a blank line counts as the next statement",
      code: `import os

# Helpers.

def f() -> None:
    pass
`,
    },
    {
      name: "last statement of the file, no trailing newline",
      code: `import os
import sys`,
    },
    {
      name: "wrapped at 88 characters with a trailing comma",
      code: `from fastapi import (
    APIRouter,
    BackgroundTasks,
    Depends,
    HTTPException,
    Query,
    Request,
    Response,
    status,
)
`,
    },
    {
      name: "magic trailing comma keeps a short import wrapped",
      code: `from os import (
    path,
)
`,
    },
    {
      name: "comments above and beside imports",
      code: `# Standard library.
import os  # operating system
import sys

# Third party.
import requests
`,
    },
    {
      name: "TYPE_CHECKING block sorted with its own sections",
      code: `from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.orm import Session

    from src.models import Customer
`,
    },
    {
      name: "indentation inside parentheses is not compared",
      code: `from os import (
  path,
  sep,
)
`,
    },
    {
      name: "# isort: skip_file",
      code: `# isort: skip_file
import sys
import os
`,
    },
    {
      name: "# ruff: isort: skip_file",
      code: `# ruff: isort: skip_file
import sys
import os
`,
    },
    {
      name: "# isort: off … # isort: on",
      code: `import os
import sys

# isort: off
import b_module
import a_module
# isort: on

x = 1
`,
    },
    {
      name: "# isort: skip on the line keeps the import in place",
      code: `import sys  # isort: skip
import os
`,
    },
    {
      name: "# ruff: isort: off … # ruff: isort: on",
      code: `# ruff: isort: off
import sys
import os
# ruff: isort: on
x = 1
`,
    },
    {
      name: "# isort:skip without a space",
      code: `import sys  # isort:skip
import os
`,
    },
    {
      name: "# ruff: isort: split",
      code: `import sys

# ruff: isort: split
import os
`,
    },
    {
      name: "# noqa: I001 on the first line",
      code: `import sys  # noqa: I001
import os
`,
    },
    {
      name: "# noqa: IMP001 on the first line",
      code: `import sys  # noqa: IMP001
import os
`,
    },
    {
      name: "# isort: split makes two blocks",
      code: `import sys

# isort: split
import os
`,
    },
    {
      name: "imports after code are a separate block",
      code: `import sys

sys.path.insert(0, ".")

import os
`,
    },
    {
      name: "stub: one blank line before a class",
      filename: 'example.pyi',
      code: `import os

class Config: ...
`,
    },
    {
      name: "natural order",
      code: `import module2
import module10
`,
    },
    {
      name: "relative imports, furthest first",
      code: `from .. import parent
from . import sibling
from .models import Item
`,
    },
    {
      name: "names ordered by type",
      code: `from typing import TYPE_CHECKING, Any, cast
from uuid import UUID, uuid4
`,
    },
    {
      name: "pragma comments do not count toward the line length",
      code: `from src.services.customer_service import CustomerService, CustomerServiceError  # noqa: F401
`,
    },
    {
      name: "no imports",
      code: `x = 1
`,
    },
  ],
  invalid: [
    {
      name: "a split comment on the last import line ends the block",
      code: `import sys  # isort: split
import os
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '1 blank line', found: 'none' } },
      ],
      output: `import sys  # isort: split

import os
`,
    },
    {
      name: "third-party after first-party (the issue example)",
      code: `import logging
from uuid import UUID

from src.core.config import settings
from fastapi import APIRouter, Depends

router = APIRouter()
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'fastapi', section: 'third-party', previous: 'src.core.config', previousSection: 'first-party' } },
      ],
      output: `import logging
from uuid import UUID

from fastapi import APIRouter, Depends

from src.core.config import settings

router = APIRouter()
`,
    },
    {
      name: "standard library after third-party",
      code: `import requests
import os
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'os', section: 'standard-library', previous: 'requests', previousSection: 'third-party' } },
      ],
      output: `import os

import requests
`,
    },
    {
      name: "names of a from import out of order",
      code: `from fastapi import FastAPI, Depends
`,
      errors: [
        { messageId: 'memberOrder', line: 1, column: 1, data: { module: 'fastapi', expected: 'Depends, FastAPI' } },
      ],
      output: `from fastapi import Depends, FastAPI
`,
    },
    {
      name: "constants before classes before variables",
      code: `from typing import Any, cast, TYPE_CHECKING
`,
      errors: [
        { messageId: 'memberOrder', line: 1, column: 1, data: { module: 'typing', expected: 'TYPE_CHECKING, Any, cast' } },
      ],
      output: `from typing import TYPE_CHECKING, Any, cast
`,
    },
    {
      name: "plain import after a from import",
      code: `from os import path
import sys
`,
      errors: [
        { messageId: 'plainAfterFrom', line: 1, column: 1, data: { module: 'sys', previous: 'os', section: 'standard-library' } },
      ],
      output: `import sys
from os import path
`,
    },
    {
      name: "modules out of order in a section",
      code: `import sys
import os
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `import os
import sys
`,
    },
    {
      name: "dotted module after its prefix",
      code: `import os.path
import os
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'os.path', section: 'standard-library' } },
      ],
      output: `import os
import os.path
`,
    },
    {
      name: "case-insensitive module order",
      code: `import Zeta
import alpha
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'alpha', previous: 'Zeta', section: 'third-party' } },
      ],
      output: `import alpha
import Zeta
`,
    },
    {
      name: "natural order: module10 after module2",
      code: `import module10
import module2
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'module2', previous: 'module10', section: 'third-party' } },
      ],
      output: `import module2
import module10
`,
    },
    {
      name: "missing blank line between sections",
      code: `import os
import requests
`,
      errors: [
        { messageId: 'missingSectionBlank', line: 1, column: 1, data: { previousSection: 'standard-library', section: 'third-party' } },
      ],
      output: `import os

import requests
`,
    },
    {
      name: "blank line inside a section",
      code: `import os

import sys
`,
      errors: [
        { messageId: 'extraBlankLine', line: 1, column: 1, data: { module: 'sys', section: 'standard-library' } },
      ],
      output: `import os
import sys
`,
    },
    {
      name: "duplicate import",
      code: `import os
import os
`,
      errors: [
        { messageId: 'duplicate', line: 1, column: 1, data: { statement: 'import os' } },
      ],
      output: `import os
`,
    },
    {
      name: "from imports of one module are merged",
      code: `from os import path
from os import sep
`,
      errors: [
        { messageId: 'merge', line: 1, column: 1, data: { module: 'os' } },
      ],
      output: `from os import path, sep
`,
    },
    {
      name: "several modules in one import",
      code: `import sys, os
`,
      errors: [
        { messageId: 'multipleModules', line: 1, column: 1, data: { names: 'sys, os' } },
      ],
      output: `import os
import sys
`,
    },
    {
      name: "an aliased name gets its own statement",
      code: `from numpy import cos, sin as np_sin, tan
`,
      errors: [
        { messageId: 'aliasSplit', line: 1, column: 1, data: { alias: 'sin as np_sin', module: 'numpy' } },
      ],
      output: `from numpy import cos, tan
from numpy import sin as np_sin
`,
    },
    {
      name: "too long: wrapped in parentheses",
      code: `from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query, Request, status
`,
      errors: [
        { messageId: 'wrap', line: 1, column: 1, data: { module: 'fastapi', lineLength: 88 } },
      ],
      output: `from fastapi import (
    APIRouter,
    BackgroundTasks,
    Depends,
    HTTPException,
    Query,
    Request,
    status,
)
`,
    },
    {
      name: "fits on one line: unwrapped",
      code: `from os import (
    path
)
`,
      errors: [
        { messageId: 'unwrap', line: 1, column: 1, data: { module: 'os' } },
      ],
      output: `from os import path
`,
    },
    {
      name: "one blank line before a definition",
      code: `import os

def f() -> None:
    pass
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '2 blank lines', found: '1' } },
      ],
      output: `import os


def f() -> None:
    pass
`,
    },
    {
      name: "too many blank lines before a statement",
      code: `import os



x = 1
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '1 blank line', found: '3' } },
      ],
      output: `import os

x = 1
`,
    },
    {
      name: "no blank line before a comment after the block",
      code: `import os
# Settings.
x = 1
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '1 blank line', found: 'none' } },
      ],
      output: `import os

# Settings.
x = 1
`,
    },
    {
      name: "a comment above an import travels with it",
      code: `import sys
# The operating system.
import os
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `# The operating system.
import os
import sys
`,
    },
    {
      name: "inline comments stay with their import",
      code: `import sys  # system
import os  # operating system
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `import os  # operating system
import sys  # system
`,
    },
    {
      name: "comments inside parentheses stay with their names",
      code: `from os import (
    sep,  # separator
    # the path module
    path,
)
`,
      errors: [
        { messageId: 'memberOrder', line: 1, column: 1, data: { module: 'os', expected: 'path, sep' } },
      ],
      output: `from os import (
    # the path module
    path,
    sep,  # separator
)
`,
    },
    {
      name: "TYPE_CHECKING block out of order",
      code: `from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from src.models import Customer
    from sqlalchemy.orm import Session
    from collections.abc import Iterator
`,
      errors: [
        { messageId: 'wrongSection', line: 4, column: 5, data: { module: 'sqlalchemy.orm', section: 'third-party', previous: 'src.models', previousSection: 'first-party' } },
      ],
      output: `from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.orm import Session

    from src.models import Customer
`,
    },
    {
      name: "imports in a function body",
      code: `def f() -> None:
    import sys
    import os
    print(os, sys)
`,
      errors: [
        { messageId: 'wrongOrder', line: 2, column: 5, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `def f() -> None:
    import os
    import sys
    print(os, sys)
`,
    },
    {
      name: "try / except blocks are sorted separately",
      code: `try:
    import ujson as json
    import orjson
except ImportError:
    import json
`,
      errors: [
        { messageId: 'wrongOrder', line: 2, column: 5, data: { module: 'orjson', previous: 'ujson', section: 'third-party' } },
      ],
      output: `try:
    import orjson
    import ujson as json
except ImportError:
    import json
`,
    },
    {
      name: "CRLF line endings stay CRLF",
      code: `import sys\r
import requests\r
import os\r
\r
x = 1\r
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'os', section: 'standard-library', previous: 'requests', previousSection: 'third-party' } },
      ],
      output: `import os\r
import sys\r
\r
import requests\r
\r
x = 1\r
`,
    },
    {
      name: "each block of an isort: split is sorted on its own",
      code: `import sys
import os
# isort: split
import b
import a
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
        { messageId: 'wrongOrder', line: 4, column: 1, data: { module: 'a', previous: 'b', section: 'third-party' } },
      ],
      output: `import os
import sys

# isort: split
import a
import b
`,
    },
    {
      name: "imports around an isort: skip line",
      code: `import sys
import os
import b  # isort: skip
import z
import a
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
        { messageId: 'wrongOrder', line: 4, column: 1, data: { module: 'a', previous: 'z', section: 'third-party' } },
      ],
      output: `import os
import sys

import b  # isort: skip
import a
import z
`,
    },
    {
      name: "isort: off without on runs to the end of the file",
      code: `import sys
import os

# isort: off
import b
import a
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `import os
import sys

# isort: off
import b
import a
`,
    },
    {
      name: "future imports come first",
      code: `import os
from __future__ import annotations
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: '__future__', section: 'future', previous: 'os', previousSection: 'standard-library' } },
      ],
      output: `from __future__ import annotations

import os
`,
    },
    {
      name: "relative imports after first-party, furthest first",
      code: `from . import sibling
from .. import parent
from src import app
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'from .. import parent', previous: 'from . import sibling', section: 'local' } },
      ],
      output: `from src import app

from .. import parent
from . import sibling
`,
    },
    {
      name: "star import before the other names of its module",
      code: `from os import path
from os import *
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'from os import *', previous: 'from os import path', section: 'standard-library' } },
      ],
      output: `from os import *
from os import path
`,
    },
    {
      name: "an import sharing its line is reported without a fix",
      code: `import sys; import os; x = 1
`,
      errors: [
        { messageId: 'sharedLine', line: 1, column: 1 },
      ],
      output: null,
    },
    {
      name: "a one-line compound statement is reported without a fix",
      code: `try: import json
except ImportError: json = None
`,
      errors: [
        { messageId: 'sharedLine', line: 1, column: 6 },
      ],
      output: null,
    },
    {
      name: "stub: at most one blank line after the block",
      filename: 'example.pyi',
      code: `import os


class Config: ...
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '1 blank line', found: '2' } },
      ],
      output: `import os

class Config: ...
`,
    },
    {
      name: "nested block keeps its indentation",
      code: `if True:
    import sys
    import os
`,
      errors: [
        { messageId: 'wrongOrder', line: 2, column: 5, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `if True:
    import os
    import sys
`,
    },
    {
      name: "tabs as indentation",
      code: `if True:
\timport sys
\timport os
`,
      errors: [
        { messageId: 'wrongOrder', line: 2, column: 2, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `if True:
\timport os
\timport sys
`,
    },
    {
      name: "a wrapped import takes the file's indent unit (two spaces here)",
      code: `from mod import (bbbbbbbbbbbbbbbbbbbbbbbb, aaaaaaaaaaaaaaaaaaaaaaaa, cccccccccccccccccccccccc, dddddddddddd)


def f():
  return 1
`,
      errors: [
        { messageId: 'memberOrder', line: 1, column: 1, data: { module: 'mod', expected: 'aaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccc, dddddddddddd' } },
      ],
      output: `from mod import (
  aaaaaaaaaaaaaaaaaaaaaaaa,
  bbbbbbbbbbbbbbbbbbbbbbbb,
  cccccccccccccccccccccccc,
  dddddddddddd,
)


def f():
  return 1
`,
    },
    {
      name: "force-sort-within-sections",
      options: { imports: { 'force-sort-within-sections': true } },
      code: `import sys
from os import path
import json
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'os', previous: 'sys', section: 'standard-library' } },
      ],
      output: `import json
from os import path
import sys
`,
    },
    {
      name: "order-by-type = false",
      options: { imports: { 'order-by-type': false } },
      code: `from typing import TYPE_CHECKING, Any, cast
`,
      errors: [
        { messageId: 'memberOrder', line: 1, column: 1, data: { module: 'typing', expected: 'Any, cast, TYPE_CHECKING' } },
      ],
      output: `from typing import Any, cast, TYPE_CHECKING
`,
    },
    {
      name: "case-sensitive",
      options: { imports: { 'case-sensitive': true } },
      code: `import alpha
import Zeta
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'Zeta', previous: 'alpha', section: 'third-party' } },
      ],
      output: `import Zeta
import alpha
`,
    },
    {
      name: "combine-as-imports",
      options: { imports: { 'combine-as-imports': true } },
      code: `from numpy import sin as np_sin
from numpy import cos
`,
      errors: [
        { messageId: 'merge', line: 1, column: 1, data: { module: 'numpy' } },
      ],
      output: `from numpy import cos, sin as np_sin
`,
    },
    {
      name: "force-single-line",
      options: { imports: { 'force-single-line': true } },
      code: `from os import path, sep
`,
      errors: [
        { messageId: 'singleLine', line: 1, column: 1, data: { module: 'os' } },
      ],
      output: `from os import path
from os import sep
`,
    },
    {
      name: "lines-after-imports = 2",
      options: { imports: { 'lines-after-imports': 2 } },
      code: `import os

x = 1
`,
      errors: [
        { messageId: 'blankLinesAfter', line: 1, column: 1, data: { expected: '2 blank lines', found: '1' } },
      ],
      output: `import os


x = 1
`,
    },
    {
      name: "line-length = 40",
      options: { imports: { 'line-length': 40 } },
      code: `from fastapi import APIRouter, Depends, status
`,
      errors: [
        { messageId: 'wrap', line: 1, column: 1, data: { module: 'fastapi', lineLength: 40 } },
      ],
      output: `from fastapi import (
    APIRouter,
    Depends,
    status,
)
`,
    },
    {
      name: "split-on-trailing-comma = false",
      options: { imports: { 'split-on-trailing-comma': false } },
      code: `from os import (
    path,
)
`,
      errors: [
        { messageId: 'unwrap', line: 1, column: 1, data: { module: 'os' } },
      ],
      output: `from os import path
`,
    },
    {
      name: "imports.known-first-party",
      options: { imports: { 'known-first-party': ['app'] } },
      code: `import app
import requests
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'requests', section: 'third-party', previous: 'app', previousSection: 'first-party' } },
      ],
      output: `import requests

import app
`,
    },
    {
      name: "top-level known-first-party",
      options: { 'known-first-party': ['app*'] },
      code: `import app_core
import requests
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'requests', section: 'third-party', previous: 'app_core', previousSection: 'first-party' } },
      ],
      output: `import requests

import app_core
`,
    },
    {
      name: "known-third-party overrides the src default",
      options: { 'known-third-party': ['src'] },
      code: `import requests

import src
`,
      errors: [
        { messageId: 'extraBlankLine', line: 1, column: 1, data: { module: 'src', section: 'third-party' } },
      ],
      output: `import requests
import src
`,
    },
    {
      name: "known-local-folder",
      options: { imports: { 'known-local-folder': ['helpers'] } },
      code: `import helpers
from . import views
import requests
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'requests', section: 'third-party', previous: 'from . import views', previousSection: 'local' } },
      ],
      output: `import requests

import helpers
from . import views
`,
    },
    {
      name: "extra-standard-library",
      options: { imports: { 'extra-standard-library': ['requests'] } },
      code: `import os

import requests
`,
      errors: [
        { messageId: 'extraBlankLine', line: 1, column: 1, data: { module: 'requests', section: 'standard-library' } },
      ],
      output: `import os
import requests
`,
    },
    {
      name: "dotted known-first-party matches the longest prefix",
      options: { imports: { 'known-first-party': ['google.cloud.myapp'] } },
      code: `import google.cloud.myapp.api
import google.cloud.storage
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'google.cloud.storage', section: 'third-party', previous: 'google.cloud.myapp.api', previousSection: 'first-party' } },
      ],
      output: `import google.cloud.storage

import google.cloud.myapp.api
`,
    },
    {
      name: "section-order",
      options: { imports: { 'section-order': ['future', 'standard-library', 'first-party', 'third-party', 'local-folder'] } },
      code: `import requests

import src
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'src', section: 'first-party', previous: 'requests', previousSection: 'third-party' } },
      ],
      output: `import src

import requests
`,
    },
    {
      name: "relative-imports-order = closest-to-furthest",
      options: { imports: { 'relative-imports-order': 'closest-to-furthest' } },
      code: `from .. import parent
from . import sibling
`,
      errors: [
        { messageId: 'wrongOrder', line: 1, column: 1, data: { module: 'from . import sibling', previous: 'from .. import parent', section: 'local' } },
      ],
      output: `from . import sibling
from .. import parent
`,
    },
    {
      name: "target-version py311: distutils is standard library",
      options: { 'target-version': 'py311' },
      code: `import requests
import distutils
`,
      errors: [
        { messageId: 'wrongSection', line: 1, column: 1, data: { module: 'distutils', section: 'standard-library', previous: 'requests', previousSection: 'third-party' } },
      ],
      output: `import distutils

import requests
`,
    },
    {
      name: "target-version py312: distutils is third-party",
      code: `import distutils

import requests
`,
      errors: [
        { messageId: 'extraBlankLine', line: 1, column: 1, data: { module: 'requests', section: 'third-party' } },
      ],
      output: `import distutils
import requests
`,
    },
  ],
});
