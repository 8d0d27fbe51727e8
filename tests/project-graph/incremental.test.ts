// The link phase with the result cache and the worker pool: a changed helper changes its callers'
// findings without their files being checked again, and a large generated project links.
import assert from 'node:assert/strict';
import { rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCheckParallel } from '../../src/engine/index.js';
import { located, messages, writeGraphProject } from '../harness/graph-tester.js';
import { py } from '../harness/py.js';

const BLOCKING_DB = 'import psycopg2\n\n\ndef fetch_user(user_id: int) -> object:\n    return psycopg2.connect(f"user={user_id}")\n';
const FIXED_DB = 'def fetch_user(user_id: int) -> object:\n    return {"user": user_id}\n';
const API = py`
  from shop.db import fetch_user


  async def get_user(user_id: int) -> object:
      return fetch_user(user_id)
`;

/** Sets a file's times a minute back: the cache then trusts its stamp (a fresh file gets none). */
function age(file: string): void {
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
}

describe('project graph with the cache', () => {
  it('a changed helper changes its caller’s finding; the unchanged caller comes from the cache', async () => {
    const root = writeGraphProject({ 'shop/__init__.py': '', 'shop/db.py': BLOCKING_DB, 'shop/api.py': API });
    try {
      const api = path.join(root, 'shop/api.py');
      const db = path.join(root, 'shop/db.py');
      for (const file of [api, db, path.join(root, 'shop/__init__.py')]) age(file);
      const run = async () => located(await runCheckParallel(['.'], { cwd: root, select: ['ASY'], threads: 1 }));
      assert.deepEqual(await run(), ['shop/api.py:5:12 ASY005']);

      // Same size, same times: a run that read the caller again would find an unknown name and drop the finding.
      const stamp = statSync(api);
      writeFileSync(api, API.replace('return fetch_user(', 'return fetch_usex('));
      utimesSync(api, stamp.atime, stamp.mtime);
      assert.deepEqual(await run(), ['shop/api.py:5:12 ASY005'], 'the caller was served from the cache');

      writeFileSync(db, FIXED_DB);
      age(db);
      assert.deepEqual(await run(), [], 'the helper no longer blocks: its cached caller has no finding');
      writeFileSync(db, BLOCKING_DB);
      age(db);
      assert.deepEqual(await run(), ['shop/api.py:5:12 ASY005']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a 500-module generated project: a chain through every module, found through the worker pool', async () => {
    const count = 500;
    const files: Record<string, string> = { 'gen/__init__.py': '' };
    for (let i = 0; i < count; i++) {
      const body = i === count - 1 ? 'time.sleep(0.1)\n    return 0' : `return m${i + 1}.step() + 1`;
      const imports = i === count - 1 ? 'import time' : `from gen import m${i + 1}`;
      files[`gen/m${i}.py`] = `${imports}\n\n\ndef step() -> int:\n    ${body}\n`;
    }
    files['gen/api.py'] = 'from gen import m0\n\n\nasync def run() -> int:\n    return m0.step()\n';
    const root = writeGraphProject(files);
    try {
      const report = await runCheckParallel(['.'], { cwd: root, select: ['ASY'], threads: 2, cache: false });
      assert.deepEqual(located(report), ['gen/api.py:5:12 ASY002']);
      const chain = (messages(report)[0] ?? '').split(': ').slice(1).join(': ');
      assert.match(chain, /^m0\.step|^step \(gen\/m0\.py:4\) → step \(gen\/m1\.py:4\)/);
      assert.match(chain, /→ …; run it/, 'a long chain is shown in part');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
