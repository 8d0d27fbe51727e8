// The language server's checker workers: one lane for ordinary documents, one for very large ones,
// so a 10 MB file never holds up the diagnostics of the others.
import { Worker } from 'node:worker_threads';
import { CHECKER_READY, type CheckerAnswers, type CheckerCall, type CheckerRequest, type CheckerResponse, type WorkspaceSetup } from './checker-calls.js';

/** Documents of at least this many UTF-16 units are checked on the large-document lane. */
export const LARGE_DOCUMENT_CHARS = 1 << 20;

/** A check stopped because it ran past its time budget, or its worker died. */
export class CheckerFailedError extends Error {
  override readonly name = 'CheckerFailedError';
}

export type Lane = 'interactive' | 'large';

export interface CheckerPoolOptions {
  /** Milliseconds one call may run before its worker is replaced (default 60 s). */
  readonly budgetMs?: number;
  /** The worker script (tests pass their own). */
  readonly workerUrl?: URL;
}

interface Pending {
  readonly request: CheckerRequest;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

const DEFAULT_WORKER = new URL('./lsp-check-worker.js', import.meta.url);
const DEFAULT_BUDGET_MS = 60_000;

/** One worker and the calls sent to it, answered in order. */
class LaneWorker {
  private worker: Worker | undefined;
  private ready = false;
  /** Calls in the order the worker runs them; the first is running once the worker is ready. */
  private readonly sent: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly name: Lane,
    private readonly pool: { setup(): WorkspaceSetup | undefined; readonly budgetMs: number; readonly workerUrl: URL; nextId(): number },
  ) {}

  get started(): boolean {
    return this.worker !== undefined;
  }

  submit(call: CheckerCall): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const pending = { request: { id: this.pool.nextId(), call }, resolve, reject };
      this.sent.push(pending);
      const worker = this.ensureWorker();
      if (this.ready) {
        worker.postMessage(pending.request);
        this.armTimer();
      }
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.clearTimer();
    const stopped = new CheckerFailedError('the checker has shut down');
    for (const pending of this.sent.splice(0)) pending.reject(stopped);
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // stdout is the protocol channel: anything a worker prints goes to stderr.
    const worker = new Worker(this.pool.workerUrl, { stdout: true, name: `pystandards-${this.name}` });
    worker.stdout.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    worker.unref();
    this.worker = worker;
    this.ready = false;
    worker.on('message', (message: CheckerResponse | typeof CHECKER_READY) => {
      if (worker !== this.worker) return;
      if (message === CHECKER_READY) return this.becameReady(worker);
      this.settle(message);
    });
    worker.on('error', (error) => this.failed(worker, `the checker failed: ${error.message}`));
    worker.on('exit', (code) => this.failed(worker, `the checker stopped unexpectedly (exit code ${code})`));
    return worker;
  }

  /** Sends the workspace setup first, then every call that waited for the worker to load. */
  private becameReady(worker: Worker): void {
    this.ready = true;
    const setup = this.pool.setup();
    if (setup) worker.postMessage({ id: 0, call: { kind: 'setup', setup } } satisfies CheckerRequest);
    for (const pending of this.sent) worker.postMessage(pending.request);
    this.armTimer();
  }

  private settle(response: CheckerResponse): void {
    if (response.id === 0) return; // the replayed setup
    const index = this.sent.findIndex((pending) => pending.request.id === response.id);
    if (index < 0) return;
    const [pending] = this.sent.splice(index, 1) as [Pending];
    this.clearTimer();
    this.armTimer();
    if (response.ok) pending.resolve(response.value);
    else pending.reject(new CheckerFailedError(response.message));
  }

  /** Times the call now running; a call that overruns costs its worker, and the calls behind it go to a new one. */
  private armTimer(): void {
    if (this.timer || this.sent.length === 0 || !this.ready) return;
    const head = this.sent[0] as Pending;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.sent[0] !== head) return this.armTimer();
      const seconds = this.pool.budgetMs / 1000;
      this.restart(head, `the check ran longer than ${seconds} s and was stopped`);
    }, this.pool.budgetMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private failed(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    const head = this.ready ? this.sent[0] : undefined;
    // A worker that dies while loading would die again: fail what waits instead of looping.
    if (!this.ready) {
      this.worker = undefined;
      this.clearTimer();
      for (const pending of this.sent.splice(0)) pending.reject(new CheckerFailedError(reason));
      return;
    }
    this.restart(head, reason);
  }

  /** Replaces the worker: the call it was running fails, the calls queued behind it are sent again. */
  private restart(culprit: Pending | undefined, reason: string): void {
    const old = this.worker;
    this.worker = undefined;
    this.ready = false;
    this.clearTimer();
    if (old) void old.terminate();
    if (culprit) {
      this.sent.splice(this.sent.indexOf(culprit), 1);
      culprit.reject(new CheckerFailedError(reason));
    }
    if (this.sent.length > 0) this.ensureWorker();
  }
}

/**
 * Two lanes of checker workers, each started on first use. Setup (folders, rule selection) and
 * reloads go to every lane in order with the checks; a restarted worker gets the setup first.
 */
export class CheckerPool {
  private currentSetup: WorkspaceSetup | undefined;
  private id = 1;
  private readonly lanes: Record<Lane, LaneWorker>;

  constructor(options: CheckerPoolOptions = {}) {
    const shared = {
      setup: () => this.currentSetup,
      budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
      workerUrl: options.workerUrl ?? DEFAULT_WORKER,
      nextId: () => this.id++,
    };
    this.lanes = { interactive: new LaneWorker('interactive', shared), large: new LaneWorker('large', shared) };
  }

  /** Starts the interactive worker ahead of the first check. */
  warm(): void {
    void this.lanes.interactive.submit({ kind: 'reload' }).catch(() => undefined);
  }

  /** Sets the folders and rule selection of every worker, now and after any restart. */
  setup(setup: WorkspaceSetup): void {
    this.currentSetup = setup;
    for (const lane of Object.values(this.lanes)) if (lane.started) void lane.submit({ kind: 'setup', setup }).catch(() => undefined);
  }

  /** Makes every started worker (the interactive one always) summarise the folders' saved files again. */
  async refreshIndex(): Promise<void> {
    const lanes = Object.values(this.lanes).filter((lane) => lane.started || lane === this.lanes.interactive);
    await Promise.all(lanes.map((lane) => lane.submit({ kind: 'refresh-index' })));
  }

  /** Makes every worker read configuration and project files afresh. */
  reload(): void {
    for (const lane of Object.values(this.lanes)) if (lane.started) void lane.submit({ kind: 'reload' }).catch(() => undefined);
  }

  /** Runs a call on a lane; its answer's type follows the call's kind. */
  run<K extends Exclude<CheckerCall['kind'], 'setup' | 'reload'>>(call: Extract<CheckerCall, { kind: K }>, lane: Lane = 'interactive'): Promise<CheckerAnswers[K]> {
    return this.lanes[lane].submit(call) as Promise<CheckerAnswers[K]>;
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.lanes).map((lane) => lane.close()));
  }
}

/** The lane for a document of `length` UTF-16 units. */
export function laneFor(length: number): Lane {
  return length >= LARGE_DOCUMENT_CHARS ? 'large' : 'interactive';
}
