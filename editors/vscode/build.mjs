// Bundles the extension and vscode-languageclient into dist/extension.js (CommonJS, as VS Code loads it).
// `node build.mjs OUTDIR` writes elsewhere (the repository's test builds into a temporary folder).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(here, 'dist');
await build({
  absWorkingDir: here,
  entryPoints: { extension: 'src/extension.ts', 'server-command': 'src/server-command.ts' },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
});
