// A decoded, parsed Python file: the text, its tree and its line index, made once per file.
import { resolve } from 'node:path';
import type { TextEncodingInfo } from './decode.js';
import { LineIndex } from './line-index.js';
import { parsePython, type SyntaxTree } from './parser.js';

/** One parsed file. Everything downstream reads this; nothing re-reads or re-parses the file. */
export interface SourceFile {
  /** Path as the user gave it (or the stdin filename). */
  readonly path: string;
  /** Absolute path of the file on disk; undefined for code that has no file (stdin without a name). */
  readonly absolutePath: string | undefined;
  readonly text: string;
  readonly tree: SyntaxTree;
  readonly lines: LineIndex;
  readonly encoding: TextEncodingInfo;
  /** True for `.pyi` stubs. */
  readonly isStub: boolean;
}

const UTF8: TextEncodingInfo = { encoding: 'utf-8', bom: false };

/** Parses `text` into a SourceFile; `absolutePath` defaults to `path` resolved against the working folder. */
export function parseSource(path: string, text: string, encoding: TextEncodingInfo = UTF8, absolutePath?: string): SourceFile {
  return {
    path,
    absolutePath: absolutePath ?? (path === '-' ? undefined : resolve(path)),
    text,
    tree: parsePython(text),
    lines: new LineIndex(text),
    encoding,
    isStub: path.endsWith('.pyi'),
  };
}

/** The line break a file mostly uses, for edits that insert new lines. */
export function dominantNewline(text: string): '\n' | '\r\n' | '\r' {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (crlf >= 0 && crlf <= lf) return '\r\n';
  if (lf >= 0) return '\n';
  return cr >= 0 ? '\r' : '\n';
}
