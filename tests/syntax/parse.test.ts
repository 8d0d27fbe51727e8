import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintSource } from '../../src/linter/index.js';
import { RULES } from '../../src/rules/index.js';
import { LineIndex, parseSource, syntaxDamage } from '../../src/syntax/index.js';
import { py } from '../harness/py.js';
import { settingsWith } from '../harness/settings.js';

describe('Python 3.12 syntax parses without errors', () => {
  const cases: Record<string, string> = {
    'PEP 695 type statement and generics': py`
      type Pair[T] = tuple[T, T]

      class Box[T]:
          def get[U](self, default: U) -> T | U: ...
    `,
    'PEP 701 f-strings': py`
      names = {"a": 1}
      text = f"{names["a"]} and {'\n'.join(['x'])} {f"{1:>{3}}"}"
    `,
    'match statement': py`
      match command:
          case {"action": "move", **rest}:
              pass
          case Point(x=0) | [1, *_]:
              pass
          case _:
              pass
    `,
    'except*': py`
      try:
          pass
      except* ValueError as group:
          pass
    `,
    walrus: 'if (n := len(items)) > 10:\n    pass\n',
    'async comprehensions and await': 'async def f() -> None:\n    [x async for x in aiter()]\n    await g()\n',
  };
  for (const [name, code] of Object.entries(cases)) {
    it(name, () => assert.equal(syntaxDamage(parseSource('x.py', code).tree).first, undefined));
  }
});

describe('line endings', () => {
  for (const [name, newline] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`${name} files parse and map rows correctly`, () => {
      const text = ['import os', 'def f():', '    return 1', 'x = 1', ''].join(newline);
      const source = parseSource('x.py', text);
      assert.equal(syntaxDamage(source.tree).first, undefined);
      const statements = source.tree.rootNode.namedChildren;
      assert.deepEqual(statements.map((s) => source.lines.location(s.startIndex).row), [1, 2, 4]);
    });
  }
});

describe('LineIndex', () => {
  it('counts columns in code points and round-trips offsets', () => {
    const lines = new LineIndex('a = "😀"; b = 1\nc = 2\n');
    const offset = 'a = "😀"; '.length;
    assert.deepEqual(lines.location(offset), { row: 1, column: 10 });
    assert.equal(lines.offset({ row: 1, column: 10 }), offset);
    assert.deepEqual(lines.location('a = "😀"; b = 1\n'.length), { row: 2, column: 1 });
    assert.equal(lines.lineText(0), 'a = "😀"; b = 1');
  });
  it('counts the same columns whether or not the text holds astral characters elsewhere', () => {
    assert.deepEqual(new LineIndex('é = 1; ü = 2\n').location('é = 1; '.length), { row: 1, column: 8 });
    const mixed = new LineIndex('é = 1; ü = 2\nx = "😀"; y = 3\n');
    assert.deepEqual(mixed.location('é = 1; '.length), { row: 1, column: 8 });
    assert.deepEqual(mixed.location('é = 1; ü = 2\nx = "😀"; '.length), { row: 2, column: 10 });
  });
});

describe('syntax damage', () => {
  it('reports the first error and keeps intact statements around it', () => {
    const source = parseSource('x.py', 'def ok():\n    pass\n\ndef broken(:\n    pass\n\nclass Fine:\n    pass\n');
    const damage = syntaxDamage(source.tree);
    assert.ok(damage.first);
    assert.equal(source.lines.location(damage.first.start).row, 4);
    const classOffset = source.text.indexOf('class Fine');
    assert.ok(damage.ranges.every((r) => r.end <= classOffset || r.start > classOffset + 10));
  });
  it('an expression continued at a lower indentation damages only its own statement', () => {
    const code = py`
      class Tests:
          def test_a(self):
              def f():
                  (bar.
              baz)
              return f

          def camelCase(self):
              pass
    `;
    const source = parseSource('x.py', code);
    const damage = syntaxDamage(source.tree);
    const method = source.text.indexOf('camelCase');
    assert.ok(!damage.ranges.some((r) => method >= r.start && method < r.end), 'the intact method is not damaged');
  });
});

/** What linting `code` with no rules reports (only SYN001 can be), as `CODE row:col-row:col message`. */
function syntaxFindings(code: string, target: string): string[] {
  const source = parseSource('x.py', code);
  return lintSource(source, settingsWith({ 'target-version': target }), []).diagnostics.map((d) => {
    const from = source.lines.location(d.start);
    const to = source.lines.location(d.end);
    return `${d.code} ${from.row}:${from.column}-${to.row}:${to.column} ${d.message}`;
  });
}

