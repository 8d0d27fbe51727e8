// Maps UTF-16 offsets (what tree-sitter and JS strings use) to 1-based lines and columns.

/** A 1-based line and a 1-based column counted in Unicode code points, as Ruff reports them. */
export interface Location {
  readonly row: number;
  readonly column: number;
}

/** Line starts of one text, with conversions between offsets and locations. */
export class LineIndex {
  private readonly starts: number[];
  /** Whether the text holds a surrogate pair, looked up on the first location asked for. */
  private astral: boolean | undefined;

  constructor(private readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case, found with the engine's native search rather than a loop over characters.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) starts.push(i + 1);
        else if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Offset of the first character of 0-based `line`. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] ?? 0;
  }

  /** Offset just past the last character of 0-based `line`, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of 0-based `line` without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 1-based row and code-point column of `offset`. */
  location(offset: number): Location {
    const line = this.lineOf(offset);
    const start = this.starts[line] ?? 0;
    // Without astral characters every UTF-16 unit is a code point: no need to count the line's prefix.
    this.astral ??= ASTRAL.test(this.text);
    return { row: line + 1, column: (this.astral ? codePointCount(this.text, start, offset) : offset - start) + 1 };
  }

  /** UTF-16 offset of a 1-based row and code-point column (clamped to the line). */
  offset(location: Location): number {
    const line = Math.max(0, Math.min(location.row - 1, this.starts.length - 1));
    let offset = this.lineStart(line);
    const end = this.lineEnd(line);
    for (let col = 1; col < location.column && offset < end; col++) {
      offset += isHighSurrogate(this.text.charCodeAt(offset)) ? 2 : 1;
    }
    return offset;
  }
}

const ASTRAL = /[\uD800-\uDBFF]/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Number of code points in `text[start, end)`. */
export function codePointCount(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    count++;
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < end) i++;
  }
  return count;
}
