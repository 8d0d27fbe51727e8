// Ruff (compiled to WebAssembly) over a folder with the rule families pystandards covers, as one
// process, printing its diagnostics as JSON: the reference the benchmark compares against.
// With --parse-only no rule is selected: Ruff still reads, lexes and parses every file and reports
// syntax errors, which is Ruff's own floor, the counterpart of parse-floor.ts.
import { readFileSync } from 'node:fs';
import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { corpusFiles } from './corpus.js';

/** Ruff's counterparts of pystandards' rule families. */
export const RUFF_SELECT = ['I', 'ANN', 'UP006', 'UP007', 'UP035', 'UP045', 'ASYNC', 'E722', 'BLE001', 'TRY002', 'N', 'S110', 'S112'];

const [root, mode] = process.argv.slice(2);
if (!root || (mode !== undefined && mode !== '--parse-only')) throw new Error('usage: ruff-wasm-check.js FOLDER [--parse-only]');
const workspace = new Workspace(
  { 'target-version': 'py312', lint: { select: mode ? [] : RUFF_SELECT, 'flake8-annotations': { 'mypy-init-return': true } } },
  PositionEncoding.Utf16,
);
const results: unknown[] = [];
for (const file of corpusFiles(root)) {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    continue;
  }
  for (const diagnostic of workspace.check(text) as object[]) results.push({ filename: file, ...diagnostic });
}
process.stdout.write(`${JSON.stringify(results)}\n`);
