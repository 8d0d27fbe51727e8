import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEMANTIC_NODE_TYPES, SemanticModel } from '../../src/semantic/index.js';
import { collectNodes, parseSource, type SyntaxNode } from '../../src/syntax/index.js';
import { py } from '../harness/py.js';

interface Model {
  readonly semantic: SemanticModel;
  readonly find: (text: string, nth?: number) => SyntaxNode;
  readonly classNamed: (name: string) => SyntaxNode;
}

function model(code: string): Model {
  const source = parseSource('m.py', code);
  const root = source.tree.rootNode;
  const semantic = new SemanticModel(root, collectNodes(root, [...SEMANTIC_NODE_TYPES]));
  const find = (text: string, nth = 0): SyntaxNode => {
    let from = -1;
    for (let i = 0; i <= nth; i++) from = code.indexOf(text, from + 1);
    assert.ok(from >= 0, `\`${text}\` not in code`);
    let node: SyntaxNode | null = root.descendantForIndex(from, from + text.length);
    while (node && node.text !== text) node = node.parent;
    assert.ok(node, `no node is exactly \`${text}\``);
    return node;
  };
  const classNamed = (name: string): SyntaxNode => {
    const found = root.descendantsOfType('class_definition').find((n) => n.childForFieldName('name')?.text === name);
    assert.ok(found, `no class ${name}`);
    return found;
  };
  return { semantic, find, classNamed };
}

describe('qualified names', () => {
  const cases: { name: string; code: string; expr: string; nth?: number; expected: string | undefined }[] = [
    { name: 'module alias', code: 'import requests as r\nr.get(u)\n', expr: 'r.get', expected: 'requests.get' },
    { name: 'from-import alias', code: 'from time import sleep as nap\nnap(1)\n', expr: 'nap', nth: 1, expected: 'time.sleep' },
    { name: 'dotted import binds the root', code: 'import os.path\nos.path.exists(p)\n', expr: 'os.path.exists', expected: 'os.path.exists' },
    { name: 'dotted import with alias', code: 'import os.path as osp\nosp.join(a)\n', expr: 'osp.join', expected: 'os.path.join' },
    { name: 'function-local import', code: 'def f():\n    import httpx\n    httpx.get(u)\n', expr: 'httpx.get', expected: 'httpx.get' },
    { name: 'builtin', code: 'open(p)\n', expr: 'open', expected: 'builtins.open' },
    { name: 'shadowed builtin', code: 'def open(p): ...\nopen(p)\n', expr: 'open', nth: 1, expected: undefined },
    { name: 'local shadows an import', code: 'import time\ndef f():\n    time = Clock()\n    time.sleep(1)\n', expr: 'time.sleep', expected: undefined },
    { name: 'module import seen from a function defined earlier', code: 'def f():\n    requests.get(u)\nimport requests\n', expr: 'requests.get', expected: 'requests.get' },
    { name: 'unimported name', code: 'requests.get(u)\n', expr: 'requests.get', expected: undefined },
    { name: 'relative import', code: 'from .models import Customer\nCustomer\n', expr: 'Customer', nth: 1, expected: '.models.Customer' },
    { name: 'class scope is not visible from methods', code: 'import json\nclass A:\n    json = None\n    def f(self):\n        json.dumps(x)\n', expr: 'json.dumps', expected: 'json.dumps' },
    { name: 'global declaration', code: 'import time\ndef f():\n    global time\n    time.sleep(1)\n', expr: 'time.sleep', expected: 'time.sleep' },
    { name: 'star import hides builtins', code: 'from os import *\nopen(p)\n', expr: 'open', nth: 0, expected: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { semantic, find } = model(c.code);
      assert.equal(semantic.qualifiedName(find(c.expr, c.nth)), c.expected);
    });
  }
});

describe('async context', () => {
  const code = py`
    async def handler():
        a()
        [b() for _ in range(3)]
        lambda: c()
        def inner():
            d()
        class Local:
            e()

    def sync():
        f()
  `;
  const expected: Record<string, boolean> = { 'a()': true, 'b()': true, 'c()': false, 'd()': false, 'e()': false, 'f()': false };
  for (const [call, inAsync] of Object.entries(expected)) {
    it(`${call} ${inAsync ? 'is' : 'is not'} in async context`, () => {
      const { semantic, find } = model(code);
      assert.equal(semantic.inAsyncContext(find(call)), inAsync);
    });
  }
});

