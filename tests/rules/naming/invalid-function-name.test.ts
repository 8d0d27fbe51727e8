import rule from '../../../src/rules/naming/invalid-function-name.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'standards example: get_customer_by_id', code: 'def get_customer_by_id(customer_id: int) -> None:\n    pass\n' },
    { name: 'standards example: _internal_method', code: 'class A:\n    def _internal_method(self) -> None:\n        pass\n' },
    { name: 'async def', code: 'async def fetch_data() -> None:\n    pass\n' },
    { name: 'dunder', code: 'class A:\n    def __init__(self) -> None:\n        pass\n' },
    { name: 'unittest setUp is in the default ignore-names', code: 'class T:\n    def setUp(self) -> None:\n        pass\n' },
    {
      name: '@override method',
      code: py`
        from typing import override

        class Handler(Base):
            @override
            def handleEvent(self) -> None:
                pass
      `,
    },
    {
      name: '@overload stub',
      code: py`
        import typing

        @typing.overload
        def parseValue(x: int) -> int: ...
      `,
    },
    {
      name: 'visit_ method of an ast.NodeVisitor subclass',
      code: py`
        import ast

        class Finder(ast.NodeVisitor):
            def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
                pass
      `,
    },
    {
      name: 'visit_ method through a local base class',
      code: py`
        from ast import NodeTransformer

        class Base(NodeTransformer):
            pass

        class Rewriter(Base):
            def visit_Call(self, node: object) -> object:
                return node
      `,
    },
    {
      name: 'do_ method of an http.server handler',
      code: py`
        from http.server import BaseHTTPRequestHandler

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                pass
      `,
    },
    { name: 'extend-ignore-names glob', code: 'def testCamel() -> None:\n    pass\n', options: { naming: { 'extend-ignore-names': ['test*'] } } },
  ],
  invalid: [
    {
      name: 'camelCase',
      code: 'def getCustomerById(customer_id: int) -> None:\n    pass\n',
      errors: [{ messageId: 'notSnakeCase', line: 1, column: 5, endLine: 1, endColumn: 20, data: { name: 'getCustomerById' } }],
    },
    {
      name: 'method',
      code: 'class A:\n    async def FetchAll(self) -> None:\n        pass\n',
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 15, data: { name: 'FetchAll' } }],
    },
    {
      name: 'visit_ outside a NodeVisitor subclass',
      code: 'class Finder:\n    def visit_Call(self) -> None:\n        pass\n',
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 9, data: { name: 'visit_Call' } }],
    },
    {
      name: 'ignore-names replaces the default list',
      code: 'class T:\n    def setUp(self) -> None:\n        pass\n',
      options: { naming: { 'ignore-names': ['other'] } },
      errors: [{ messageId: 'notSnakeCase', line: 2, column: 9, data: { name: 'setUp' } }],
    },
    {
      name: 'a local class named override does not exempt',
      code: py`
        def override(f: object) -> object:
            return f

        @override
        def handleEvent() -> None:
            pass
      `,
      errors: [{ messageId: 'notSnakeCase', line: 5, column: 5, data: { name: 'handleEvent' } }],
    },
  ],
});
