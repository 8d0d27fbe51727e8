// Team standards: a folder of markdown files, one section per `<id>.md`, read once at start-up.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/index.js';
import { compareOrdinal } from '../compare.js';
import { readRegularText } from '../regular-file.js';

/** Section ids that name groups of sections and cannot be used by a file. */
export const RESERVED_SECTION_IDS = ['all', 'python', 'index'] as const;

const MAX_FILES = 100;
const MAX_FILE_BYTES = 1024 * 1024;

/** One team markdown file, with its headings shifted so its top level is `##`. */
export interface TeamSection {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly markdown: string;
  /** Text of every heading, for the relevance ranking. */
  readonly headings: readonly string[];
  readonly file: string;
}

/** `Type-Hints.md` → `type_hints`; undefined when nothing usable is left. */
export function sectionIdFromFile(fileName: string): string | undefined {
  const stem = path.basename(fileName, path.extname(fileName));
  const id = stem.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z][a-z0-9_]*$/.test(id) ? id : undefined;
}

/** Reads every `*.md` file of `folder` (not recursively), in file-name order. */
export function loadTeamSections(folder: string): TeamSection[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new ConfigError('standards folder is not a folder', folder);
    names = readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.md') && statSync(path.join(folder, name)).isFile())
      .sort((a, b) => compareOrdinal(a.toLowerCase(), b.toLowerCase()) || compareOrdinal(a, b));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read the standards folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, folder);
  }
  if (names.length > MAX_FILES) throw new ConfigError(`the standards folder holds more than ${MAX_FILES} markdown files`, folder);
  const seen = new Map<string, string>();
  return names.map((name) => {
    const file = path.join(folder, name);
    const id = sectionIdFromFile(name);
    if (!id) throw new ConfigError('cannot make a section id from this file name (use letters, digits, `-` or `_`)', file);
    if ((RESERVED_SECTION_IDS as readonly string[]).includes(id)) throw new ConfigError(`\`${id}\` is reserved and cannot name a section`, file);
    const clash = seen.get(id);
    if (clash) throw new ConfigError(`section \`${id}\` is already defined by ${clash}`, file);
    seen.set(id, name);
    const read = readRegularText(file, MAX_FILE_BYTES);
    if (read.text === undefined) throw new ConfigError(`cannot read the standards file: ${read.reason}`, file);
    return parseTeamSection(id, read.text, file);
  });
}

/** Normalises one team file: headings shifted so the top level is `##`, a heading added if missing. */
export function parseTeamSection(id: string, text: string, file: string): TeamSection {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  const headingRows = headingLines(lines);
  const top = Math.min(...headingRows.map((row) => row.level));
  const shift = Number.isFinite(top) ? 2 - top : 0;
  for (const row of headingRows) {
    const level = Math.min(6, Math.max(2, row.level + shift));
    lines[row.index] = `${'#'.repeat(level)} ${row.text}`;
  }
  const first = headingRows[0];
  const title = first?.text ?? titleFromId(id);
  let markdown = lines.join('\n').trim();
  if (!first || lines.slice(0, first.index).some((line) => line.trim() !== '')) markdown = `## ${title}\n\n${markdown}`;
  return { id, title, summary: firstParagraph(lines), markdown: `${markdown}\n`, headings: headingRows.map((row) => row.text), file };
}

interface HeadingLine {
  readonly index: number;
  readonly level: number;
  readonly text: string;
}

/** ATX headings outside fenced code blocks. */
function headingLines(lines: readonly string[]): HeadingLine[] {
  const found: HeadingLine[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = /^\s{0,3}(```|~~~)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fence === fenceMatch[1]) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading?.[1] && heading[2]) found.push({ index, level: heading[1].length, text: heading[2] });
  });
  return found;
}

/** The first paragraph of prose (not a heading, list, table, quote or code), on one line. */
function firstParagraph(lines: readonly string[]): string {
  const paragraph: string[] = [];
  let fence = false;
  for (const line of lines) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      fence = !fence;
      if (paragraph.length > 0) break;
      continue;
    }
    if (fence) continue;
    const trimmed = line.trim();
    if (trimmed === '' || /^(#|[-*+]\s|>|\||\d+\.\s)/.test(trimmed)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(trimmed);
  }
  const text = paragraph.join(' ');
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

function titleFromId(id: string): string {
  return id
    .split('_')
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}
