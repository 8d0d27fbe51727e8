// Runs one checker call against a workspace: what every checker worker does with each message.
import type { Workspace } from '../api/index.js';
import type { CheckerCall, CheckerRequest, CheckerResponse } from './checker-calls.js';

function run(workspace: Workspace, call: CheckerCall): unknown {
  switch (call.kind) {
    case 'setup':
      workspace.setFolders(call.setup.folders);
      for (const [folder, overrides] of call.setup.overrides) workspace.setOverrides(folder ?? undefined, overrides);
      return null;
    case 'reload':
      workspace.reload();
      return null;
    case 'refresh-index':
      return workspace.refreshIndex().then(() => null);
    case 'check':
      return workspace.checkDocument(call.document);
    case 'fix-all':
      return workspace.fixAll(call.document, { unsafe: call.unsafe });
    case 'organize-imports':
      return workspace.organizeImports(call.document);
    case 'disable-on-line':
      return workspace.disableOnLine(call.document, call.targets);
    case 'check-projects':
      return workspace.checkProjects(call.paths);
  }
}

/** The answer to one request; a bug in the checker fails this call only, and the worker goes on serving. */
export async function answer(workspace: Workspace, request: CheckerRequest): Promise<CheckerResponse> {
  try {
    return { id: request.id, ok: true, value: await run(workspace, request.call) };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