describe('string prefixes Python 3 rejects (the grammar accepts any letters), and t-strings before 3.14', () => {
  // [code, target version, the SYN001 expected]; the t-string messages and spans are Ruff 0.17's.
  const cases: [string, string, string | undefined][] = [
    ["x = ur'abc'\n", 'py314', 'SYN001 1:5-1:7 Syntax error: `ur` is not a string prefix in Python 3'],
    ["x = rb'a' + UR\"b\"\n", 'py314', 'SYN001 1:13-1:15 Syntax error: `UR` is not a string prefix in Python 3'],
    ["x = bu'a'\n", 'py314', 'SYN001 1:5-1:7 Syntax error: `bu` is not a string prefix in Python 3'],
    ["x = uf'a'\n", 'py314', 'SYN001 1:5-1:7 Syntax error: `uf` is not a string prefix in Python 3'],
    ["x = '''a''' + u'b' + R'c' + Rb'd' + bR'e' + f'{y}' + rF'{y}' + t'f' + Tr'g'\n", 'py314', undefined],
    ['x = t"hi {a}"\n', 'py312', 'SYN001 1:5-1:14 Syntax error: cannot use t-strings on Python 3.12 (syntax was added in Python 3.14)'],
    ['x = "a"\ny = Tr"x"\n', 'py313', 'SYN001 2:5-2:10 Syntax error: cannot use t-strings on Python 3.13 (syntax was added in Python 3.14)'],
    ['x = t"a" T"b"\n', 'py313', 'SYN001 1:5-1:9 Syntax error: cannot use t-strings on Python 3.13 (syntax was added in Python 3.14)'],
    ['x = t"a" T"b"\n', 'py314', undefined],
    // Ruff also reports the t-string's version here; SYN001 shows a file's first syntax error only.
    ['def f() -> str:\n    return f"a" rt"b"\n', 'py313', 'SYN001 2:12-2:22 Syntax error: cannot mix t-string literals with string or bytes literals'],
    ['x = (b"a"\n     t"b")\n', 'py314', 'SYN001 1:6-2:10 Syntax error: cannot mix t-string literals with string or bytes literals'],
    ["x = f'{y}' + rb'z' + ut'w'\n", 'py312', 'SYN001 1:22-1:24 Syntax error: `ut` is not a string prefix in Python 3'],
  ];
  for (const [code, target, expected] of cases) {
    it(`${JSON.stringify(code)} (${target})`, () => {
      assert.deepEqual(syntaxFindings(code, target), expected ? [expected] : []);
    });
  }
});

describe('`except A, B:` (PEP 758) before Python 3.14, and with `as` in every version', () => {
  // [handler line, target version, the SYN001 expected]; messages and spans are Ruff 0.17's.
  const cases: [string, string, string | undefined][] = [
    ['except ValueError, TypeError:', 'py312', '3:8-3:29 Syntax error: multiple exception types must be parenthesized on Python 3.12 (syntax was added in Python 3.14)'],
    ['except ValueError, TypeError:', 'py314', undefined],
    ['except ValueError, TypeError as e:', 'py312', '3:8-3:29 Syntax error: multiple exception types must be parenthesized when using `as`'],
    ['except ValueError, TypeError as e:', 'py314', '3:8-3:29 Syntax error: multiple exception types must be parenthesized when using `as`'],
    ['except* A, B:', 'py313', '3:9-3:13 Syntax error: multiple exception types must be parenthesized on Python 3.13 (syntax was added in Python 3.14)'],
    ['except (A), B, C:', 'py312', '3:8-3:17 Syntax error: multiple exception types must be parenthesized on Python 3.12 (syntax was added in Python 3.14)'],
    ['except (A, B) as e:', 'py312', undefined],
  ];
  for (const [handler, target, expected] of cases) {
    it(`${handler} (${target})`, () => {
      assert.deepEqual(syntaxFindings(`try:\n    pass\n${handler}\n    pass\n`, target), expected ? [`SYN001 ${expected}`] : []);
    });
  }
});

