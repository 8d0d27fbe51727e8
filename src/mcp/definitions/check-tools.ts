// Tools that run the checker: on code sent by the client, and on files inside the allowed roots.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isKnownSelector, type SuppressionSummary } from '../../api/index.js';
import {
  checkFilename,
  codeArgument,
  filenameArgument,
  findingSchema,
  summarize,
  summarySchema,
  toToolFinding,
} from './findings.js';
import { READ_ONLY, ToolError, defineTool } from './types.js';

const MAX_PATHS = 64;

export const checkPythonCode = defineTool({
  name: 'check_python_code',
  title: 'Check Python code against the standards',
  description:
    'Checks Python source against the standards and returns every finding with its rule code, message, ' +
    'line/column range, the section of the standards that requires it and whether a fix is available. ' +
    'Never touches the disk. Call it on code you wrote before handing it over; then call fix_python_code ' +
    'for the fixable findings and fix the rest by hand.',
  input: z.object({
    code: codeArgument,
    filename: filenameArgument,
    select: z
      .array(z.string().min(1).max(20))
      .max(100)
      .optional()
      .describe('Check only these rule codes or prefixes (e.g. ["ASY", "ERR004"]); default: every rule that is on by default.'),
  }),
  output: z.object({
    filename: z.string(),
    passed: z.boolean().describe('True when there are no findings.'),
    summary: summarySchema,
    findings: z.array(findingSchema),
    errors: z.array(z.string()),
  }),
  annotations: READ_ONLY,
  async run({ code, filename, select }, { runner }) {
    const name = checkFilename(filename);
    const unknown = select?.find((selector) => !isKnownSelector(selector));
    if (unknown !== undefined) throw new ToolError(`Unknown rule code or prefix "${unknown}" in select; list_rules shows the codes.`);
    const result = await runner.check(code, { filename: name, ...(select && { select }) });
    const findings = result.findings.map(toToolFinding);
    const data = { filename: name, passed: findings.length === 0 && result.errors.length === 0, summary: summarize(findings), findings, errors: [...result.errors] };
    return { data, text: JSON.stringify(data, null, 2) };
  },
});

export const fixPythonCode = defineTool({
  name: 'fix_python_code',
  title: 'Apply the safe fixes',
  description:
    'Applies every safe fix (and, with unsafe=true, the unsafe ones too) to Python source until nothing changes, ' +
    'and returns the fixed code, the fixes applied, the findings that remain and a unified diff. Never touches ' +
    'the disk; fixing its own output changes nothing.',
  input: z.object({
    code: codeArgument,
    filename: filenameArgument,
    unsafe: z.boolean().optional().describe('Also apply fixes that may change behaviour (default false).'),
  }),
  output: z.object({
    filename: z.string(),
    changed: z.boolean(),
    fixed_code: z.string(),
    applied: z.array(z.object({ code: z.string(), message: z.string(), fix: z.string() })),
    remaining: z.array(findingSchema),
    diff: z.string().describe('Unified diff from the input to fixed_code; empty when nothing changed.'),
    problems: z.array(z.string()).describe('Fixes that were refused or did not settle.'),
  }),
  annotations: READ_ONLY,
  async run({ code, filename, unsafe }, { runner }) {
    const name = checkFilename(filename);
    const result = await runner.fix(code, { filename: name, unsafe: unsafe ?? false });
    const data = {
      filename: name,
      changed: result.output !== code,
      fixed_code: result.output,
      applied: result.fixed.map((fix) => ({ code: fix.code, message: fix.message, fix: fix.fix })),
      remaining: result.remaining.map(toToolFinding),
      diff: result.diff,
      problems: [...result.problems],
    };
    return { data, text: JSON.stringify(data, null, 2) };
  },
});

