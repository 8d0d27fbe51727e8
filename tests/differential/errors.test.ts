// ERR001/002/003/006/008 against Ruff's E722/BLE001/TRY002/S110+S112/B904 on the installed standard library.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { lintSource } from '../../src/linter/index.js';
import { RULES_BY_CODE } from '../../src/rules/index.js';
import { blindExceptionName } from '../../src/rules/errors/builtin-symbols.js';
import { caughtTypes, handlerBody, someStatement } from '../../src/rules/errors/handlers.js';
import { collectNodes, parseSource, statementsOf, type SyntaxNode } from '../../src/syntax/index.js';
import { SemanticModel, SEMANTIC_NODE_TYPES } from '../../src/semantic/index.js';
import { settingsWith } from '../harness/settings.js';
import { agreement, agreementRow, pythonFiles, readUtf8, ruffOracle, stdlibPath, type Agreement } from './ruff-oracle.js';

const PAIRS = [
  ['E722', 'ERR001'],
  ['BLE001', 'ERR002'],
  ['TRY002', 'ERR003'],
  ['S110', 'ERR006'],
  ['S112', 'ERR006'],
  ['S110+S112', 'ERR006'],
  ['B904', 'ERR008'],
] as const;
const RUFF_CODES = ['E722', 'BLE001', 'TRY002', 'S110', 'S112', 'B904'];
const OUR_CODES = ['ERR001', 'ERR002', 'ERR003', 'ERR006', 'ERR008'];

interface Corpus {
  readonly files: number;
  readonly skipped: { readonly notUtf8: number; readonly syntaxError: number };
  readonly ruff: Map<string, Set<string>>;
  readonly ours: Map<string, Set<string>>;
  /** Parsed files by relative path, for explaining disagreements. */
  readonly sources: Map<string, string>;
}

function keysOf(map: Map<string, Set<string>>, code: string): Set<string> {
  if (code === 'S110+S112') return new Set([...keysOf(map, 'S110'), ...keysOf(map, 'S112')]);
  return map.get(code) ?? new Set();
}

function lintStdlib(): Corpus {
  const root = stdlibPath();
  const oracle = ruffOracle(RUFF_CODES);
  const rules = OUR_CODES.map((code) => {
    const rule = RULES_BY_CODE.get(code);
    assert.ok(rule, code);
    return rule;
  });
  const settings = settingsWith({ 'extend-select': ['ERR008'] });
  const ruff = new Map<string, Set<string>>();
  const ours = new Map<string, Set<string>>();
  const sources = new Map<string, string>();
  const add = (map: Map<string, Set<string>>, code: string, key: string): void => {
    const set = map.get(code) ?? new Set<string>();
    set.add(key);
    map.set(code, set);
  };
  let files = 0;
  let notUtf8 = 0;
  let syntaxError = 0;
  for (const file of pythonFiles(root)) {
    const text = readUtf8(file);
    if (text === undefined) {
      notUtf8++;
      continue;
    }
    const relative = file.slice(root.length + 1);
    const theirs = oracle(text);
    const source = parseSource(relative, text);
    const mine = lintSource(source, settings, rules).diagnostics;
    // Files that either tool cannot parse are linted differently by design (error recovery); skip them.
    if (theirs.some((d) => d.code === 'invalid-syntax') || mine.some((d) => d.code === 'SYN001')) {
      syntaxError++;
      continue;
    }
    files++;
    for (const d of theirs) add(ruff, d.code, `${relative}:${d.row}`);
    for (const d of mine) {
      add(ours, d.code, `${relative}:${source.lines.location(d.start).row}`);
      sources.set(relative, text);
    }
  }
  return { files, skipped: { notUtf8, syntaxError }, ruff, ours, sources };
}

interface ParsedFile {
  readonly semantic: SemanticModel;
  /** Except clauses by the lines of their header and caught types. */
  readonly handlers: Map<number, SyntaxNode>;
}
const parsedFiles = new Map<string, ParsedFile>();

/** The `except` clause whose header (or one of its caught types) starts on `line` of `file`. */
function handlerOnLine(corpus: Corpus, file: string, line: number): { handler: SyntaxNode; semantic: SemanticModel } | undefined {
  let parsed = parsedFiles.get(file);
  if (!parsed) {
    const root = parseSource(file, corpus.sources.get(file) ?? '').tree.rootNode;
    const nodes = collectNodes(root, [...SEMANTIC_NODE_TYPES]);
    const handlers = new Map<number, SyntaxNode>();
    for (const node of nodes) {
      if (node.type !== 'except_clause') continue;
      for (const part of [node, ...caughtTypes(node)]) handlers.set(part.startPosition.row + 1, node);
    }
    parsed = { semantic: new SemanticModel(root, nodes), handlers };
    parsedFiles.set(file, parsed);
  }
  const handler = parsed.handlers.get(line);
  return handler ? { handler, semantic: parsed.semantic } : undefined;
}

/**
 * BLE001 disagreement we keep: the handler logs the traceback through a logger imported
 * relatively (`from .log import logger`). Ruff's CLI resolves that import inside a package
 * (`asyncio.log.logger`, not a known logger, so BLE001 fires, as here); the WebAssembly oracle
 * lints without a package, cannot resolve relative imports and falls back to the name `logger`.
 */
function logsThroughRelativeImport(corpus: Corpus, file: string, line: number): boolean {
  const found = handlerOnLine(corpus, file, line);
  if (!found) return false;
  return someStatement(handlerBody(found.handler), (statement) => {
    const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
    const receiver = call?.type === 'call' ? call.childForFieldName('function')?.childForFieldName('object') : null;
    if (receiver?.type !== 'identifier') return false;
    const binding = found.semantic.resolve(receiver);
    return binding?.kind === 'from-import' && (binding.qualifiedName ?? '').startsWith('.');
  });
}

