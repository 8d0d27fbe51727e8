// Reads TOML into plain values while remembering where each key was written.
import { ParseError, getStaticTOMLValue, parseTOML, type AST } from 'toml-eslint-parser';
import { ConfigError } from './errors.js';

/** A parsed TOML document and the line/column of every key path in it. */
export interface LocatedToml {
  readonly value: Record<string, unknown>;
  /** Line and column (1-based) where `path` is written; falls back to its nearest parent. */
  locate(path: readonly string[]): { line: number; column: number } | undefined;
  /**
   * UTF-16 offsets of what declares exactly `path`: a `key = value` pair (key to end of value)
   * or a table header (`[tool.poetry]`); undefined when the path is not written in the text.
   */
  span(path: readonly string[]): { start: number; end: number } | undefined;
}

/** Parses TOML text; a syntax error becomes a ConfigError naming the file, line and column. */
export function parseLocatedToml(text: string, file: string): LocatedToml {
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(text);
  } catch (error) {
    if (error instanceof ParseError) {
      throw new ConfigError(`invalid TOML: ${error.message}`, file, error.lineNumber, error.column + 1);
    }
    throw new ConfigError(`invalid TOML: ${String(error)}`, file);
  }
  const locations = new Map<string, { line: number; column: number }>();
  const spans = new Map<string, { start: number; end: number }>();
  const remember = (path: readonly (string | number)[], loc: AST.SourceLocation): void => {
    const key = path.join('\u0000');
    if (!locations.has(key)) locations.set(key, { line: loc.start.line, column: loc.start.column + 1 });
  };
  const rememberSpan = (path: readonly (string | number)[], start: number, end: number): void => {
    const key = path.join('\u0000');
    if (!spans.has(key)) spans.set(key, { start, end });
  };
  const visitKeyValues = (prefix: readonly (string | number)[], body: readonly AST.TOMLKeyValue[]): void => {
    for (const pair of body) {
      const keys = pair.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value));
      const path = [...prefix, ...keys];
      for (let i = prefix.length + 1; i <= path.length; i++) remember(path.slice(0, i), pair.loc);
      rememberSpan(path, pair.range[0], pair.range[1]);
      if (pair.value.type === 'TOMLInlineTable') visitKeyValues(path, pair.value.body);
    }
  };
  for (const entry of program.body[0].body) {
    if (entry.type === 'TOMLTable') {
      const path = entry.resolvedKey.filter((k): k is string => typeof k === 'string');
      for (let i = 1; i <= path.length; i++) remember(path.slice(0, i), entry.loc);
      const close = text.indexOf(']', entry.key.range[1]);
      rememberSpan(path, entry.range[0], close < 0 ? entry.key.range[1] : close + (entry.kind === 'array' ? 2 : 1));
      visitKeyValues(path, entry.body);
    } else {
      visitKeyValues([], [entry]);
    }
  }
  return {
    value: getStaticTOMLValue(program) as Record<string, unknown>,
    locate(path) {
      for (let i = path.length; i > 0; i--) {
        const found = locations.get(path.slice(0, i).join('\u0000'));
        if (found) return found;
      }
      return undefined;
    },
    span(path) {
      return spans.get(path.join('\u0000'));
    },
  };
}