describe('type parameter defaults (PEP 696), which tree-sitter-python 0.25 reads as errors', () => {
  // [code, target version, the SYN001 expected]; messages and spans before 3.13 are Ruff 0.17's.
  const message = (minor: number) => `Syntax error: cannot set default type for a type parameter on Python 3.${minor} (syntax was added in Python 3.13)`;
  const cases: [string, string, string | undefined][] = [
    ['class A[T = int]:\n    pass\n', 'py313', undefined],
    ['class A[T = int]:\n    pass\n', 'py312', `1:11-1:16 ${message(12)}`],
    ['type Alias[T = int] = list[T]\n', 'py314', undefined],
    ['type Alias[T = int] = list[T]\n', 'py312', `1:14-1:19 ${message(12)}`],
    ['def f[T: str = "a"]() -> None:\n    pass\n', 'py313', undefined],
    ['def f[T: str = "a"]() -> None:\n    pass\n', 'py312', `1:14-1:19 ${message(12)}`],
    // Ruff 0.17 reports nothing for these two before 3.13; Python 3.12 rejects them, and so do we.
    ['class B[*Ts = *tuple[int]]:\n    pass\n', 'py313', undefined],
    ['class C[**P = [int]]:\n    pass\n', 'py312', `1:13-1:20 ${message(12)}`],
    // Not a type parameter list: a default inside an annotation is an error in every version.
    ['x: list[T = int] = []\n', 'py314', '1:9-1:10 Syntax error: unexpected `T`'],
  ];
  for (const [code, target, expected] of cases) {
    it(`${JSON.stringify(code)} (${target})`, () => {
      assert.deepEqual(syntaxFindings(code, target), expected ? [`SYN001 ${expected}`] : []);
    });
  }

  it('a file with them is still checked by IMP001 (it parses; only its version is in question)', () => {
    const source = parseSource('x.py', 'import sys\nimport os\n\n\nclass A[T = int]:\n    pass\n');
    const codes = lintSource(source, settingsWith({ 'target-version': 'py313' }), RULES).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('IMP001'), codes.join(','));
    assert.ok(!codes.includes('SYN001'), codes.join(','));
  });
});

/** `levels` nested `if x:` blocks, each indented one `unit` more, around a `pass`. */
function nestedBlocks(levels: number, unit = '    '): string {
  return Array.from({ length: levels }, (_, i) => `${unit.repeat(i)}if x:\n`).join('') + `${unit.repeat(levels)}pass\n`;
}

/** `inner` inside `depth` pairs of parentheses. */
function nestedParens(depth: number, inner = '1'): string {
  return `${'('.repeat(depth)}${inner}${')'.repeat(depth)}`;
}

describe("CPython's tokenizer limits: 100 levels of indentation, 200 nested brackets", () => {
  // [name, code, the SYN001 expected]; rows and columns are where CPython 3.12's compile() reports them.
  const cases: [string, string, string | undefined][] = [
    ['99 levels', nestedBlocks(99), undefined],
    ['100 levels', nestedBlocks(100), 'SYN001 101:1-101:401 Syntax error: too many levels of indentation'],
    ['100 levels of tabs', nestedBlocks(100, '\t'), 'SYN001 101:1-101:101 Syntax error: too many levels of indentation'],
    ['1000 levels, past which the grammar gives up', nestedBlocks(1000), 'SYN001 101:1-101:401 Syntax error: too many levels of indentation'],
    ['99 levels twice, dedented in between', `${nestedBlocks(99)}y = 1\n${nestedBlocks(99)}`, undefined],
    ['200 parentheses', `x = ${nestedParens(200)}\n`, undefined],
    ['201 parentheses', `x = ${nestedParens(201)}\n`, 'SYN001 1:205-1:206 Syntax error: too many nested parentheses'],
    ['3000 parentheses', `x = ${nestedParens(3000)}\n`, 'SYN001 1:205-1:206 Syntax error: too many nested parentheses'],
    ['201 calls', `x = ${'f('.repeat(201)}1${')'.repeat(201)}\n`, 'SYN001 1:406-1:407 Syntax error: too many nested parentheses'],
    ['an f-string field counts as a bracket: 200', `x = f"{${nestedParens(199)}}"\n`, undefined],
    ['an f-string field counts as a bracket: 201', `x = f"{${nestedParens(200)}}"\n`, 'SYN001 1:207-1:208 Syntax error: too many nested parentheses'],
    ['one bracket a line', `x = (\n${'(\n'.repeat(200)}1${')'.repeat(201)}\n`, 'SYN001 201:1-201:2 Syntax error: too many nested parentheses'],
    ['reported before an earlier parse error, as CPython does', `def f(:\nx = ${nestedParens(201)}\n`, 'SYN001 2:204-2:205 Syntax error: too many nested parentheses'],
    ['deep, with format specs and escaped braces', `x = ${nestedParens(150, 'f"{a:>{w}} {b!r} {{c}}"')}\n`, undefined],
    ['deep, with brackets in a string', `x = ${nestedParens(150, `"${'('.repeat(201)}"`)}\n`, undefined],
    [
      'broken, with deep indentation inside a string',
      `x = """\n${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}a\n`).join('')}"""\n)\n`,
      'SYN001 123:1-123:2 Syntax error: unexpected `)`',
    ],
    [
      'broken, with deep indentation inside brackets',
      `x = (\n${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}a,\n`).join('')})\n)\n`,
      'SYN001 123:1-123:2 Syntax error: unexpected `)`',
    ],
  ];
  for (const [name, code, expected] of cases) {
    it(name, () => {
      assert.deepEqual(syntaxFindings(code, 'py312'), expected ? [expected] : []);
    });
  }
});
