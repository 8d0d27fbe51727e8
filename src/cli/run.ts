// Process entry: runs the CLI and sets the exit code without cutting output short.
import './jit-flags.js';
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
