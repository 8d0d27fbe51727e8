// Keeps each open document's latest check: one run at a time per document, changes made meanwhile
// folded into a single follow-up run of the newest text, stale results dropped.
import type { DocumentReport } from '../api/index.js';
import { laneFor, type CheckerPool } from './checker-pool.js';

/** A document the server checks. */
export interface CheckedDocument {
  readonly uri: string;
  /** Where it is (or will be) saved. */
  readonly path: string;
  readonly version: () => number;
  readonly text: () => string;
}

/** A report and the document version and configuration generation it was made for. */
export interface VersionedReport {
  readonly version: number;
  readonly generation: number;
  readonly report: DocumentReport;
}

interface Tracked {
  readonly document: CheckedDocument;
  latest: VersionedReport | undefined;
  /** The version and generation of the run in flight. */
  running: { readonly version: number; readonly generation: number } | undefined;
  scheduled: boolean;
  /** Whether the last run failed (worker crash, time budget). */
  lastFailed: boolean;
  /** Called after each run that settled (fresh or failed), so waiters can look again. */
  readonly settled: (() => void)[];
  closed: boolean;
}

export interface DocumentChecksEvents {
  /** A fresh report for the document's current version. */
  readonly onReport: (document: CheckedDocument, report: VersionedReport) => void;
  /** A check that failed (its worker crashed or it ran past its budget). */
  readonly onFailure: (document: CheckedDocument, error: Error) => void;
}

/** Runs and remembers the checks of open documents. */
export class DocumentChecks {
  private readonly tracked = new Map<string, Tracked>();
  private generation = 0;

  constructor(
    private readonly pool: CheckerPool,
    private readonly events: DocumentChecksEvents,
  ) {}

  /** Asks for a check of the document's current text (after opening or changing it). */
  update(document: CheckedDocument): void {
    let tracked = this.tracked.get(document.uri);
    if (!tracked || tracked.document !== document) {
      if (tracked) tracked.closed = true;
      tracked = { document, latest: undefined, running: undefined, scheduled: false, lastFailed: false, settled: [], closed: false };
      this.tracked.set(document.uri, tracked);
    }
    this.schedule(tracked);
  }

  /** Forgets a closed document; a run in flight for it is ignored when it lands. */
  close(uri: string): void {
    const tracked = this.tracked.get(uri);
    if (!tracked) return;
    tracked.closed = true;
    this.tracked.delete(uri);
    for (const wake of tracked.settled.splice(0)) wake();
  }

  /** Configuration changed: every document is checked again, and older reports no longer count as fresh. */
  recheckAll(): void {
    this.generation++;
    for (const tracked of this.tracked.values()) this.schedule(tracked);
  }

  get documents(): readonly CheckedDocument[] {
    return [...this.tracked.values()].map((tracked) => tracked.document);
  }

  /** The tracked document behind `uri`. */
  document(uri: string): CheckedDocument | undefined {
    return this.tracked.get(uri)?.document;
  }

  /** The latest report, fresh or not (what was last published). */
  latest(uri: string): VersionedReport | undefined {
    return this.tracked.get(uri)?.latest;
  }

  /** The report for the document's current version and configuration, once its check is done; undefined if it failed or the document closed. */
  async fresh(uri: string): Promise<VersionedReport | undefined> {
    for (;;) {
      const tracked = this.tracked.get(uri);
      if (!tracked || tracked.closed) return undefined;
      const latest = tracked.latest;
      if (latest && latest.version === tracked.document.version() && latest.generation === this.generation) return latest;
      if (!tracked.running && !tracked.scheduled) this.schedule(tracked);
      const failed = await new Promise<boolean>((resolve) => tracked.settled.push(() => resolve(tracked.lastFailed)));
      if (failed && !tracked.running && !tracked.scheduled) return undefined;
    }
  }

  private schedule(tracked: Tracked): void {
    if (tracked.scheduled || tracked.closed) return;
    tracked.scheduled = true;
    // A run in flight is never interrupted: its follow-up starts when it lands (see `landed`).
    if (tracked.running) return;
    setImmediate(() => this.run(tracked));
  }

  private run(tracked: Tracked): void {
    tracked.scheduled = false;
    if (tracked.closed) return;
    const version = tracked.document.version();
    const generation = this.generation;
    const text = tracked.document.text();
    tracked.running = { version, generation };
    this.pool
      .run({ kind: 'check', document: { path: tracked.document.path, text } }, laneFor(text.length))
      .then(
        (report) => this.landed(tracked, { version, generation, report }, undefined),
        (error: Error) => this.landed(tracked, undefined, error),
      );
  }

  private landed(tracked: Tracked, result: VersionedReport | undefined, error: Error | undefined): void {
    tracked.running = undefined;
    tracked.lastFailed = error !== undefined;
    if (tracked.closed) return;
    if (result) {
      const fresh = result.version === tracked.document.version() && result.generation === this.generation;
      if (fresh) {
        tracked.latest = result;
        this.events.onReport(tracked.document, result);
      } else {
        // The text or the configuration moved on while it ran: check the newest instead.
        tracked.scheduled = true;
      }
    } else if (error) {
      this.events.onFailure(tracked.document, error);
    }
    if (tracked.scheduled) setImmediate(() => this.run(tracked));
    for (const wake of tracked.settled.splice(0)) wake();
  }
}
