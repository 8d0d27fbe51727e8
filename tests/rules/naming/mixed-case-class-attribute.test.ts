import rule from '../../../src/rules/naming/mixed-case-class-attribute.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    'class Customer:\n    first_name: str = ""\n    MAX_SIZE = 10\n    Status = None\n',
    {
      name: 'TypedDict keys mirror JSON',
      code: py`
        from typing import TypedDict

        class Payload(TypedDict):
            userId: int
      `,
    },
    { name: 'unittest maxDiff is in the default ignore-names', code: 'import unittest\n\nclass T(unittest.TestCase):\n    maxDiff = None\n' },
    { name: 'instance attributes are not class attributes', code: 'class A:\n    def __init__(self) -> None:\n        self.firstName = ""\n' },
  ],
  invalid: [
    {
      name: 'dataclass field',
      code: 'class Customer:\n    firstName: str = ""\n',
      errors: [{ messageId: 'mixedCase', line: 2, column: 5, endLine: 2, endColumn: 14, data: { name: 'firstName' } }],
    },
    {
      name: 'pydantic field and enum member',
      code: py`
        import enum
        from pydantic import BaseModel

        class Customer(BaseModel):
            lastName: str

        class Status(enum.Enum):
            inActive = 0
      `,
      errors: [
        { messageId: 'mixedCase', line: 5, column: 5, data: { name: 'lastName' } },
        { messageId: 'mixedCase', line: 8, column: 5, data: { name: 'inActive' } },
      ],
    },
    {
      name: 'NamedTuple class fields are checked',
      code: 'from typing import NamedTuple\n\nclass Point(NamedTuple):\n    xCoord: int\n',
      errors: [{ messageId: 'mixedCase', line: 4, column: 5, data: { name: 'xCoord' } }],
    },
  ],
});
