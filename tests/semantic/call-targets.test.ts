// callTargetOf reads a call's target from the tree's ids for the common callee shapes; it must
// name what callTarget names from node objects, for every call of real code.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SEMANTIC_NODE_TYPES, SemanticModel, callTarget, callTargetOf } from '../../src/semantic/index.js';
import { collectNodes, parseSource, symbolMask, type SourceFile } from '../../src/syntax/index.js';
import { pythonFiles, readUtf8, stdlibPath } from '../differential/ruff-oracle.js';
import { py } from '../harness/py.js';

const CALLS = symbolMask('call');

/** Every call of the source in a function: [callee text, callTargetOf, callTarget]. */
function targets(source: SourceFile): [string, string | undefined, string | undefined][] {
  const root = source.tree.rootNode;
  const semantic = new SemanticModel(root, collectNodes(root, [...SEMANTIC_NODE_TYPES]));
  const tree = source.tree;
  const found: [string, string | undefined, string | undefined][] = [];
  for (let id = 0; id < tree.count; id++) {
    if (CALLS[tree.types[id] as number] !== 1) continue;
    const scope = semantic.enclosingFunctionAt(tree.starts[id] as number);
    const callee = tree.fieldChild(id, 'function');
    if (!scope || callee < 0) continue;
    found.push([tree.textOf(callee), callTargetOf(tree, callee, semantic, scope), callTarget(tree.node(callee), semantic, scope)]);
  }
  return found;
}

describe('callTargetOf', () => {
  it('names each shape as callTarget does', () => {
    const source = parseSource('m.py', py`
      import os
      import shop.db as db
      from shop.services import load, Client
      from . import helpers


      class Service:
          def run(self, item):
              client = Client()
              made = Client().charge
              self.save(item)
              load(item)
              db.fetch(item)
              helpers.format(item)
              client.charge(item)
              Service.create()
              os.getcwd()
              print(item)
              len(item).bit_length()
              (load)(item)
              super().run(item)
              self.items.append(item)
              item()
    `);
    assert.deepEqual(
      targets(source).map(([callee, fromIds]) => [callee, fromIds]),
      [
        ['Client', 'q:shop.services.Client'],
        ['Client', 'q:shop.services.Client'],
        ['self.save', 's:Service.save'],
        ['load', 'q:shop.services.load'],
        ['db.fetch', 'q:shop.db.fetch'],
        ['helpers.format', 'q:.helpers.format'],
        ['client.charge', 'q:shop.services.Client#charge'],
        ['Service.create', 'l:Service.create'],
        ['os.getcwd', 'q:os.getcwd'],
        ['print', undefined],
        ['len(item).bit_length', undefined],
        ['len', undefined],
        ['(load)', 'q:shop.services.load'],
        ['super().run', 'super:Service.run'],
        ['super', undefined],
        ['self.items.append', undefined],
        ['item', undefined],
      ],
    );
    for (const [callee, fromIds, fromNodes] of targets(source)) assert.equal(fromIds, fromNodes, callee);
  });

  it('agrees with callTarget on every call in functions of a sample of the standard library', () => {
    const files = pythonFiles(stdlibPath()).filter((_, index) => index % 40 === 0);
    let compared = 0;
    for (const file of files) {
      const text = readUtf8(file);
      if (text === undefined) continue;
      for (const [callee, fromIds, fromNodes] of targets(parseSource(path.basename(file), text))) {
        assert.equal(fromIds, fromNodes, `${file}: ${callee}`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `only ${compared} calls compared`);
  });
});
