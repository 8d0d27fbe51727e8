// Part "type_hints": annotations on every signature and class attribute, in modern syntax.
import type { BuiltInPart } from '../types.js';

export const typeHints: BuiltInPart = {
  id: 'type_hints',
  title: 'Type Hints',
  summary: 'Annotate every parameter, every return type and every class attribute, using the built-in generics and `X | None`.',
  body: `Type hints are required everywhere code declares an interface:

- **Every parameter** of every function and method, including \`*args\` and \`**kwargs\`
  (\`self\` and \`cls\` excepted).
- **Every return type**, including \`-> None\`. An \`__init__\` whose parameters are annotated
  may leave out \`-> None\`, as mypy allows.
- **Every class attribute** assigned in a class body (\`retries: int = 3\`). Enum members,
  dunder names and framework settings such as pydantic's \`model_config\` are exempt.

Write hints in the syntax of the Python version we target: \`list[Item]\`, \`dict[str, Any]\`
and \`tuple[int, ...]\` instead of \`typing.List\`, \`Dict\` and \`Tuple\`; \`Customer | None\`
instead of \`Optional[Customer]\`; \`int | str\` instead of \`Union[int, str]\`. Those rewrites
are safe and automatic.

Hints are documentation the type checker verifies: they tell the next reader what a function
accepts and returns without reading its body, let mypy (in strict mode) catch \`None\` reaching
code that cannot handle it, and let editors and assistants complete and refactor correctly.`,
  examples: [
    {
      id: 'annotated-functions',
      title: 'Parameters, returns and attributes annotated',
      kind: 'good',
      language: 'python',
      filename: 'pricing.py',
      code: `from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel


class Item(BaseModel):
    price: Decimal
    quantity: int


class Customer(BaseModel):
    id: UUID
    name: str


def calculate_total(items: list[Item], tax_rate: Decimal) -> Decimal:
    subtotal = sum((item.price * item.quantity for item in items), Decimal(0))
    return subtotal * (1 + tax_rate)


async def get_customer(customer_id: UUID) -> Customer | None:
    ...
`,
      codes: [],
    },
    {
      id: 'missing-annotations',
      title: 'No hints at all',
      kind: 'bad',
      language: 'python',
      filename: 'pricing.py',
      code: `def calculate_total(items, tax_rate):
    return sum(item.price for item in items) * (1 + tax_rate)
`,
      codes: ['TYP001', 'TYP002'],
    },
    {
      id: 'legacy-typing-syntax',
      title: 'Pre-3.10 spellings of the same types',
      kind: 'bad',
      language: 'python',
      filename: 'names.py',
      code: `from typing import List, Optional


def first_name(names: List[str]) -> Optional[str]:
    return names[0] if names else None
`,
      codes: ['TYP004', 'TYP005'],
    },
    {
      id: 'unannotated-class-attribute',
      title: 'A class attribute without a type',
      kind: 'bad',
      language: 'python',
      filename: 'retry.py',
      code: `class RetryPolicy:
    attempts = 3
`,
      codes: ['TYP003'],
    },
  ],
  ruleSections: ['type_hints'],
  keywords: {
    strong: [
      'type', 'types', 'typed', 'typing', 'hint', 'hints', 'annotation', 'annotations', 'annotate', 'mypy', 'signature',
      'return', 'returns', 'optional', 'union', 'generic', 'generics',
    ],
    weak: [
      'parameter', 'parameters', 'argument', 'arguments', 'function', 'functions', 'method', 'methods', 'attribute',
      'attributes', 'model', 'models', 'schema', 'schemas', 'pydantic', 'dataclass', 'typeddict', 'protocol', 'interface',
      'none', 'list', 'dict',
    ],
    base: 1,
  },
};
