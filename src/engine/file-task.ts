// One unit of work of a run: a file, the settings that govern it, and (with the cache) its bytes.
import type { Settings } from '../config/index.js';
import { checkBytes, checkFile, type FileReport } from './check-file.js';
import type { RuleSet } from './rule-set.js';

export interface FileTask {
  /** Position in the run's sorted file list; results are put back in this order. */
  readonly index: number;
  readonly path: string;
  readonly absolutePath: string;
  /** Index into the run's list of distinct settings. */
  readonly settingsIndex: number;
  /** The file's content when the main thread already read it (to hash it for the cache). */
  readonly bytes?: Uint8Array;
}

/** Checks one task with the rules its settings enable. Never throws for bad input. */
export function runTask(task: FileTask, settings: Settings, ruleSet: RuleSet, frames = true): FileReport {
  const options = { settings, rules: ruleSet.rulesFor(settings), ignoredCodes: ruleSet.ignoredCodes(settings, task.absolutePath), absolutePath: task.absolutePath, frames };
  if (task.bytes) return checkBytes(task.path, task.bytes, options);
  return checkFile(task.path, task.absolutePath, options);
}
