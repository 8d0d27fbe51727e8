// Process entry: runs the CLI and sets the exit code without cutting output short.
import { runCli } from './main.js';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
