import rule from '../../../src/rules/type-hints/missing-class-attribute-annotation.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'factory_boy factories: declarations, directly or through a factory of the module',
      code: py`
        import factory
        from factory.alchemy import SQLAlchemyModelFactory

        class BaseFactory(SQLAlchemyModelFactory):
            id = factory.Sequence(lambda n: n)

        class UserFactory(BaseFactory):
            mobile_phone = "111-111-1111"
            name = factory.Faker("name")

        class DictLike(factory.DictFactory):
            key = "value"
      `,
    },
    {
      name: 'an attribute annotated in a base class of the module',
      code: 'class Base:\n    limit: int = 1\n\n\nclass Child(Base):\n    limit = 2\n',
    },
    {
      name: 'pydantic model: fields annotated, model_config exempt, v1 Config class exempt',
      code: py`
        from pydantic import BaseModel, ConfigDict

        class Customer(BaseModel):
            model_config = ConfigDict(from_attributes=True)
            id: int
            email: str | None = None

            class Config:
                orm_mode = True
      `,
    },
    {
      name: 'SQLAlchemy 2.0 declarative model: Mapped[...] annotations, dunders, base configuration',
      code: py`
        from sqlalchemy import MetaData
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

        class Base(DeclarativeBase):
            metadata = MetaData(naming_convention={"pk": "pk_%(table_name)s"})
            type_annotation_map = {}

        class Customer(Base):
            __tablename__ = "customers"
            __table_args__ = {"schema": "sales"}
            id: Mapped[int] = mapped_column(primary_key=True)
            orders: Mapped[list["Order"]] = relationship(back_populates="customer")
      `,
    },
    {
      name: 'dataclass with annotated fields and ClassVar',
      code: py`
        from dataclasses import dataclass, field
        from typing import ClassVar

        @dataclass
        class Item:
            name: str
            tags: list[str] = field(default_factory=list)
            registry: ClassVar[dict[str, "Item"]] = {}
      `,
    },
    {
      name: 'Enum members (also through a local base and StrEnum)',
      code: py`
        import enum

        class Base(enum.StrEnum):
            pass

        class Status(Base):
            ACTIVE = "active"
            _ignore_ = ["x"]

        class Color(enum.IntFlag):
            RED = 1
      `,
    },
    {
      name: 'TypedDict and Protocol members are annotated',
      code: py`
        from typing import Protocol, TypedDict

        class Movie(TypedDict, total=False):
            title: str

        class Closer(Protocol):
            closed: bool
            def close(self) -> None: ...
      `,
    },
    {
      name: 'unittest attributes declared by TestCase',
      code: py`
        import unittest

        class CustomerTest(unittest.TestCase):
            maxDiff = None
            longMessage = False
            failureException = AssertionError
      `,
    },
    {
      name: 'dunders',
      code: 'class Point:\n    __slots__ = ("x", "y")\n    __match_args__ = ("x", "y")\n    __hash__ = None\n',
    },
    {
      name: 'methods, descriptors and classes bound by assignment',
      code: py`
        import functools

        def _area(self) -> float:
            return 1.0

        class NotFoundError(Exception):
            pass

        class Shape:
            area = property(_area)
            size = functools.cached_property(_area)
            make = classmethod(lambda cls: cls())
            scale = lambda self, k: k
            compute = _area
            Error = NotFoundError
      `,
    },
    { name: 'unpacking targets', code: 'class Grid:\n    width, height = 80, 24\n' },
    { name: 'declared elsewhere in the class', code: 'class Counter:\n    count: int\n    count = 0\n' },
    { name: 'instance attributes are not class attributes', code: 'class Account:\n    def __init__(self) -> None:\n        self.balance = 0\n' },
    { name: 'module and function variables are not class attributes', code: 'TIMEOUT = 30\n\ndef f() -> None:\n    retries = 3\n' },
    {
      name: 'exempt base classes from the option, also through a local base',
      code: py`
        from django.db import models

        class TimeStamped(models.Model):
            created = models.DateTimeField(auto_now_add=True)

        class Customer(TimeStamped):
            name = models.CharField(max_length=100)
      `,
      options: { 'type-hints': { 'exempt-base-classes': ['django.db.models.Model'] } },
    },
    {
      name: 'an exempt base named as written',
      code: 'from legacy import Base\n\nclass User(Base):\n    id = Column(Integer)\n',
      options: { 'type-hints': { 'exempt-base-classes': ['Base'] } },
    },
  ],
  invalid: [
    {
      name: 'plain class attribute',
      code: 'class Settings:\n    timeout = 30\n',
      errors: [{ messageId: 'missingAnnotation', line: 2, column: 5, endColumn: 12, data: { name: 'timeout' } }],
    },
    {
      name: 'pydantic model with an unannotated attribute',
      code: 'from pydantic import BaseModel\n\nclass Customer(BaseModel):\n    name: str\n    kind = "person"\n',
      errors: [{ messageId: 'missingAnnotation', line: 5, column: 5, data: { name: 'kind' } }],
    },
    {
      name: 'SQLAlchemy model with a legacy unannotated column',
      code: py`
        from sqlalchemy import Column, Integer
        from sqlalchemy.orm import DeclarativeBase, mapped_column

        class Base(DeclarativeBase):
            pass

        class Customer(Base):
            __tablename__ = "customers"
            id = Column(Integer, primary_key=True)
            legacy_id = mapped_column(Integer)
      `,
      errors: [
        { messageId: 'missingAnnotation', line: 9, column: 5, data: { name: 'id' } },
        { messageId: 'missingAnnotation', line: 10, column: 5, data: { name: 'legacy_id' } },
      ],
    },
    {
      name: 'dataclass class variable without ClassVar',
      code: 'from dataclasses import dataclass\n\n@dataclass\nclass Item:\n    name: str\n    counter = 0\n',
      errors: [{ messageId: 'missingAnnotation', line: 6, column: 5, data: { name: 'counter' } }],
    },
    {
      name: 'Protocol and NamedTuple attributes',
      code: py`
        from typing import NamedTuple, Protocol

        class Sized(Protocol):
            unit = "bytes"

        class Point(NamedTuple):
            x: int
            origin = 0
      `,
      errors: [
        { messageId: 'missingAnnotation', line: 4, column: 5, data: { name: 'unit' } },
        { messageId: 'missingAnnotation', line: 8, column: 5, data: { name: 'origin' } },
      ],
    },
    {
      name: 'unittest case data attributes',
      code: 'import unittest\n\nclass CustomerTest(unittest.TestCase):\n    fixtures = ["customers.json"]\n',
      errors: [{ messageId: 'missingAnnotation', line: 4, column: 5, data: { name: 'fixtures' } }],
    },
    {
      name: 'chained assignments and attributes under if/try in the class body',
      code: py`
        import sys

        class Config:
            if sys.platform == "win32":
                sep = "\\\\"
            else:
                sep = "/"
            try:
                limit = 10
            finally:
                pass
            low = high = 0
      `,
      errors: [
        { messageId: 'missingAnnotation', line: 5, column: 9, data: { name: 'sep' } },
        { messageId: 'missingAnnotation', line: 7, column: 9, data: { name: 'sep' } },
        { messageId: 'missingAnnotation', line: 9, column: 9, data: { name: 'limit' } },
        { messageId: 'missingAnnotation', line: 12, column: 5, data: { name: 'low' } },
        { messageId: 'missingAnnotation', line: 12, column: 11, data: { name: 'high' } },
      ],
    },
    {
      name: 'Meta and Config are exempt only as nested classes; nested classes are checked',
      code: 'class Meta:\n    ordering = ["name"]\n\nclass Outer:\n    class Inner:\n        size = 1\n',
      errors: [
        { messageId: 'missingAnnotation', line: 2, column: 5, data: { name: 'ordering' } },
        { messageId: 'missingAnnotation', line: 6, column: 9, data: { name: 'size' } },
      ],
    },
    {
      name: 'a value that only looks like a method is data',
      code: 'class Handler:\n    name = str("x")\n',
      errors: [{ messageId: 'missingAnnotation', line: 2, column: 5, data: { name: 'name' } }],
    },
  ],
});
