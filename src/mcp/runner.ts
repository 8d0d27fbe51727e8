// Runs checker calls in a worker thread, one at a time, each stopped at a time budget.
import { Worker } from 'node:worker_threads';
import type { CheckReport, CheckTextOptions, CheckTextResult, FixTextOptions, FixTextResult, RunOptions, SuppressionOptions } from '../api/index.js';

/** Options of a check over paths: the run's, and what the suppression step does. */
export type CheckPathsOptions = RunOptions & { readonly suppressions?: SuppressionOptions };

/** A unit of work for the checker worker. */
export type WorkerTask =
  | { readonly kind: 'check'; readonly code: string; readonly options: CheckTextOptions }
  | { readonly kind: 'fix'; readonly code: string; readonly options: FixTextOptions }
  | { readonly kind: 'check-paths'; readonly paths: readonly string[]; readonly options: CheckPathsOptions };

export interface WorkerRequest {
  readonly id: number;
  readonly task: WorkerTask;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** What a worker posts once its modules are loaded; budgets start only after it. */
export const WORKER_READY = 'ready';

/** The call ran past its time budget and was stopped. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
}

/** Too many calls are already waiting. */
export class RunnerBusyError extends Error {
  override readonly name = 'RunnerBusyError';
}

/** The worker reported an error (bad input the checker rejected, a missing path …). */
export class RunnerTaskError extends Error {
  override readonly name = 'RunnerTaskError';
}

export interface RunnerOptions {
  /** Milliseconds one call may run before its worker is stopped. */
  readonly budgetMs: number;
  /** Calls allowed to wait behind the running one. */
  readonly maxQueued?: number;
  /** The worker script; the checker worker by default (tests pass their own). */
  readonly workerUrl?: URL;
}

interface Pending {
  readonly request: WorkerRequest;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

const DEFAULT_WORKER = new URL('./mcp-check-worker.js', import.meta.url);
const STARTUP_LIMIT_MS = 60_000;

/**
 * One worker thread, started on first use and replaced when a call overruns its budget (the
 * only way to stop synchronous work). Calls run in arrival order; a call's budget starts when
 * the worker has loaded, so start-up time never counts against it. The worker is unref'd, so
 * it never keeps the process alive on its own.
 */
export class CheckRunner {
  private worker: Worker | undefined;
  private workerReady = false;
  private readonly queue: Pending[] = [];
  private running: { pending: Pending; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: RunnerOptions) {}

  check(code: string, options: CheckTextOptions): Promise<CheckTextResult> {
    return this.submit({ kind: 'check', code, options }) as Promise<CheckTextResult>;
  }

  fix(code: string, options: FixTextOptions): Promise<FixTextResult> {
    return this.submit({ kind: 'fix', code, options }) as Promise<FixTextResult>;
  }

  checkPaths(paths: readonly string[], options: CheckPathsOptions): Promise<CheckReport> {
    return this.submit({ kind: 'check-paths', paths, options }) as Promise<CheckReport>;
  }

  /** Starts the worker ahead of the first call, so that call does not wait for it to load. */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  /** Runs any task; exposed for tests with their own worker script. */
  submit(task: WorkerTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new RunnerTaskError('the checker has shut down'));
    if (this.queue.length + (this.running ? 1 : 0) > (this.options.maxQueued ?? 16)) return Promise.reject(new RunnerBusyError('too many checks are waiting; try again shortly'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, task }, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; waiting and running calls fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new RunnerTaskError('the checker has shut down');
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    if (this.running) {
      clearTimeout(this.running.timer);
      this.running.pending.reject(stopped);
      this.running = undefined;
    }
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.running || this.closed || this.queue.length === 0) return;
    const worker = this.ensureWorker();
    if (!this.workerReady) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const timer = setTimeout(() => this.overrun(), this.options.budgetMs);
    this.running = { pending, timer };
    worker.postMessage(pending.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // stdout is the MCP protocol channel on stdio: anything the worker prints goes to stderr.
    const worker = new Worker(this.options.workerUrl ?? DEFAULT_WORKER, { stdout: true });
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    worker.unref();
    this.workerReady = false;
    // A worker that never finishes loading must not leave calls waiting forever.
    const loading = setTimeout(() => {
      this.crashed(worker, new Error('it did not start'));
      void worker.terminate();
    }, STARTUP_LIMIT_MS);
    loading.unref();
    worker.on('message', (message: WorkerResponse | typeof WORKER_READY) => {
      if (message !== WORKER_READY) return this.settle(message);
      clearTimeout(loading);
      if (worker !== this.worker) return;
      this.workerReady = true;
      this.pump();
    });
    worker.once('exit', () => clearTimeout(loading));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', () => this.crashed(worker, new Error('the checker stopped unexpectedly')));
    this.worker = worker;
    return worker;
  }

  private settle(response: WorkerResponse): void {
    const running = this.running;
    if (!running || running.pending.request.id !== response.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (response.ok) running.pending.resolve(response.value);
    else running.pending.reject(new RunnerTaskError(response.message));
    this.pump();
  }

  private overrun(): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    const seconds = this.options.budgetMs / 1000;
    running.pending.reject(new BudgetExceededError(`the call ran longer than its time budget (${seconds} s) and was stopped`));
    this.replaceWorker();
  }

  private crashed(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const failure = new RunnerTaskError(`the checker failed: ${error.message}`);
    // A worker that dies while loading would die again: fail what waits instead of looping.
    if (!this.workerReady) for (const pending of this.queue.splice(0)) pending.reject(failure);
    const running = this.running;
    if (running) {
      clearTimeout(running.timer);
      this.running = undefined;
      running.pending.reject(failure);
    }
    this.pump();
  }

  private replaceWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.pump();
  }
}
