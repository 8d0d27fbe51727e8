#!/usr/bin/env node
// Bundles the compiled CLI and its worker threads into dist/bundle/. Node loads one file (and a
// shared chunk) instead of ~160 ES modules, each resolved, read and linked on its own: that took
// about 100 ms of every start, in the process and again in each worker thread.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Chunk names carry a content hash: without a clean folder, old chunks would pile up.
rmSync(path.join(root, 'dist', 'bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'dist/src/cli/run.js',
    // Workers are started by URL, relative to the module that starts them: in the bundle, that is
    // this folder, so they keep the file names they have in dist/src.
    'check-worker': 'dist/src/engine/check-worker.js',
    'mcp-check-worker': 'dist/src/mcp/mcp-check-worker.js',
    'lsp-check-worker': 'dist/src/lsp/lsp-check-worker.js',
  },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // CommonJS dependencies (the LSP library) require Node's built-ins; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as __pystandardsRequire } from 'node:module'; const require = __pystandardsRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The compliance report's page script with the parts of Apache ECharts it uses, for inlining into
// the HTML report (it must work offline, so nothing is loaded from elsewhere).
await build({
  absWorkingDir: root,
  entryPoints: ['src/report-page/page.ts'],
  outfile: 'dist/bundle/report-page.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'inline',
  logLevel: 'warning',
});
