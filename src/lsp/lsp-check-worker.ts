// Worker thread that holds the language server's workspace and runs its checks, off the protocol thread.
import { parentPort } from 'node:worker_threads';
import { Workspace } from '../api/index.js';
import { CHECKER_READY, type CheckerRequest } from './checker-calls.js';
import { answer } from './run-checker-call.js';

const workspace = new Workspace();
parentPort?.on('message', async (request: CheckerRequest) => parentPort?.postMessage(await answer(workspace, request)));
parentPort?.postMessage(CHECKER_READY);
