// Ruff compiled to WebAssembly as a test oracle: same files, same rule families, compared by line.
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface OracleFinding {
  readonly code: string;
  readonly row: number;
  /** 1-based column of the start (UTF-16 code units). */
  readonly column: number;
  readonly message: string;
}

/** A Ruff workspace configured for `select` at target py312 (plus extra lint settings). */
export function ruffOracle(select: readonly string[], lint: Record<string, unknown> = {}): (source: string) => OracleFinding[] {
  const workspace = new Workspace({ 'target-version': 'py312', lint: { select, ...lint } }, PositionEncoding.Utf16);
  return (source) =>
    (workspace.check(source) as { code: string | null; message: string; start_location: { row: number; column: number } }[])
      .filter((d) => d.code !== null)
      .map((d) => ({ code: d.code as string, row: d.start_location.row, column: d.start_location.column, message: d.message }));
}

/** The installed Python standard library folder (site-packages excluded by the walk). */
export function stdlibPath(): string {
  return execFileSync('python3', ['-c', "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
}

/** Every `.py` file under `root`, sorted, skipping `site-packages` and `__pycache__`. */
export function pythonFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'site-packages' && entry.name !== '__pycache__') walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.py')) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

/** Reads a file as UTF-8, or undefined when it is not valid UTF-8 (both tools then skip it). */
export function readUtf8(file: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Agreement of two sets of (file, line) keys. */
export interface Agreement {
  readonly ruff: string;
  readonly ours: string;
  readonly both: number;
  readonly onlyRuff: string[];
  readonly onlyOurs: string[];
  readonly precision: number;
  readonly recall: number;
}

export function agreement(ruff: string, ours: string, ruffKeys: ReadonlySet<string>, ourKeys: ReadonlySet<string>): Agreement {
  const onlyRuff = [...ruffKeys].filter((k) => !ourKeys.has(k));
  const onlyOurs = [...ourKeys].filter((k) => !ruffKeys.has(k));
  const both = ourKeys.size - onlyOurs.length;
  return {
    ruff,
    ours,
    both,
    onlyRuff,
    onlyOurs,
    precision: ourKeys.size === 0 ? 1 : both / ourKeys.size,
    recall: ruffKeys.size === 0 ? 1 : both / ruffKeys.size,
  };
}

/** A markdown table row for the closing notes. */
export function agreementRow(a: Agreement): string {
  return `| ${a.ruff} | ${a.ours} | ${a.both + a.onlyRuff.length} | ${a.both + a.onlyOurs.length} | ${a.both} | ${a.precision.toFixed(4)} | ${a.recall.toFixed(4)} |`;
}

/** A Ruff finding with its fix applied alone to the source (undefined when it has no fix). */
export interface OracleFixedFinding extends OracleFinding {
  readonly fixed: string | undefined;
}

/** Like `ruffOracle`, but also returns, for each finding, the source with that finding's fix applied. */
export function ruffFixOracle(select: readonly string[], lint: Record<string, unknown> = {}): (source: string) => OracleFixedFinding[] {
  const workspace = new Workspace({ 'target-version': 'py312', lint: { select, ...lint } }, PositionEncoding.Utf16);
  type Location = { row: number; column: number };
  type Diagnostic = {
    code: string | null;
    message: string;
    start_location: Location;
    fix: { edits: { content: string | null; location: Location; end_location: Location }[] } | null;
  };
  return (source) => {
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
    const offset = (location: Location): number => (lineStarts[location.row - 1] ?? source.length) + location.column - 1;
    return (workspace.check(source) as Diagnostic[])
      .filter((d) => d.code !== null)
      .map((d) => {
        const edits = [...(d.fix?.edits ?? [])].sort((a, b) => offset(b.location) - offset(a.location));
        let fixed: string | undefined = d.fix ? source : undefined;
        for (const edit of edits) fixed = `${(fixed ?? '').slice(0, offset(edit.location))}${edit.content ?? ''}${(fixed ?? '').slice(offset(edit.end_location))}`;
        return { code: d.code as string, row: d.start_location.row, column: d.start_location.column, message: d.message, fixed };
      });
  };
}
