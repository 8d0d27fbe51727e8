// The versions a `.python-version` file (pyenv, uv) pins, one per line.
import { readConstraint, type ConstraintReading } from '../config/index.js';
import { LineIndex } from '../syntax/index.js';
import type { ProjectFile, PythonDeclaration } from './project.js';

/** `cpython-`, `pypy`, `cpython@` …: the interpreter name pyenv and uv put before a version. */
const IMPLEMENTATION = /^(?:cpython|python|pypy|graalpy|jython|ironpython|stackless|pyston)[-@]?/i;
const VERSION_PIN = /^(\d+)\.(\d+)/;
const SPECIFIER = /^[<>=!~]/;

/**
 * Every line that names a Python version: `3.12`, `3.11.7`, `pypy3.10`, `cpython@3.12`, or a
 * specifier (`>=3.12`, which uv accepts). Other lines — `system`, pyenv-virtualenv names,
 * comments — say nothing about the version and are skipped.
 */
export function readPythonVersionFile(file: ProjectFile): PythonDeclaration[] {
  const lines = new LineIndex(file.text);
  const found: PythonDeclaration[] = [];
  for (let row = 0; row < lines.lineCount; row++) {
    const line = lines.lineText(row);
    const value = line.replace(/#.*/, '').trim();
    if (value === '') continue;
    const reading = pinReading(value.replace(IMPLEMENTATION, ''));
    if (!reading) continue;
    const start = lines.lineStart(row) + line.indexOf(value);
    found.push({ source: '.python-version', file, span: { start, end: start + value.length }, value, reading });
  }
  return found;
}

function pinReading(version: string): ConstraintReading | undefined {
  if (SPECIFIER.test(version)) return readConstraint(version, 'pep440');
  const pin = VERSION_PIN.exec(version);
  return pin ? { ok: true, lowest: { major: Number(pin[1]), minor: Number(pin[2]) } } : undefined;
}