/** The real path of `given` (relative paths are relative to the first root) if it lies in a root. */
function confinedPath(given: string, roots: readonly string[]): string {
  const [base] = roots;
  if (base === undefined) throw new ToolError('check_files has no allowed folders');
  let real: string;
  try {
    real = realpathSync(path.resolve(base, given));
  } catch {
    throw new ToolError(`Path does not exist: ${given}`);
  }
  const inside = roots.some((root) => {
    const relative = path.relative(root, real);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
  if (!inside) throw new ToolError(`Path is outside the allowed folders (${roots.join(', ')}): ${given}`);
  return real;
}

/** What the bulk suppressions file did, as the tools report it. */
const suppressionFields = {
  suppressed: z.number().int().describe('Findings hidden by the project\'s pystandards-suppressions.json (recorded with check --suppress-all).'),
  unused_suppressions: z
    .array(z.object({ file: z.string(), path: z.string(), code: z.string(), count: z.number().int() }))
    .describe('Recorded findings that no longer occur: the suppressions file should be pruned (check --prune-suppressions).'),
};

function suppressionData(summary: SuppressionSummary | undefined): { suppressed: number; unused_suppressions: { file: string; path: string; code: string; count: number }[] } {
  return {
    suppressed: summary?.suppressed ?? 0,
    unused_suppressions: (summary?.unused ?? []).map(({ file, path: entry, code, count }) => ({ file, path: entry, code, count })),
  };
}

export const checkFiles = defineTool({
  name: 'check_files',
  title: 'Check files in the project',
  description:
    'Checks Python files and folders on disk against the standards, with the project\'s own configuration and ' +
    'its bulk suppressions file (findings recorded there are not reported). ' +
    'Only paths inside the server\'s allowed folders (--root) are accepted; relative paths are relative to the ' +
    'first of them. Symlinks and ".." are resolved before the check.',
  input: z.object({
    paths: z.array(z.string().min(1).max(4096)).min(1).max(MAX_PATHS).describe('Files or folders to check.'),
  }),
  output: z.object({
    roots: z.array(z.string()),
    files_checked: z.number().int(),
    passed: z.boolean(),
    summary: summarySchema,
    findings: z.array(findingSchema),
    errors: z.array(z.string()),
    ...suppressionFields,
  }),
  annotations: READ_ONLY,
  available: ({ roots }) => roots !== undefined && roots.length > 0,
  async run({ paths }, { runner, roots }) {
    const allowed = roots ?? [];
    const real = paths.map((given) => confinedPath(given, allowed));
    const report = await runner.checkPaths(real, { cwd: allowed[0], confineTo: allowed, linkWithin: allowed });
    const findings = report.files.flatMap((file) => file.findings).map(toToolFinding);
    const errors = report.files.flatMap((file) => file.errors);
    const data = {
      roots: [...allowed],
      files_checked: report.fileCount,
      passed: findings.length === 0 && errors.length === 0,
      summary: summarize(findings),
      findings,
      errors,
      ...suppressionData(report.suppression),
    };
    return { data, text: JSON.stringify(data, null, 2) };
  },
});

/** A git revision as an argument: no option-looking values reach git. */
const revisionArgument = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^-\s][^\s]*$/, 'a git revision such as HEAD, main or a commit hash')
  .optional()
  .describe('Git revision to compare with (default HEAD: the changes not committed yet, staged or not, and untracked files); REV... (as origin/main...) compares with where the branch left REV, as a pull request does.');

export const checkChanges = defineTool({
  name: 'check_changes',
  title: 'Check what changed since a git revision',
  description:
    'Checks the project like check_files, but reports only findings on lines added or changed since a git ' +
    'revision (default HEAD): the work tree against it, staged and unstaged, plus untracked files. Call it after ' +
    'editing to see what your own changes introduced. The bulk suppressions file applies too. Only folders ' +
    'inside the server\'s allowed folders (--root) are checked; the folder must be in a git repository.',
  input: z.object({
    since: revisionArgument,
    paths: z
      .array(z.string().min(1).max(4096))
      .min(1)
      .max(MAX_PATHS)
      .optional()
      .describe('Files or folders to check (default: every allowed folder).'),
  }),
  output: z.object({
    roots: z.array(z.string()),
    since: z.string(),
    files_checked: z.number().int(),
    passed: z.boolean().describe('True when the changed lines have no findings.'),
    summary: summarySchema,
    findings: z.array(findingSchema),
    outside_changes: z.number().int().describe('Findings on lines that did not change (not listed).'),
    errors: z.array(z.string()),
    ...suppressionFields,
  }),
  annotations: READ_ONLY,
  available: ({ roots }) => roots !== undefined && roots.length > 0,
  async run({ since, paths }, { runner, roots }) {
    const allowed = roots ?? [];
    const revision = since ?? 'HEAD';
    const real = (paths ?? allowed).map((given) => confinedPath(given, allowed));
    const report = await runner.checkPaths(real, { cwd: allowed[0], confineTo: allowed, linkWithin: allowed, suppressions: { since: revision } });
    const findings = report.files.flatMap((file) => file.findings).map(toToolFinding);
    const errors = report.files.flatMap((file) => file.errors);
    const data = {
      roots: [...allowed],
      since: revision,
      files_checked: report.fileCount,
      passed: findings.length === 0 && errors.length === 0,
      summary: summarize(findings),
      findings,
      outside_changes: report.suppression?.since?.outside ?? 0,
      errors,
      ...suppressionData(report.suppression),
    };
    return { data, text: JSON.stringify(data, null, 2) };
  },
});
