// Writes a whole block as isort would: sections in order, one blank line between them, then the trailer.
import type { Trailer } from './blocks.js';
import { categorize } from './categorize.js';
import { formatFromImport, formatPlainImport, type Layout } from './format.js';
import type { IsortSettings } from './isort-settings.js';
import type { FromEntry, NormalizedBlock, PlainEntry } from './normalize.js';
import { orderSection } from './order.js';
import { fromModuleName, type SectionName } from './types.js';

/** A statement of the expected block, for telling the user what differs. */
export interface ExpectedStatement {
  readonly key: string;
  readonly section: SectionName;
  readonly kind: 'import' | 'from';
  /** The module as written: `os.path`, `..models`. */
  readonly label: string;
  /** How messages name the statement: the module, or `from . import x` when there is no module. */
  readonly display: string;
  /** The names of a `from` statement, in order. */
  readonly members: readonly string[];
  /** First line (0-based) in the expected text, and how many lines the statement takes (comments above included). */
  readonly firstLine: number;
  readonly lineCount: number;
}

export interface FormattedBlock {
  readonly text: string;
  readonly statements: readonly ExpectedStatement[];
  /** Blank lines after the last statement. */
  readonly trailerLines: number;
}

export interface FormatContext {
  readonly settings: IsortSettings;
  readonly layout: Layout;
  /** Absolute path of the file, for the same-package check. */
  readonly file: string | undefined;
  readonly isStub: boolean;
}

/** The text isort writes for `block` (not yet indented for a nested suite). */
export function formatBlock(block: NormalizedBlock, trailer: Trailer | undefined, context: FormatContext): FormattedBlock {
  const { settings, layout } = context;
  const bySection = new Map<SectionName, { plain: PlainEntry[]; from: FromEntry[] }>();
  const sectionOf = (moduleName: string, isRelative: boolean): { plain: PlainEntry[]; from: FromEntry[] } => {
    const section = categorize({ moduleName, isRelative, file: context.file }, settings);
    let group = bySection.get(section);
    if (!group) {
      group = { plain: [], from: [] };
      bySection.set(section, group);
    }
    return group;
  };
  for (const entry of block.plain.values()) sectionOf(entry.alias.name, false).plain.push(entry);
  for (const entry of block.from.values()) sectionOf(fromModuleName(entry.module, entry.level), entry.level > 0).from.push(entry);

  const newline = layout.newline;
  let text = '';
  let line = 0;
  const statements: ExpectedStatement[] = [];
  const append = (chunk: string): void => {
    text += chunk;
    line += chunk.split(newline).length - 1;
  };
  for (const section of settings.sectionOrder) {
    const group = bySection.get(section);
    if (!group) continue;
    if (text !== '') append(newline);
    let isFirst = true;
    for (const item of orderSection(group.plain, group.from, section, settings)) {
      const firstLine = line;
      if (item.kind === 'import') {
        append(formatPlainImport(item.entry, isFirst, layout));
        const label = item.entry.alias.name;
        statements.push({ key: item.entry.key, section, kind: 'import', label, display: label, members: [], firstLine, lineCount: line - firstLine });
      } else {
        const trailingComma = settings.splitOnTrailingComma && item.entry.trailingComma;
        append(formatFromImport(item.entry, item.members, isFirst, trailingComma, layout));
        const members = item.members.map((m) => (m.alias.asname === undefined ? m.alias.name : `${m.alias.name} as ${m.alias.asname}`));
        const label = fromModuleName(item.entry.module, item.entry.level);
        const display = item.entry.module === undefined ? `from ${label} import ${members[0] ?? ''}` : label;
        statements.push({ key: item.entry.key, section, kind: 'from', label, display, members, firstLine, lineCount: line - firstLine });
      }
      isFirst = false;
    }
  }
  const trailerLines = trailerLineCount(trailer, settings.linesAfterImports, context.isStub);
  return { text: text + newline.repeat(trailerLines), statements, trailerLines };
}

/** Blank lines after the block: `lines-after-imports`, or black's 1 (2 before a definition); at most 1 in stubs. */
function trailerLineCount(trailer: Trailer | undefined, linesAfterImports: number, isStub: boolean): number {
  if (!trailer) return 0;
  const wanted = isStub ? (linesAfterImports === 0 ? 0 : 1) : linesAfterImports;
  if (wanted >= 0) return wanted;
  return trailer === 'definition' ? 2 : 1;
}
