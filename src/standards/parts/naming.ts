// Part "naming": PEP 8 names for modules, classes, functions, variables, constants and aliases.
import type { BuiltInPart } from '../types.js';

export const naming: BuiltInPart = {
  id: 'naming',
  title: 'Naming Conventions',
  summary: 'Name things the PEP 8 way, so the shape of a name tells the reader what kind of thing it is.',
  body: `| Kind of name | Convention | For example |
|---|---|---|
| Modules and packages | snake_case | \`customer_service.py\` |
| Classes (and exceptions, with an \`Error\` suffix) | PascalCase | \`CustomerService\` |
| Functions and methods | snake_case | \`get_customer_by_id\` |
| Parameters and local variables | snake_case | \`customer_name\` |
| Module-level constants | UPPER_SNAKE_CASE | \`MAX_RETRY_COUNT\` |
| Type aliases | PascalCase | \`CustomerDict = dict[str, Any]\` |
| Internal names | a leading underscore, then the usual case | \`_internal_method\`, \`_CACHE_SIZE\` |

When every name follows its convention, \`CustomerRecord(...)\` is obviously a class being
instantiated, \`MAX_RETRY_COUNT\` is obviously a value nobody reassigns, and a reader never has to
look up what a name refers to just to know how to use it. A leading underscore marks a name as
internal to its module or class; the case rules apply to the rest of the name.

Names we cannot choose are exempt: unittest's \`setUp\` and \`tearDown\`, methods marked
\`@override\`, and the names listed in the \`[tool.pystandards.naming]\` options. Migration
folders (Alembic's \`versions/\`, Django's \`migrations/\`) may keep their numbered file names.`,
  examples: [
    {
      id: 'conventional-names',
      title: 'Every kind of name in its own case',
      kind: 'good',
      language: 'python',
      filename: 'customer_service.py',
      code: `from typing import Any

MAX_RETRY_COUNT = 3

CustomerDict = dict[str, Any]


class CustomerService:
    def get_customer_by_id(self, customer_id: int) -> CustomerDict:
        customer_name = self._internal_method(customer_id)
        return {"id": customer_id, "name": customer_name}

    def _internal_method(self, customer_id: int) -> str:
        return f"customer-{customer_id}"
`,
      codes: [],
    },
    {
      id: 'mixed-case-definitions',
      title: 'A class, a method and a parameter in the wrong case',
      kind: 'bad',
      language: 'python',
      filename: 'customer_service.py',
      code: `class customer_service:
    def GetCustomerById(self, customerId: int) -> None:
        ...
`,
      codes: ['NAM002', 'NAM003', 'NAM004'],
    },
    {
      id: 'module-level-names',
      title: 'A constant and a type alias named like variables',
      kind: 'bad',
      language: 'python',
      filename: 'customer_service.py',
      code: `from typing import Any

maxRetryCount = 3

customer_dict = dict[str, Any]
`,
      codes: ['NAM006', 'NAM008'],
    },
    {
      id: 'camel-case-variables',
      title: 'camelCase in a class attribute and a local variable',
      kind: 'bad',
      language: 'python',
      filename: 'retry_policy.py',
      code: `class RetryPolicy:
    maxAttempts: int = 3


def total(prices: list[int]) -> int:
    runningTotal = sum(prices)
    return runningTotal
`,
      codes: ['NAM005', 'NAM007'],
    },
    {
      id: 'pascal-case-module',
      title: 'A module file named in PascalCase',
      kind: 'bad',
      language: 'python',
      filename: 'CustomerService.py',
      code: `"""Customer lookups."""
`,
      codes: ['NAM001'],
    },
  ],
  ruleSections: ['naming'],
  keywords: {
    strong: ['name', 'names', 'naming', 'rename', 'renaming', 'convention', 'snake', 'pascal', 'camel', 'case', 'pep8'],
    weak: ['class', 'classes', 'function', 'functions', 'variable', 'variables', 'constant', 'constants', 'alias', 'module', 'file', 'refactor'],
    base: 1,
  },
};