/**
 * BLE001 findings we drop on purpose: the handler records the traceback with the `traceback`
 * module (`traceback.print_exc()`, or a logger given `traceback.format_exc()`), which ERR002
 * accepts and BLE001 does not (see ERR002's documentation).
 */
function recordsTracebackWithTracebackModule(corpus: Corpus, file: string, line: number): boolean {
  const text = corpus.sources.get(file) ?? readUtf8(path.join(stdlibPath(), file)) ?? '';
  corpus.sources.set(file, text);
  const found = handlerOnLine(corpus, file, line);
  if (!found) return false;
  return someStatement(handlerBody(found.handler), (statement) => {
    const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
    if (call?.type !== 'call') return false;
    return collectNodes(call, ['call']).some((inner) => {
      const callee = inner.childForFieldName('function');
      return (callee ? found.semantic.qualifiedName(callee) : undefined)?.startsWith('traceback.') ?? false;
    });
  });
}

describe('differential: error-handling rules vs Ruff on the standard library', () => {
  let corpus: Corpus;
  const results = new Map<string, Agreement>();

  before(() => {
    corpus = lintStdlib();
    for (const [theirs, mine] of PAIRS) {
      results.set(theirs, agreement(theirs, mine, keysOf(corpus.ruff, theirs), keysOf(corpus.ours, mine)));
    }
    console.log(
      `\nstdlib: ${corpus.files} files compared (${corpus.skipped.notUtf8} not UTF-8, ${corpus.skipped.syntaxError} with syntax errors skipped)\n` +
        '| Ruff | ours | Ruff findings | our findings | both | precision | recall |\n|---|---|---|---|---|---|---|\n' +
        [...results.values()].map(agreementRow).join('\n'),
    );
  });

  for (const [theirs, mine] of [['E722', 'ERR001'], ['BLE001', 'ERR002'], ['TRY002', 'ERR003']] as const) {
    it(`${mine} agrees with ${theirs}: precision and recall ≥ 0.97`, () => {
      const result = results.get(theirs);
      assert.ok(result);
      assert.ok(result.both > 0, 'the corpus has findings');
      assert.ok(result.precision >= 0.97, `precision ${result.precision}; only ours: ${result.onlyOurs.join(', ')}`);
      assert.ok(result.recall >= 0.97, `recall ${result.recall}; only Ruff: ${result.onlyRuff.join(', ')}`);
    });
  }

  it('ERR001 and ERR003 agree exactly with E722 and TRY002', () => {
    for (const code of ['E722', 'TRY002']) {
      const result = results.get(code);
      assert.deepEqual([result?.onlyOurs, result?.onlyRuff], [[], []], code);
    }
  });

  it('ERR002 finds every BLE001 finding but those recording the traceback with the traceback module; its extras log through a relatively imported logger', () => {
    const result = results.get('BLE001');
    assert.ok(result);
    const missed = result.onlyRuff.filter((key) => {
      const [file, line] = splitKey(key);
      return !recordsTracebackWithTracebackModule(corpus, file, line);
    });
    console.log(`BLE001 only: ${result.onlyRuff.length} (handlers printing or logging the traceback with \`traceback\`): ${result.onlyRuff.join(', ')}`);
    assert.deepEqual(missed, []);
    const unexplained = result.onlyOurs.filter((key) => {
      const [file, line] = splitKey(key);
      return !logsThroughRelativeImport(corpus, file, line);
    });
    console.log(`ERR002 only: ${result.onlyOurs.length} (handlers logging through \`from .x import logger\`): ${result.onlyOurs.join(', ')}`);
    assert.deepEqual(unexplained, []);
  });

  it('ERR006 finds every S110 and S112 finding; its extras are `...` or bare `return` bodies, or several no-ops', () => {
    const result = results.get('S110+S112');
    assert.ok(result);
    assert.deepEqual(result.onlyRuff, []);
    const reasons = new Map<string, number>();
    for (const key of result.onlyOurs) {
      const [file, line] = splitKey(key);
      const reason = whyNotS110(corpus, file, line);
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    console.log(`ERR006 only: ${result.onlyOurs.length}: ${[...reasons].map(([reason, n]) => `${n} ${reason}`).join('; ')}`);
    assert.equal(reasons.get('unexplained'), undefined);
  });

  it('ERR008 matches B904 (information: ERR008 is off by default)', () => {
    const result = results.get('B904');
    assert.ok(result);
    console.log(`ERR008 vs B904: only ours ${result.onlyOurs.join(', ') || '–'}; only Ruff ${result.onlyRuff.join(', ') || '–'}`);
    assert.ok(result.precision >= 0.97 && result.recall >= 0.97);
  });
});

/** Why an ERR006 handler is not an S110/S112 finding. */
function whyNotS110(corpus: Corpus, file: string, line: number): string {
  const found = handlerOnLine(corpus, file, line);
  if (!found) return 'unexplained';
  const types = caughtTypes(found.handler);
  const statements = statementsOf(handlerBody(found.handler) ?? null);
  // Typed handlers are ERR006 findings only with `errors.check-typed-exceptions`, as they are S110/S112 findings only with Ruff's `check-typed-exception`.
  if (types.length > 0 && !types.some((type) => blindExceptionName(found.semantic, type))) return 'unexplained';
  if (statements.length > 1) return 'with several no-op statements';
  if (statements[0]?.type === 'expression_statement') return 'with a `...` body';
  if (statements[0]?.type === 'return_statement') return 'with a bare `return` body';
  return 'unexplained';
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}
