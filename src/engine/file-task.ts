// One unit of work of a run: a file, the settings that govern it, and (with the cache) its bytes.
import type { Settings } from '../config/index.js';
import { checkBytes, checkFile, type FileReport } from './check-file.js';
import { fixFile, type FixMode } from './fix-files.js';
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

/**
 * Checks one task with the rules its settings enable, or with `fix` fixes it (writing the file, or
 * describing the change) and reports what remains. With `summarize`, the report carries the
 * file's summary for the link phase. Never throws for bad input.
 */
export function runTask(task: FileTask, settings: Settings, ruleSet: RuleSet, frames = true, fix?: FixMode, summarize = false): FileReport {
  const rules = ruleSet.rulesFor(settings);
  const ignoredCodes = ruleSet.ignoredCodes(settings, task.absolutePath);
  if (fix) return fixFile(task.path, task.absolutePath, settings, rules, ignoredCodes, fix);
  const options = { settings, rules, ignoredCodes, absolutePath: task.absolutePath, frames, summarize };
  if (task.bytes) return checkBytes(task.path, task.bytes, options);
  return checkFile(task.path, task.absolutePath, options);
}
