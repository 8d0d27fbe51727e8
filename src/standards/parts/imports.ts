// Part "imports": import blocks grouped and ordered the way isort writes them.
import type { BuiltInPart } from '../types.js';

export const imports: BuiltInPart = {
  id: 'imports',
  title: 'Import Ordering',
  summary: 'Keep every import block in the order isort (profile black) writes it: standard library, third-party, then our own code.',
  body: `Imports sit at the top of the module, after the docstring, in groups separated by one blank
line:

1. \`from __future__\` imports, when there are any;
2. the standard library (\`asyncio\`, \`logging\`, \`datetime\`, \`typing\` …);
3. third-party packages (\`fastapi\`, \`pydantic\`, \`sqlalchemy\`, \`httpx\` …);
4. our own application code (\`src.…\`, and the packages listed as first-party);
5. relative imports, when a package uses them.

Inside a group, plain \`import x\` statements come before \`from x import y\`, modules are sorted
case-insensitively, and the names inside one \`from\` import are sorted with constants first,
then classes, then functions and variables. Long imports are wrapped in parentheses, one name per
line, at the project's line length.

This is exactly what isort does with the black profile (and what Ruff's import sorter does), so
nobody has to do it by hand: the fix is safe and automatic. A reader sees at a glance what a
module depends on and where each dependency comes from, and merges no longer conflict over the
order of two import lines.`,
  examples: [
    {
      id: 'grouped-imports',
      title: 'Three groups, each sorted',
      kind: 'good',
      language: 'python',
      filename: 'customer_routes.py',
      code: `import asyncio
import logging
from datetime import datetime
from typing import Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.config import settings
from src.models.customer import Customer
`,
      codes: [],
    },
    {
      id: 'mixed-imports',
      title: 'Groups mixed together and names out of order',
      kind: 'bad',
      language: 'python',
      filename: 'customer_routes.py',
      code: `from fastapi import FastAPI, Depends
import logging
from src.core.config import settings
import asyncio
`,
      codes: ['IMP001'],
    },
  ],
  ruleSections: ['imports'],
  keywords: {
    strong: ['import', 'imports', 'isort', 'order', 'ordering', 'sort', 'sorted', 'unsorted'],
    weak: ['module', 'modules', 'package', 'library', 'libraries', 'dependency', 'from', 'group', 'refactor', 'move'],
    base: 1,
  },
};
