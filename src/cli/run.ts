// Process entry: runs the CLI and sets the exit code without cutting output short.
import { main } from './main.js';

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
