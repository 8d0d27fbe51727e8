#!/usr/bin/env node
// Runs the bundled CLI (npm ci builds it through the `prepare` script; scripts/bundle.js).
import('../dist/bundle/cli.js').catch((error) => {
  process.stderr.write(`pystandards: cannot start: ${error && error.message ? error.message : error}\n`);
  process.stderr.write('pystandards: was the package built? Run `npm ci` (or `npm run build`).\n');
  process.exitCode = 2;
});
