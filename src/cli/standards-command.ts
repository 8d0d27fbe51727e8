// `pystandards standards`: prints the standards text, a section, or the list of sections.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isKnownSelector } from '../api/index.js';
import { SettingsResolver } from '../engine/index.js';
import { StandardsLibrary, sectionUri } from '../standards/library.js';
import { STANDARDS_HELP } from './help.js';
import { UsageError } from './usage-error.js';

export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** The team standards folder: `--standards`, else `standards-dir` of the project's configuration. */
export function resolveStandardsDir(flag: string | undefined, projectFolder: string, cwd: string): string | undefined {
  if (flag !== undefined) return path.resolve(cwd, flag);
  const settings = new SettingsResolver({ isKnownSelector }).forPath(projectFolder, true);
  return settings.standardsDir === undefined ? undefined : path.resolve(settings.projectRoot, settings.standardsDir);
}

/** Prints the standards, a section, or the list of sections. */
export function runStandardsCommand(args: readonly string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      standards: { type: 'string' },
      list: { type: 'boolean' },
      'output-format': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(STANDARDS_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('standards takes at most one SECTION');
  const format = values['output-format'] ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`unknown output format \`${format}\` (expected markdown or json)`);
  const library = new StandardsLibrary({ teamDir: resolveStandardsDir(values.standards, io.cwd, io.cwd) });
  if (values.list) {
    if (format === 'json') io.stdout(`${JSON.stringify(library.index(), null, 2)}\n`);
    else {
      const width = Math.max(...library.sections.map((s) => s.id.length));
      io.stdout(library.sections.map((s) => `${s.id.padEnd(width)}  ${s.title}${s.origin === 'built-in' ? '' : ` (${s.origin})`}`).join('\n') + '\n');
    }
    return 0;
  }
  const selector = positionals[0] ?? 'all';
  const sections = library.select(selector);
  if (!sections) throw new UsageError(`unknown section \`${selector}\` (available: ${library.selectors.join(', ')})`);
  if (format === 'json') {
    const listing = sections.map((s) => ({ id: s.id, title: s.title, origin: s.origin, uri: sectionUri(s.id), rules: s.rules.map((r) => r.code), markdown: s.markdown }));
    io.stdout(`${JSON.stringify({ version: library.index().version, sha256: library.sha256, sections: listing }, null, 2)}\n`);
    return 0;
  }
  io.stdout(selector.trim().toLowerCase() === 'all' ? library.markdown : sections.map((s) => s.markdown).join('\n'));
  return 0;
}
