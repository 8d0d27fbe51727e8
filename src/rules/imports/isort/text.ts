// Line and whitespace helpers over the file's text, with Python's notion of whitespace.
import type { LineIndex } from '../../../syntax/index.js';

/** Python's whitespace between tokens: space, tab and form feed. */
export function isPythonWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\f';
}

export function trimStartPython(text: string): string {
  let i = 0;
  while (i < text.length && isPythonWhitespace(text[i] as string)) i++;
  return text.slice(i);
}

export function trimPython(text: string): string {
  let end = text.length;
  while (end > 0 && isPythonWhitespace(text[end - 1] as string)) end--;
  return trimStartPython(text.slice(0, end));
}

/** Offset just past the line break of the line holding `offset` (or the end of the text). */
export function fullLineEnd(lines: LineIndex, textLength: number, offset: number): number {
  const line = lines.lineOf(offset);
  return line + 1 < lines.lineCount ? lines.lineStart(line + 1) : textLength;
}

/** End of the whitespace-only lines that follow the line holding `offset` (Ruff's `trailing_lines_end`). */
export function trailingBlankLinesEnd(lines: LineIndex, text: string, offset: number): number {
  let end = fullLineEnd(lines, text.length, offset);
  for (let line = lines.lineOf(offset) + 1; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    if (start >= text.length || trimPython(lines.lineText(line)) !== '') break;
    end = fullLineEnd(lines, text.length, start);
  }
  return end;
}

/** Text lines split at `\n`, `\r\n` and lone `\r`, without their line breaks; a final break adds no empty line. */
export function universalLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return text === '' ? [] : lines;
}

/** Prefixes every line that is not blank with `prefix` (blank lines get the prefix's own trailing whitespace trimmed). */
export function indentLines(text: string, prefix: string): string {
  if (prefix === '') return text;
  const trimmedPrefix = prefix.replace(/[ \t\f]+$/, '');
  return text.replace(/[^\r\n]*(\r\n|\r|\n|$)/g, (line, newline: string) => {
    if (line === '') return '';
    const content = line.slice(0, line.length - newline.length);
    return (trimPython(content) === '' ? trimmedPrefix : prefix) + line;
  });
}