describe('bindings and scopes', () => {
  it('walrus in a comprehension binds in the enclosing function', () => {
    const { semantic, find } = model('def f(xs):\n    [y := x for x in xs]\n    return y\n');
    assert.equal(semantic.resolve(find('y', 1))?.kind, 'walrus');
  });
  it('global assignment lands in the module scope', () => {
    const { semantic } = model('def f():\n    global COUNT\n    COUNT = 1\n');
    assert.equal(semantic.module.bindings.get('COUNT')?.[0]?.kind, 'assignment');
  });
  it('parameters, with-targets, except names and match captures bind', () => {
    const { semantic, find } = model(py`
      def f(a, *args, b=1, **kw):
          with open(p) as fh:
              pass
          try:
              pass
          except ValueError as err:
              pass
          match a:
              case [first, *rest]:
                  pass
          return a, args, b, kw, fh, err, first, rest
    `);
    const kinds = find('a, args, b, kw, fh, err, first, rest').namedChildren.map((name) => semantic.resolve(name)?.kind);
    assert.deepEqual(kinds, ['parameter', 'parameter', 'parameter', 'parameter', 'with-target', 'exception', 'match-capture', 'match-capture']);
  });
  it('same-scope uses see the latest binding before them', () => {
    const { semantic, find } = model('import json\njson.dumps(1)\nfrom ujson import dumps as json\n');
    assert.equal(semantic.qualifiedName(find('json.dumps')), 'json.dumps');
  });
});

describe('class kinds', () => {
  const cases: { name: string; code: string; cls: string; kinds: string[] }[] = [
    { name: 'Enum through an alias', code: 'import enum as e\nclass Color(e.IntEnum):\n    RED = 1\n', cls: 'Color', kinds: ['enum'] },
    { name: 'pydantic model', code: 'from pydantic import BaseModel\nclass User(BaseModel):\n    name: str\n', cls: 'User', kinds: ['pydantic-model'] },
    { name: 'pydantic settings', code: 'from pydantic_settings import BaseSettings\nclass S(BaseSettings):\n    pass\n', cls: 'S', kinds: ['pydantic-model', 'pydantic-settings'] },
    { name: 'TypedDict', code: 'from typing import TypedDict\nclass P(TypedDict):\n    a: int\n', cls: 'P', kinds: ['typed-dict'] },
    { name: 'NamedTuple', code: 'import typing\nclass P(typing.NamedTuple):\n    a: int\n', cls: 'P', kinds: ['named-tuple'] },
    { name: 'generic Protocol', code: 'from typing import Protocol\nclass P(Protocol[T]):\n    pass\n', cls: 'P', kinds: ['protocol'] },
    { name: 'dataclass decorator with arguments', code: 'from dataclasses import dataclass\n@dataclass(frozen=True)\nclass D:\n    a: int\n', cls: 'D', kinds: ['dataclass'] },
    { name: 'exception, transitively within the module', code: 'class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\n', cls: 'NotFound', kinds: ['exception'] },
    { name: 'enum through a local base', code: 'from enum import Enum\nclass Base(str, Enum):\n    pass\nclass Color(Base):\n    RED = "r"\n', cls: 'Color', kinds: ['enum'] },
    { name: 'enum metaclass', code: 'from enum import EnumMeta\nclass C(metaclass=EnumMeta):\n    pass\n', cls: 'C', kinds: ['enum'] },
    { name: 'cyclic bases do not loop', code: 'class A(B):\n    pass\nclass B(A):\n    pass\n', cls: 'A', kinds: [] },
    { name: 'unittest case', code: 'import unittest\nclass T(unittest.TestCase):\n    pass\n', cls: 'T', kinds: ['test-case'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { semantic, classNamed } = model(c.code);
      assert.deepEqual([...semantic.classInfo(classNamed(c.cls)).kinds].sort(), [...c.kinds].sort());
    });
  }
});
