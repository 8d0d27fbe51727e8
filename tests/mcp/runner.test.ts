// The checker runner: calls run in order, one at a time, and a call past its budget is stopped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BudgetExceededError, CheckRunner, RunnerBusyError, RunnerTaskError } from '../../src/mcp/runner.js';

const SPIN_WORKER = new URL('./fixtures/spin-worker.js', import.meta.url);

const check = (code: string) => ({ kind: 'check', code, options: {} }) as const;

describe('CheckRunner', () => {
  it('runs calls in order and returns their values', async () => {
    const runner = new CheckRunner({ budgetMs: 10_000, workerUrl: SPIN_WORKER });
    try {
      assert.deepEqual(await Promise.all([runner.submit(check('a')), runner.submit(check('b'))]), ['echo a', 'echo b']);
    } finally {
      await runner.close();
    }
  });
  it('stops a call that overruns its budget, then serves the next one with a new worker', async () => {
    const runner = new CheckRunner({ budgetMs: 300, workerUrl: SPIN_WORKER });
    try {
      const spinning = runner.submit(check('spin'));
      const next = runner.submit(check('after'));
      await assert.rejects(spinning, (error: Error) => error instanceof BudgetExceededError && /time budget \(0\.3 s\)/.test(error.message));
      assert.equal(await next, 'echo after');
    } finally {
      await runner.close();
    }
  });
  it('reports errors from the worker and survives a worker that dies', async () => {
    const runner = new CheckRunner({ budgetMs: 10_000, workerUrl: SPIN_WORKER });
    try {
      await assert.rejects(runner.submit(check('fail')), (error: Error) => error instanceof RunnerTaskError && error.message === 'bad input');
      await assert.rejects(runner.submit(check('exit')), (error: Error) => error instanceof RunnerTaskError && /checker/.test(error.message));
      assert.equal(await runner.submit(check('again')), 'echo again');
    } finally {
      await runner.close();
    }
  });
  it('sends what the worker prints to stderr, never to stdout (the stdio protocol channel)', () => {
    // In a child process: this test process's own stdout carries the test report.
    const script = [
      `import { CheckRunner } from ${JSON.stringify(new URL('../../src/mcp/runner.js', import.meta.url).href)};`,
      `const runner = new CheckRunner({ budgetMs: 10000, workerUrl: new URL(${JSON.stringify(SPIN_WORKER.href)}) });`,
      `await runner.submit({ kind: 'check', code: 'print', options: {} });`,
      'await new Promise((resolve) => setTimeout(resolve, 100));',
      'await runner.close();',
    ].join('\n');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pystandards-runner-'));
    const file = path.join(folder, 'print.mjs');
    writeFileSync(file, script);
    const result = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
    rmSync(folder, { recursive: true, force: true });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'printed by the worker\n');
  });
  it('refuses calls beyond the queue limit, and every call once closed', async () => {
    const runner = new CheckRunner({ budgetMs: 10_000, maxQueued: 1, workerUrl: SPIN_WORKER });
    const first = runner.submit(check('one'));
    const second = runner.submit(check('two'));
    await assert.rejects(runner.submit(check('three')), RunnerBusyError);
    assert.deepEqual(await Promise.all([first, second]), ['echo one', 'echo two']);
    await runner.close();
    await assert.rejects(runner.submit(check('late')), RunnerTaskError);
  });
});
