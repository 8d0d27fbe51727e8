// Pushes diagnostics per URI, merging what different checks say about one file: a document's own
// findings, the project rules' findings (setup.py is both) and a broken configuration's diagnostic.
import type { Diagnostic } from 'vscode-languageserver/node';

export type Publish = (uri: string, diagnostics: Diagnostic[], version: number | undefined) => void;

type Origin = 'document' | 'project' | 'config';

/** Diagnostics by origin and URI; each change publishes the merged list of the URIs it touched. */
export class DiagnosticsPublisher {
  private readonly byOrigin: Record<Origin, Map<string, readonly Diagnostic[]>> = { document: new Map(), project: new Map(), config: new Map() };
  private readonly versions = new Map<string, number>();

  constructor(private readonly publish: Publish) {}

  /** A document's own findings, for the version they were found in. */
  setDocument(uri: string, version: number, diagnostics: readonly Diagnostic[]): void {
    this.versions.set(uri, version);
    this.byOrigin.document.set(uri, diagnostics);
    this.flush(uri);
  }

  /** A closed document's own findings go; what projects and configuration say about the file stays. */
  clearDocument(uri: string): void {
    this.versions.delete(uri);
    if (!this.byOrigin.document.delete(uri)) return;
    this.flush(uri);
  }

  /** Replaces every diagnostic of one origin other than documents (`project`, `config`). */
  replace(origin: Exclude<Origin, 'document'>, next: ReadonlyMap<string, readonly Diagnostic[]>): void {
    const current = this.byOrigin[origin];
    const touched = new Set([...current.keys(), ...next.keys()]);
    this.byOrigin[origin] = new Map(next);
    for (const uri of touched) {
      if (sameDiagnostics(current.get(uri), next.get(uri))) continue;
      this.flush(uri);
    }
  }

  private flush(uri: string): void {
    const merged = [...(this.byOrigin.document.get(uri) ?? []), ...(this.byOrigin.project.get(uri) ?? []), ...(this.byOrigin.config.get(uri) ?? [])];
    this.publish(uri, merged, this.versions.get(uri));
  }
}

function sameDiagnostics(a: readonly Diagnostic[] | undefined, b: readonly Diagnostic[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
