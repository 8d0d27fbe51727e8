// The check command's bulk-suppression and --since flags: argv → suppression options, and what the
// suppression step did → lines on stderr (the findings' own output format stays as its consumers expect).
import path from 'node:path';
import { RULES, type SuppressionOptions, type SuppressionSummary } from '../api/index.js';
import { UsageError } from './usage-error.js';

/** The flags as parseArgs gives them. */
export interface SuppressionFlags {
  readonly 'suppress-all'?: boolean | undefined;
  readonly 'suppress-rule'?: string[] | undefined;
  readonly 'prune-suppressions'?: boolean | undefined;
  readonly 'suppressions-location'?: string | undefined;
  readonly since?: string | undefined;
}

/** parseArgs definitions of the flags. */
export const SUPPRESSION_FLAG_OPTIONS = {
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean' },
  'suppressions-location': { type: 'string' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  since: { type: 'string' },
} as const;

/** The rule code a `--suppress-rule` value names: ours or a "≈" code (N801 → NAM002). */
function ruleCode(value: string): string {
  const wanted = value.trim().toUpperCase();
  const rule = RULES.find((r) => r.code === wanted) ?? RULES.find((r) => r.equivalents.includes(wanted));
  if (!rule) throw new UsageError(`unknown rule code \`${value}\` in --suppress-rule (a full code such as NAM002; run \`pystandards rules\`)`);
  return rule.code;
}

/** Suppression options from the flags; combinations that contradict each other are usage errors. */
export function suppressionOptions(flags: SuppressionFlags, cwd: string): SuppressionOptions {
  const rules = flags['suppress-rule']?.flatMap((value) => value.split(',')).filter((value) => value.trim() !== '');
  if (flags['suppress-all'] && rules) throw new UsageError('--suppress-all and --suppress-rule cannot be combined');
  if ((flags['suppress-all'] || rules) && flags['prune-suppressions']) throw new UsageError('--prune-suppressions cannot be combined with --suppress-all or --suppress-rule');
  if (flags['suppressions-location'] === '') throw new UsageError('--suppressions-location expects a file path');
  return {
    location: flags['suppressions-location'] === undefined ? undefined : path.resolve(cwd, flags['suppressions-location']),
    record: flags['suppress-all'] ? 'all' : rules ? [...new Set(rules.map(ruleCode))] : undefined,
    prune: Boolean(flags['prune-suppressions']),
    since: flags.since,
  };
}

/** True when the flags ask to write a suppressions file. */
export function writesSuppressions(flags: SuppressionFlags): boolean {
  return Boolean(flags['suppress-all'] || flags['suppress-rule'] || flags['prune-suppressions']);
}

/** Where a suppressions file is, for messages: relative to the working folder when inside it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The lines that tell what the suppression step did: files written, counts that rose, entries no longer needed. */
export function suppressionMessages(summary: SuppressionSummary, cwd: string, passOnUnpruned: boolean): string[] {
  const lines: string[] = [];
  for (const file of summary.written) lines.push(`pystandards: wrote ${shown(file, cwd)}`);
  for (const over of summary.overCount) {
    lines.push(
      `pystandards: ${over.path}: ${over.found} ${over.code} findings where ${shown(over.file, cwd)} allows ${over.recorded}: all ${over.found} are reported (counts carry no positions, so the new one cannot be told apart)`,
    );
  }
  if (summary.unused.length > 0) {
    const total = summary.unused.reduce((sum, entry) => sum + entry.count, 0);
    lines.push(`pystandards: ${passOnUnpruned ? 'warning' : 'error'}: ${total} suppressed ${total === 1 ? 'finding no longer occurs' : 'findings no longer occur'}:`);
    for (const entry of summary.unused) lines.push(`  ${shown(entry.file, cwd)}: ${entry.path} ${entry.code} (${entry.count})`);
    lines.push('  Remove them with --prune-suppressions, or pass --pass-on-unpruned-suppressions to let the run pass.');
  }
  if (summary.since) {
    const outside = summary.since.outside;
    if (outside > 0) lines.push(`pystandards: ${outside} ${outside === 1 ? 'finding' : 'findings'} on lines not changed since ${summary.since.revision} not shown`);
  }
  return lines;
}
