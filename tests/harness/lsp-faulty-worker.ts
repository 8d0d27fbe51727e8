// A checker worker with faults on demand, for the server's robustness tests: the real workspace and
// rules, plus a rule that throws on `CRASH_RULE`, an exit on `EXIT_WORKER` and an endless loop on `HANG_WORKER`.
import { parentPort } from 'node:worker_threads';
import { Workspace } from '../../src/api/index.js';
import { defineRule, type Rule } from '../../src/linter/index.js';
import { CHECKER_READY, type CheckerRequest } from '../../src/lsp/checker-calls.js';
import { answer } from '../../src/lsp/run-checker-call.js';
import { RULES } from '../../src/rules/index.js';

const crashing = defineRule({
  code: 'NAM999',
  name: 'crashes-on-demand',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: { never: 'never reported' },
  docs: { summary: 'Disallow nothing (test rule).', what: 'Throws.', why: 'Tests.', bad: '', good: '' },
  create: (context) => ({
    module: () => {
      if (context.source.text.includes('CRASH_RULE')) throw new Error('the test rule crashed on purpose');
    },
  }),
});
(RULES as Rule[]).push(crashing);

const workspace = new Workspace();
parentPort?.on('message', async (request: CheckerRequest) => {
  const text = request.call.kind === 'check' ? request.call.document.text : '';
  if (text.includes('EXIT_WORKER')) process.exit(3);
  if (text.includes('HANG_WORKER')) for (;;);
  parentPort?.postMessage(await answer(workspace, request));
});
parentPort?.postMessage(CHECKER_READY);
