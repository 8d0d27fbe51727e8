// What a project's pyproject.toml declares: requires-python, Poetry's python, Poetry itself.
import { ConfigError, parseLocatedToml, readConstraint, type ConstraintReading, type LocatedToml } from '../config/index.js';
import { LineIndex } from '../syntax/index.js';
import { START_OF_FILE, type ManagerEvidence, type ManifestProblem, type ProjectFile, type PythonDeclaration, type Span } from './project.js';

export interface PyprojectFacts {
  readonly python: PythonDeclaration[];
  readonly problems: ManifestProblem[];
  readonly managers: ManagerEvidence[];
  /** The `[project]` header (else `[tool.poetry.dependencies]`), where requires-python belongs. */
  readonly declarationSite: Span;
  /** True when the file holds nothing but `[tool.*]` tables: tool configuration, no package. */
  readonly toolsOnly: boolean;
}

const REQUIRES_PYTHON = ['project', 'requires-python'];
const POETRY_PYTHON = ['tool', 'poetry', 'dependencies', 'python'];

/** Reads the facts of a pyproject.toml; broken TOML becomes a problem at the error's position. */
export function readPyproject(file: ProjectFile): PyprojectFacts {
  let toml: LocatedToml;
  try {
    toml = parseLocatedToml(file.text, file.path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { python: [], problems: [problemAt(file, error)], managers: [], declarationSite: START_OF_FILE, toolsOnly: false };
  }
  const python: PythonDeclaration[] = [];
  const requires = valueAt(toml.value, REQUIRES_PYTHON);
  if (requires !== undefined) python.push(declaration(file, toml, REQUIRES_PYTHON, 'requires-python', requires, 'pep440'));
  const poetry = valueAt(toml.value, POETRY_PYTHON);
  if (poetry !== undefined) python.push(declaration(file, toml, POETRY_PYTHON, 'poetry', poetryVersion(poetry), 'poetry'));
  const managers: ManagerEvidence[] = [];
  const poetryTable = toml.span(['tool', 'poetry']) ?? toml.span(['tool', 'poetry', 'dependencies']);
  if (valueAt(toml.value, ['tool', 'poetry']) !== undefined) {
    managers.push({ manager: 'poetry', file, span: poetryTable ?? START_OF_FILE, label: '[tool.poetry]' });
  }
  const declarationSite = toml.span(['project']) ?? toml.span(['tool', 'poetry', 'dependencies']) ?? START_OF_FILE;
  const toolsOnly = Object.keys(toml.value).every((key) => key === 'tool') && valueAt(toml.value, ['tool', 'poetry']) === undefined;
  return { python, problems: [], managers, declarationSite, toolsOnly };
}

function declaration(
  file: ProjectFile,
  toml: LocatedToml,
  keyPath: readonly string[],
  source: PythonDeclaration['source'],
  value: unknown,
  dialect: 'pep440' | 'poetry',
): PythonDeclaration {
  const span = toml.span(keyPath) ?? START_OF_FILE;
  if (typeof value !== 'string') {
    return { source, file, span, value: JSON.stringify(value) ?? String(value), reading: notAString };
  }
  return { source, file, span, value, reading: readConstraint(value, dialect) };
}

const notAString: ConstraintReading = { ok: false, reason: 'expected a string' };

/** Poetry also accepts `python = { version = "^3.12" }`. */
function poetryVersion(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value) {
    return (value as { version: unknown }).version;
  }
  return value;
}

function valueAt(root: Record<string, unknown>, keyPath: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of keyPath) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A parse error as a problem spanning the rest of its line (the whole line when it is at the end). */
export function problemAt(file: ProjectFile, error: ConfigError): ManifestProblem {
  if (error.line === undefined) return { file, span: START_OF_FILE, reason: error.message };
  const lines = new LineIndex(file.text);
  const row = error.line - 1;
  const end = lines.lineEnd(row);
  let start = lines.offset({ row: error.line, column: error.column ?? 1 });
  if (start >= end) {
    const text = lines.lineText(row);
    start = lines.lineStart(row) + (text.length - text.trimStart().length);
  }
  return { file, span: { start, end: Math.max(start, end) }, reason: error.message };
}
