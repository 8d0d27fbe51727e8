// A finding in one file, before positions are turned into lines and columns for output.
import type { Fix } from '../fix/index.js';
import type { FindingCondition } from './project-condition.js';

export interface Diagnostic {
  readonly code: string;
  /** The rule's kebab-case name. */
  readonly rule: string;
  readonly message: string;
  /** Which of the rule's messages this is (for tests and tools). */
  readonly messageId: string;
  /** UTF-16 offsets into the file's text. */
  readonly start: number;
  readonly end: number;
  readonly fix?: Fix;
  /**
   * The 1-based row whose `# noqa` covers this diagnostic, set by `lintSource` only where it is not
   * the row the diagnostic starts on (inside a multi-line string, after a `\\` continuation).
   */
  readonly noqaRow?: number;
  /** Set when the finding depends on other modules of the project (see project-condition.ts). */
  readonly condition?: FindingCondition;
}
