// `python_requires` from setup.cfg, read the way Python's configparser (and so setuptools) reads it.
import { readConstraint } from '../config/index.js';
import { LineIndex } from '../syntax/index.js';
import type { ManifestProblem, ProjectFile, PythonDeclaration } from './project.js';

export interface SetupCfgFacts {
  readonly python: PythonDeclaration[];
  readonly problems: ManifestProblem[];
}

interface Entry {
  readonly section: string;
  readonly key: string;
  value: string;
  readonly start: number;
  end: number;
}

const SECTION = /^\[([^\]]+)\]/;
const KEY_VALUE = /^([^=:]*?)\s*[=:]\s*(.*)$/;
const REQUIRES_KEYS = new Set(['python_requires', 'python-requires']);

/**
 * Reads `[options] python_requires`. As in configparser: `#` and `;` start comment lines only
 * (not inline comments), indented lines continue the previous value, keys are case-insensitive,
 * and a line before any section header or without `=`/`:` is an error.
 */
export function readSetupCfg(file: ProjectFile): SetupCfgFacts {
  const text = file.text;
  const lines = new LineIndex(text);
  let section: string | undefined;
  let current: Entry | undefined;
  const entries: Entry[] = [];
  for (let row = 0; row < lines.lineCount; row++) {
    const line = lines.lineText(row);
    const start = lines.lineStart(row);
    const trimmed = line.trim();
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (trimmed === '') {
      if (current) current.value += '\n';
      continue;
    }
    if (current && /^\s/.test(line)) {
      current.value += `\n${trimmed}`;
      current.end = start + line.length;
      continue;
    }
    const header = SECTION.exec(trimmed);
    if (header) {
      section = (header[1] as string).trim();
      current = undefined;
      continue;
    }
    const problem = (reason: string): SetupCfgFacts => ({
      python: [],
      problems: [{ file, span: { start, end: start + line.length }, reason: `line ${row + 1}: ${reason}` }],
    });
    if (section === undefined) return problem('a key before any `[section]` header');
    const pair = KEY_VALUE.exec(trimmed);
    if (!pair) return problem('expected `key = value`');
    current = { section, key: (pair[1] as string).toLowerCase(), value: pair[2] as string, start: start + line.indexOf(trimmed), end: start + line.length };
    entries.push(current);
  }
  const python = entries
    .filter((entry) => entry.section === 'options' && REQUIRES_KEYS.has(entry.key))
    .map((entry): PythonDeclaration => {
      const value = entry.value.trim();
      return { source: 'setup.cfg', file, span: { start: entry.start, end: entry.end }, value, reading: readConstraint(value, 'pep440') };
    });
  return { python: python.slice(-1), problems: [] };
}
