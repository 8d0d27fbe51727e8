// Table tests for what the link phase finds across modules: each case is a small project,
// checked as `pystandards check .` would check it, and the findings that need the project graph.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runCheck, runCheckParallel, type RunReport } from '../../src/engine/index.js';
import { writeProject, type ProjectFiles } from './project-tester.js';

export interface GraphCase {
  readonly name: string;
  /** Files by project-relative path; a `pyproject.toml` declaring Python 3.12 is added when absent. */
  readonly files: ProjectFiles;
  /** `file:row:column CODE` of each expected finding of the selected codes. */
  readonly findings: readonly string[];
  /** Exact messages of the findings, in order, where the case checks them. */
  readonly messages?: readonly string[];
}

const PYPROJECT = '[project]\nname = "shop"\nrequires-python = ">=3.12"\n';

/** The findings of `report` whose codes are selected, as `file:row:column CODE`. */
export function located(report: RunReport): string[] {
  return report.files.flatMap((file) => file.findings.map((f) => `${f.filename}:${f.location.row}:${f.location.column} ${f.code}`));
}

export function messages(report: RunReport): string[] {
  return report.files.flatMap((file) => file.findings.map((f) => f.message));
}

export function writeGraphProject(files: ProjectFiles): string {
  return writeProject({ 'pyproject.toml': PYPROJECT, ...files });
}

/**
 * Runs each case on the calling thread and again through the worker pool with the cache (both
 * must agree: summaries cross threads and the cache the same way findings do).
 */
export function testProjectGraph(select: readonly string[], cases: readonly GraphCase[]): void {
  describe(`project graph (${select.join(', ')})`, () => {
    for (const entry of cases) {
      it(entry.name, async () => {
        const root = writeGraphProject(entry.files);
        try {
          const single = runCheck(['.'], { cwd: root, select, frames: false });
          assert.deepEqual(located(single), entry.findings);
          if (entry.messages) assert.deepEqual(messages(single), entry.messages);
          const pooled = await runCheckParallel(['.'], { cwd: root, select, frames: false, threads: 2 });
          assert.deepEqual(located(pooled), entry.findings, 'through the cache');
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      });
    }
  });
}
