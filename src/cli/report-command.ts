// `pystandards report`: argv → api (check, summary) → the HTML page or its JSON data, written to a file or stdout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, buildReport, renderReportHtml } from '../api/index.js';
import { matchSelector } from '../engine/index.js';
import { REPORT_HELP } from './help.js';
import { UsageError } from './usage-error.js';

export interface ReportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

function splitCodes(values: readonly string[] | undefined, flag: string): string[] | undefined {
  if (!values) return undefined;
  const codes = values.flatMap((value) => value.split(',')).map((code) => code.trim()).filter(Boolean);
  const unknown = codes.find((code) => !matchSelector(code, RULES));
  if (unknown !== undefined) throw new UsageError(`unknown rule code or prefix \`${unknown}\` in ${flag}`);
  return codes;
}

/** Builds the report and writes it; exit 0 whatever the findings (a report is not a gate), 2 on errors. */
export async function runReportCommand(args: readonly string[], io: ReportIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      'output-format': { type: 'string' },
      history: { type: 'string' },
      select: { type: 'string', multiple: true },
      'extend-select': { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      config: { type: 'string' },
      isolated: { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      threads: { type: 'string' },
      'suppressions-location': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const format = values['output-format'] ?? 'html';
  if (format !== 'html' && format !== 'json') throw new UsageError(`unknown output format \`${format}\` (expected html or json)`);
  if (format === 'html' && values.output === undefined) throw new UsageError('the HTML report needs --output FILE (or --output-format json for stdout)');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 256)) throw new UsageError(`--threads expects a whole number from 1 to 256, got \`${values.threads}\``);
  if (positionals.includes('-')) throw new UsageError('report checks files on disk; `-` (stdin) is not accepted');
  const paths = positionals.length > 0 ? positionals : ['.'];
  const result = await buildReport(paths, {
    cwd: io.cwd,
    select: splitCodes(values.select, '--select'),
    extendSelect: splitCodes(values['extend-select'], '--extend-select'),
    ignore: splitCodes(values.ignore, '--ignore'),
    configFile: values.config,
    isolated: values.isolated,
    cache: !values['no-cache'],
    threads,
    suppressionsLocation: values['suppressions-location'] === undefined ? undefined : path.resolve(io.cwd, values['suppressions-location']),
    history: values.history,
  });
  const text = format === 'html' ? renderReportHtml(result.summary) : `${JSON.stringify(result.summary, null, 2)}\n`;
  if (values.output === undefined) io.stdout(text);
  else {
    const target = path.resolve(io.cwd, values.output);
    try {
      writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const { totals } = result.summary;
    io.stderr(`Wrote ${values.output}: ${totals.findings} findings (${totals.new} new, ${totals.suppressed} suppressed) in ${totals.files} files.\n`);
  }
  if (result.historyFile) io.stderr(`Saved the report data to ${path.relative(io.cwd, result.historyFile) || result.historyFile}.\n`);
  for (const error of result.errors) io.stderr(`pystandards: error: ${error}\n`);
  return result.errors.length > 0 ? 2 : 0;
}
