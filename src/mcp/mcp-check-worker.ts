// Worker thread that runs the checker for the MCP server, so a call can be stopped at its time budget.
import { parentPort } from 'node:worker_threads';
import { ConfigError, checkPathsParallel, checkText, fixText } from '../api/index.js';
import { WORKER_READY, type WorkerRequest, type WorkerResponse } from './runner.js';

function run(request: WorkerRequest): unknown {
  switch (request.task.kind) {
    case 'check':
      return checkText(request.task.code, request.task.options);
    case 'fix':
      return fixText(request.task.code, request.task.options);
    case 'check-paths':
      // On this thread, with the result cache: the rest of the root is summarised for the link
      // phase (see `linkWithin`), and unchanged files come from the cache on later calls.
      return checkPathsParallel(request.task.paths, { ...request.task.options, threads: 1 });
  }
}

parentPort?.on('message', async (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, value: await run(request) };
  } catch (error) {
    const message = error instanceof ConfigError ? error.describe() : error instanceof Error ? error.message : String(error);
    response = { id: request.id, ok: false, message };
  }
  parentPort?.postMessage(response);
});

parentPort?.postMessage(WORKER_READY);
