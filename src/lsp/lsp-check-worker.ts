// Worker thread that holds the language server's workspace and runs its checks, off the protocol thread.
import { parentPort } from 'node:worker_threads';
import { Workspace } from '../api/index.js';
import { CHECKER_READY, type CheckerCall, type CheckerRequest, type CheckerResponse } from './checker-calls.js';

const workspace = new Workspace();

function run(call: CheckerCall): unknown {
  switch (call.kind) {
    case 'setup':
      workspace.setFolders(call.setup.folders);
      for (const [folder, overrides] of call.setup.overrides) workspace.setOverrides(folder ?? undefined, overrides);
      return null;
    case 'reload':
      workspace.reload();
      return null;
    case 'check':
      return workspace.checkDocument(call.document);
    case 'fix-all':
      return workspace.fixAll(call.document, { unsafe: call.unsafe });
    case 'organize-imports':
      return workspace.organizeImports(call.document);
    case 'check-projects':
      return workspace.checkProjects(call.paths);
  }
}

parentPort?.on('message', (request: CheckerRequest) => {
  let response: CheckerResponse;
  try {
    response = { id: request.id, ok: true, value: run(request.call) };
  } catch (error) {
    // A bug in the checker fails this call only; the worker goes on serving.
    response = { id: request.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(response);
});

parentPort?.postMessage(CHECKER_READY);
