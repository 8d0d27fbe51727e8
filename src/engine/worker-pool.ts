// A pool of worker threads that check files in parallel. Results come back in file order; a
// worker that crashes or overruns its time budget costs only the file it was on.
import { Worker } from 'node:worker_threads';
import type { Settings } from '../config/index.js';
import type { FileReport } from './check-file.js';
import type { FileTask } from './file-task.js';
import { cachedSummary } from '../project-graph/index.js';
import { decodeFinding, type StoredFinding } from './finding-codec.js';
import type { FixMode } from './fix-files.js';
import type { SelectionOverrides } from './selection.js';

export interface PoolOptions {
  readonly threads: number;
  readonly settings: readonly Settings[];
  readonly overrides: SelectionOverrides;
  /** Keep each finding's source lines for code frames. */
  readonly frames: boolean;
  /** Fix the files (each worker writes the files it fixed) instead of only checking them. */
  readonly fix?: FixMode | undefined;
  /** Summarise each checked file for the link phase. */
  readonly summarize?: boolean;
  /** Milliseconds one file may take before its worker is stopped and the file reported. */
  readonly fileTimeoutMs?: number;
  /** Called as each file's report arrives; a check's findings come in their stored form too. */
  readonly onResult?: (report: FileReport, task: FileTask, stored?: readonly StoredFinding[]) => void;
}

const DEFAULT_FILE_TIMEOUT_MS = 120_000;
const TASKS_IN_FLIGHT = 2;
/**
 * A young generation per worker below V8's default: checking allocates many short-lived objects,
 * and the default semi-spaces cost each worker ~50 MB of resident memory for no measurable
 * speed-up. 16 MB, not 8: with the project summary's allocation, a cold standard-library run
 * scavenged twice as often at 8 MB (about 200 times a worker, 450 ms, against 100 and 365 ms).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** A worker's answer: a fixed file's report as is, or a check's findings in their stored form. */
type WorkerMessage =
  | { readonly index: number; readonly report: FileReport; readonly checked?: undefined }
  | { readonly index: number; readonly report?: undefined; readonly checked: StoredReport };

interface StoredReport {
  readonly path: string;
  readonly errors: readonly string[];
  readonly findings: readonly StoredFinding[];
  readonly unchecked: boolean | undefined;
  /** The summary as JSON text, which crosses threads as one string (its objects cost more to copy). */
  readonly summary?: { readonly json: string; readonly coroutines: boolean };
}

function decodeReport(stored: StoredReport, absolutePath: string): FileReport {
  const findings = stored.findings.map((finding) => decodeFinding(finding, stored.path, absolutePath));
  return { path: stored.path, errors: stored.errors, findings, ...(stored.unchecked && { unchecked: true }), ...(stored.summary && { summary: cachedSummary(stored.summary.json, stored.summary.coroutines) }) };
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not yet answered, oldest first: the first is the one being checked. */
  readonly inFlight: FileTask[];
  timer: NodeJS.Timeout | undefined;
}

/** Checks `tasks` on `options.threads` workers; resolves with one report per task, in the order given. */
export function checkInPool(tasks: readonly FileTask[], options: PoolOptions): Promise<FileReport[]> {
  const results = new Map<number, FileReport>();
  const queue = [...tasks];
  const timeout = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  let remaining = tasks.length;
  const slots: Slot[] = [];

  return new Promise((resolve) => {
    if (remaining === 0) {
      resolve([]);
      return;
    }
    const finish = (task: FileTask, report: FileReport, stored?: readonly StoredFinding[]): void => {
      if (results.has(task.index)) return;
      results.set(task.index, report);
      remaining--;
      options.onResult?.(report, task, stored);
      if (remaining === 0) {
        for (const slot of slots) void slot.worker.terminate();
        resolve(tasks.map((task) => results.get(task.index) as FileReport));
      }
    };
    const armTimer = (slot: Slot): void => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = undefined;
      const current = slot.inFlight[0];
      if (!current) return;
      slot.timer = setTimeout(() => fail(slot, `took longer than ${Math.round(timeout / 1000)} s`), timeout);
    };
    const feed = (slot: Slot): void => {
      while (slot.inFlight.length < TASKS_IN_FLIGHT && queue.length > 0) {
        const task = queue.shift() as FileTask;
        slot.inFlight.push(task);
        const transfer = task.bytes && ownsWholeBuffer(task.bytes) ? [task.bytes.buffer as ArrayBuffer] : [];
        slot.worker.postMessage(task, transfer);
      }
      armTimer(slot);
    };
    /** The worker died or hung: report the file it was on, requeue the rest, start a new worker. */
    const fail = (slot: Slot, reason: string): void => {
      const [culprit, ...others] = slot.inFlight.splice(0);
      if (slot.timer) clearTimeout(slot.timer);
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      queue.unshift(...others);
      if (culprit) finish(culprit, { path: culprit.path, findings: [], errors: [`internal error while checking ${culprit.path}: ${reason}`], unchecked: true });
      if (remaining > 0) {
        slot.worker = spawn(slot);
        feed(slot);
      }
    };
    const spawn = (slot: Slot): Worker => {
      const worker = new Worker(new URL('./check-worker.js', import.meta.url), {
        workerData: { settings: options.settings, overrides: options.overrides, frames: options.frames, fix: options.fix, summarize: options.summarize ?? false },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.on('message', (message: WorkerMessage) => {
        const position = slot.inFlight.findIndex((task) => task.index === message.index);
        // An answer for a task this slot no longer holds (given up on) is dropped.
        if (position < 0) return;
        const task = slot.inFlight.splice(position, 1)[0] as FileTask;
        if (message.report) finish(task, message.report);
        else finish(task, decodeReport(message.checked, task.absolutePath), message.checked.findings);
        feed(slot);
      });
      worker.on('error', (error) => fail(slot, `the worker crashed: ${error.message}`));
      worker.on('exit', (code) => {
        if (remaining > 0 && slot.worker === worker) fail(slot, `the worker exited with code ${code}`);
      });
      return worker;
    };
    const count = Math.max(1, Math.min(options.threads, tasks.length));
    for (let i = 0; i < count; i++) {
      const slot: Slot = { worker: undefined as unknown as Worker, inFlight: [], timer: undefined };
      slot.worker = spawn(slot);
      slots.push(slot);
      feed(slot);
    }
  });
}

/**
 * True when the bytes are the whole of their ArrayBuffer, so moving it to a worker loses nothing;
 * small files share Node's buffer pool and are copied instead.
 */
function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}
