// Worker thread of the pool: checks the files it is sent, each with its own parser and rules.
import { parentPort, workerData } from 'node:worker_threads';
import type { Settings } from '../config/index.js';
import { encodeFinding } from './finding-codec.js';
import { runTask, type FileTask } from './file-task.js';
import type { FixMode } from './fix-files.js';
import { RuleSet } from './rule-set.js';
import type { SelectionOverrides } from './selection.js';

interface WorkerInit {
  readonly settings: readonly Settings[];
  readonly overrides: SelectionOverrides;
  readonly frames: boolean;
  readonly fix: FixMode | undefined;
  readonly summarize: boolean;
}

const init = workerData as WorkerInit;
const ruleSet = new RuleSet(init.overrides);
const port = parentPort;
if (!port) throw new Error('check-worker must run in a worker thread');

port.on('message', (task: FileTask) => {
  const settings = init.settings[task.settingsIndex];
  try {
    if (!settings) throw new Error(`no settings #${task.settingsIndex}`);
    const report = runTask(task, settings, ruleSet, init.frames, init.fix, init.summarize);
    // A check's findings cross as arrays without the strings their code determines (rule name, URL,
    // section): the copy costs a fraction of whole Finding objects. Fixed files keep their own shape.
    if (init.fix) port.postMessage({ index: task.index, report });
    else port.postMessage({ index: task.index, checked: { path: report.path, errors: report.errors, findings: report.findings.map(encodeFinding), unchecked: report.unchecked, summary: report.summary && { json: JSON.stringify(report.summary), coroutines: report.summary.coroutines } } });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    port.postMessage({ index: task.index, report: { path: task.path, findings: [], errors: [`internal error while checking ${task.path}: ${reason}`], unchecked: true } });
  }
});
