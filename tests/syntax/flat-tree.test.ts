import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { parsePython, parsePythonInPieces, parsePythonWithCursor, syntaxDamage, type SyntaxTree } from '../../src/syntax/index.js';
import { statementCuts } from '../../src/syntax/pieces.js';
import { binding } from '../../src/syntax/native.js';
import { corpusFiles, stdlibPath } from '../../bench/corpus.js';
import { repoPath } from '../harness/paths.js';
import { py } from '../harness/py.js';

/** Writable mappings of at least 1 GiB in this process: the parse arenas' reserved regions. */
function arenaRegions(): number {
  return readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .filter((line) => {
      const [range = '', permissions = ''] = line.split(' ');
      const [start, end] = range.split('-').map((hex) => Number.parseInt(hex, 16));
      return start !== undefined && end !== undefined && end - start >= 2 ** 30 && permissions.startsWith('rw');
    }).length;
}

function columns(tree: SyntaxTree): unknown[] {
  return [tree.count, tree.depth, tree.starts, tree.ends, tree.parents, tree.afters, tree.types, tree.fields, tree.flags].map((c) => (typeof c === 'number' ? c : [...c]));
}

describe('flat tree export', () => {
  const snippets: Record<string, string> = {
    'fields through hidden rules': 'def f(a, *b, c: int = 1, **d) -> int:\n    return a\nclass A(B, metaclass=M):\n    x: int = 1\n',
    'aliases and keyword tokens': 'lambda: (yield)\ntype X = int\nawait y\nprint >> f, x\n',
    comments: '# top\nx = [  # inline\n    1,  # one\n]\n',
    'syntax errors and missing tokens': 'def f(:\n    pass\nx = (1,\nclass\n',
    'strings and f-strings': 'a = f"{x!r:>{w}} {y["k"]}" "b" b"c"\n',
    'match and except*': py`
      match p:
          case {"k": v, **rest} if v:
              pass
      try:
          pass
      except* (ValueError, TypeError) as group:
          pass
    `,
    'non-ASCII text': 'é = "😀"; ü = 1\n',
  };
  for (const [name, code] of Object.entries(snippets)) {
    it(`the subtree walk equals the cursor walk: ${name}`, () => {
      assert.deepEqual(columns(parsePython(code)), columns(parsePythonWithCursor(code)));
    });
  }
  it('the subtree walk equals the cursor walk on a sample of the standard library', () => {
    const files = corpusFiles(stdlibPath()).filter((_, i) => i % 25 === 0);
    assert.ok(files.length > 50);
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      assert.deepEqual(columns(parsePython(text)), columns(parsePythonWithCursor(text)), file);
    }
  });
  it('a file parsed in pieces cut at top-level statements gives the whole parse\'s tree, node for node', () => {
    const files = corpusFiles(stdlibPath()).filter((_, i) => i % 25 === 0);
    let cut = 0;
    for (const file of files) {
      const text = readFileSync(file, 'latin1');
      const whole = parsePython(text);
      // Error recovery may reach across a cut; a broken file's pieces are held to less (below).
      if (whole.rootNode.hasError) continue;
      if (statementCuts(text, 2000).length > 0) cut++;
      assert.deepEqual(columns(parsePythonInPieces(text, 2000)), columns(whole), file);
    }
    assert.ok(cut > 40, `only ${cut} files were cut`);
  });
  it('pieces are not cut before else, except or finally, nor between a decorator and its definition', () => {
    const code = py`
      if a:
          pass
      else:
          pass
      try:
          pass
      except E:
          pass
      finally:
          pass
      @decorator
      # a comment between
      def f():
          pass
      x = 1
    `;
    assert.deepEqual(columns(parsePythonInPieces(code, 1)), columns(parsePython(code)));
  });
  it('a broken file parsed in pieces still shows its first error where the whole parse does', () => {
    const code = `import os\n\n\ndef f(:\n    pass\n\n\n${'x = 1\n'.repeat(2000)}`;
    const first = (tree: SyntaxTree) => syntaxDamage(tree).first;
    assert.deepEqual(first(parsePythonInPieces(code, 100)), first(parsePython(code)));
  });
  it('trees are the same from the parse arena, from malloc, and from an arena that runs out mid-parse', () => {
    // The largest files of the sample need several megabytes: 256 KB runs out in the middle of them.
    const files = corpusFiles(stdlibPath()).filter((_, i) => i % 25 === 0);
    const texts = [...Object.values(snippets), ...files.map((file) => readFileSync(file, 'latin1'))];
    const parseWith = (limit: number | undefined) => {
      binding.arenaLimit(limit);
      try {
        return texts.map((text) => columns(parsePython(text)));
      } finally {
        binding.arenaLimit(undefined);
      }
    };
    const fromArena = parseWith(undefined);
    assert.deepEqual(parseWith(0), fromArena);
    assert.deepEqual(parseWith(256 * 1024), fromArena);
  });
  it('a worker thread that parsed and ended leaves no parse arena behind', { skip: !existsSync('/proc/self/maps') }, async () => {
    const before = arenaRegions();
    const code = `const binding = require(${JSON.stringify(repoPath('native', 'build', 'Release', 'pystandards_syntax.node'))});
      binding.parse('x = 1\\n');
      require('node:worker_threads').parentPort.postMessage(0);`;
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve, reject) => {
        const worker = new Worker(code, { eval: true });
        worker.on('message', () => void worker.terminate().then(() => resolve(), reject));
        worker.on('error', reject);
      });
    }
    assert.equal(arenaRegions(), before);
  });
  it('node API: fields, children, parents and text', () => {
    const tree = parsePython('def greet(name: str) -> str:\n    return name\n');
    const fn = tree.rootNode.namedChild(0);
    assert.ok(fn);
    assert.equal(fn.type, 'function_definition');
    assert.equal(fn.childForFieldName('name')?.text, 'greet');
    assert.equal(fn.childForFieldName('return_type')?.text, 'str');
    assert.deepEqual(fn.childForFieldName('parameters')?.namedChildren.map((p) => p.type), ['typed_parameter']);
    assert.equal(fn.childForFieldName('body')?.parent?.id, fn.id);
    const body = fn.childForFieldName('body');
    assert.equal(fn.childForFieldName('return_type')?.previousNamedSibling?.type, 'parameters');
    assert.equal(fn.childForFieldName('parameters')?.nextNamedSibling?.type, 'type');
    assert.equal(body?.nextSibling, null);
    assert.equal(fn.firstChild?.previousSibling, null);
    assert.equal(tree.rootNode.toString(), '(module (function_definition name: (identifier) parameters: (parameters (typed_parameter (identifier) type: (type (identifier)))) return_type: (type (identifier)) body: (block (return_statement (identifier)))))');
  });
});
