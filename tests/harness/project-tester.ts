// Table tests for project rules: each case is a small project written to a temporary folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GitIgnore } from '../../src/engine/gitignore.js';
import { lintProject, type Rule } from '../../src/linter/index.js';
import { ProjectIndex } from '../../src/project/index.js';
import { LineIndex } from '../../src/syntax/index.js';
import { expectedError, type ExpectedError } from './rule-tester.js';
import { settingsWith } from './settings.js';

/** Project files by path relative to the project root; a path ending in `/` is an empty folder. */
export type ProjectFiles = Readonly<Record<string, string>>;

export interface ValidProjectCase {
  readonly name: string;
  readonly files: ProjectFiles;
  /** A `[tool.pystandards]` table for this case. */
  readonly options?: Record<string, unknown>;
  /** Leave out the `.git/` folder that makes the project a git work tree. */
  readonly outsideGit?: boolean;
}

export interface ExpectedProjectError extends ExpectedError {
  /** The file the finding is on, relative to the project root. */
  readonly file: string;
}

export interface InvalidProjectCase extends ValidProjectCase {
  readonly errors: readonly ExpectedProjectError[];
}

export interface PlacedDiagnostic {
  readonly file: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** Writes `files` into a new temporary folder (with `.git/` unless `outsideGit`) and returns it. */
export function writeProject(files: ProjectFiles, outsideGit = false): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pystandards-project-'));
  const all: Record<string, string> = outsideGit ? { ...files } : { '.git/HEAD': 'ref: refs/heads/main\n', ...files };
  for (const [relative, text] of Object.entries(all)) {
    const target = path.join(root, relative);
    if (relative.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

/** Runs `rule` on the project at `root` and places its diagnostics (files relative to `root`). */
export function runProjectRule(rule: Rule, root: string, options: Record<string, unknown> = {}): PlacedDiagnostic[] {
  const projects = new ProjectIndex(new GitIgnore());
  const projectRoot = projects.rootOf(root);
  assert.ok(projectRoot, 'the test folder is not a project');
  const result = lintProject(projects.project(projectRoot), settingsWith(options, projectRoot), [rule]);
  assert.deepEqual(result.internalErrors, [], 'the rule threw');
  return result.diagnostics.map(({ file, diagnostic }) => {
    const lines = new LineIndex(file.text);
    const start = lines.location(diagnostic.start);
    const end = lines.location(diagnostic.end);
    return {
      file: path.relative(root, file.path).split(path.sep).join('/'),
      messageId: diagnostic.messageId,
      line: start.row,
      column: start.column,
      endLine: end.row,
      endColumn: end.column,
      message: diagnostic.message,
    };
  });
}

/** Registers node:test cases for a project rule. */
export function testProjectRule(rule: Rule, cases: { valid: readonly ValidProjectCase[]; invalid: readonly InvalidProjectCase[] }): void {
  const seen = new Set<string>();
  const key = (c: ValidProjectCase): void => {
    const k = JSON.stringify([c.files, c.options ?? {}, c.outsideGit ?? false]);
    assert.ok(!seen.has(k), `duplicate test case for ${rule.code}: ${c.name}`);
    seen.add(k);
  };
  describe(`${rule.code} ${rule.name}`, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        key(c);
        it(c.name, () => {
          const found = withProject(c, (root) => runProjectRule(rule, root, c.options));
          assert.deepEqual(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`), [], 'expected no diagnostics');
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        key(c);
        it(c.name, () => {
          assert.ok(c.errors.length > 0, 'an invalid case lists at least one error');
          const actual = withProject(c, (root) => runProjectRule(rule, root, c.options));
          assert.deepEqual(actual, c.errors.map((e, i) => ({ file: e.file, ...expectedError(rule, e, actual[i]) })));
        });
      }
    });
  });
}

function withProject<T>(c: ValidProjectCase, run: (root: string) => T): T {
  const root = writeProject(c.files, c.outsideGit);
  try {
    return run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
