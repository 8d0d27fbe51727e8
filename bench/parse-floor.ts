// The floor: only parse every file of a folder with tree-sitter-python, on the same number of
// worker threads pystandards uses, with nothing else (no export, no rules, no output).
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseOnly } from '../src/syntax/index.js';
import { corpusFiles } from './corpus.js';

if (isMainThread) {
  const root = process.argv[2];
  const threads = Number(process.argv[3] ?? 2);
  if (!root) throw new Error('usage: parse-floor.js FOLDER [THREADS]');
  const files = corpusFiles(root);
  const share = (i: number) => files.filter((_, index) => index % threads === i);
  await Promise.all(
    Array.from({ length: threads }, (_, i) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share(i) });
        worker.on('message', () => resolve());
        worker.on('error', reject);
      }),
    ),
  );
} else {
  for (const file of workerData as string[]) {
    try {
      parseOnly(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)));
    } catch {
      // Undecodable files are skipped, as every tool in the benchmark skips them.
    }
  }
  parentPort?.postMessage('done');
}
