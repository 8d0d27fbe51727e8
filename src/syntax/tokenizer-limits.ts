// CPython's tokenizer limits, which tree-sitter does not have: 100 levels of indentation and 200
// nested brackets. Found by a scan of the text in the tokenizer's terms (logical lines, brackets,
// strings and f-string replacement fields), run only for trees deep or broken enough to reach them.
import type { SyntaxTree } from './flat-tree.js';
import type { SyntaxProblem } from './syntax-error.js';

/** CPython's MAXINDENT: the indentation stack holds at most 99 levels above the first column. */
const MAX_INDENT = 100;
/** CPython's MAXLEVEL: brackets (f-string replacement fields included) nest at most 200 deep. */
const MAX_LEVEL = 200;
const TAB_SIZE = 8;
/** Python 3's string prefixes in lower case (3.14's template strings included). */
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'f', 't', 'br', 'rb', 'fr', 'rf', 'tr', 'rt']);

/**
 * 100 levels of indentation put the innermost statement below 100 blocks and 100 compound
 * statements; 201 brackets put their content below 201 nodes. A shallower tree without errors
 * cannot hold either, so its text is not scanned. A broken tree is scanned whatever its depth:
 * past about 500 levels the grammar's indentation tracking gives up and the tree is flat.
 */
const DEPTH_WORTH_SCANNING = 2 * MAX_INDENT;

/** The first CPython tokenizer limit the file exceeds, which CPython reports before any parse error. */
export function tokenizerLimitProblem(tree: SyntaxTree): SyntaxProblem | undefined {
  if (tree.depth < DEPTH_WORTH_SCANNING && !tree.rootNode.hasError) return undefined;
  return new LimitScan(tree.text).run();
}

/**
 * Calls `onLine` with the offset and indentation column of the first token of every logical line,
 * in order, as CPython's tokenizer reads them (no blank or comment lines, nothing inside brackets
 * or strings, no continuation lines); stops early at a tokenizer limit.
 */
export function scanLogicalLines(text: string, onLine: (start: number, column: number) => void): void {
  new LimitScan(text, onLine).run();
}

/** A replacement field of an f-string (or t-string): where its expression ends and its literal text resumes. */
interface Field {
  /** The bracket level inside the field's `{`. */
  readonly level: number;
  readonly quote: number;
  readonly triple: boolean;
  /** In the format spec after `:`, which is literal text with fields of its own. */
  inSpec: boolean;
}

const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const HASH = 35;
const BACKSLASH = 92;
const SINGLE_QUOTE = 39;
const DOUBLE_QUOTE = 34;
const COLON = 58;
const EQUALS = 61;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

class LimitScan {
  private i = 0;
  private level = 0;
  private readonly indents = [0];
  private readonly fields: Field[] = [];

  constructor(
    private readonly text: string,
    private readonly onLine?: (start: number, column: number) => void,
  ) {}

  run(): SyntaxProblem | undefined {
    const text = this.text;
    let lineStart = true;
    while (this.i < text.length) {
      if (lineStart) {
        const problem = this.indentation();
        if (problem) return problem;
        lineStart = false;
        continue;
      }
      const code = text.charCodeAt(this.i);
      if (code === NEWLINE || code === RETURN) {
        this.i += code === RETURN && text.charCodeAt(this.i + 1) === NEWLINE ? 2 : 1;
        lineStart = this.level === 0;
      } else if (code === HASH) {
        while (this.i < text.length && !isLineBreak(text.charCodeAt(this.i))) this.i++;
      } else if (code === BACKSLASH) {
        // A continuation joins the next line to this logical line; its indentation means nothing.
        this.i++;
        if (text.charCodeAt(this.i) === RETURN) this.i++;
        if (text.charCodeAt(this.i) === NEWLINE) this.i++;
      } else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) {
        const problem = this.string('');
        if (problem) return problem;
      } else if (isNameChar(code)) {
        const start = this.i;
        while (this.i < text.length && isNameChar(text.charCodeAt(this.i))) this.i++;
        const next = text.charCodeAt(this.i);
        const prefix = next === SINGLE_QUOTE || next === DOUBLE_QUOTE ? text.slice(start, this.i).toLowerCase() : undefined;
        if (prefix !== undefined && STRING_PREFIXES.has(prefix)) {
          const problem = this.string(prefix);
          if (problem) return problem;
        }
      } else {
        const problem = this.operator(code);
        if (problem) return problem;
      }
    }
    return undefined;
  }

  /** At the start of a logical line: the indentation stack as CPython keeps it (blank and comment lines leave it alone). */
  private indentation(): SyntaxProblem | undefined {
    const text = this.text;
    const start = this.i;
    let column = 0;
    for (;;) {
      const code = text.charCodeAt(this.i);
      if (code === SPACE) column++;
      else if (code === TAB) column = (Math.floor(column / TAB_SIZE) + 1) * TAB_SIZE;
      else if (code === FORM_FEED) column = 0;
      else break;
      this.i++;
    }
    if (this.i >= text.length) return undefined;
    const first = text.charCodeAt(this.i);
    if (first === HASH || isLineBreak(first)) return undefined;
    this.onLine?.(this.i, column);
    const indents = this.indents;
    if (column > (indents[indents.length - 1] as number)) {
      // The stack's bottom entry is column 0, so its length is the number of levels plus one.
      if (indents.length >= MAX_INDENT) return { start, end: this.i, message: 'too many levels of indentation' };
      indents.push(column);
    } else {
      while (indents.length > 1 && column < (indents[indents.length - 1] as number)) indents.pop();
    }
    return undefined;
  }

  /** A bracket, or any other character outside strings. */
  private operator(code: number): SyntaxProblem | undefined {
    const field = this.fields[this.fields.length - 1];
    this.i++;
    if (code === 40 || code === 91 || code === OPEN_BRACE) return this.open(this.i - 1);
    if (code === 41 || code === 93 || code === CLOSE_BRACE) {
      if (this.level > 0) this.level--;
      if (code === CLOSE_BRACE && field && this.level === field.level - 1) return this.endField();
      return undefined;
    }
    // `:` at the field's own level starts its format spec (`!=` and `:=` are no such colon).
    if (code === COLON && field && this.level === field.level && this.text.charCodeAt(this.i) !== EQUALS) {
      field.inSpec = true;
      return this.literal(field.quote, field.triple, false);
    }
    return undefined;
  }

  private open(at: number): SyntaxProblem | undefined {
    if (this.level >= MAX_LEVEL) return { start: at, end: at + 1, message: 'too many nested parentheses' };
    this.level++;
    return undefined;
  }

  /** After a field's closing `}`: back in the literal text of its string (or of the spec around it). */
  private endField(): SyntaxProblem | undefined {
    const field = this.fields.pop() as Field;
    const outer = this.fields[this.fields.length - 1];
    const inOuterSpec = outer !== undefined && outer.inSpec && outer.level === this.level;
    return this.literal(field.quote, field.triple, inOuterSpec);
  }

  /** A string literal from its opening quote; `prefix` in lower case. */
  private string(prefix: string): SyntaxProblem | undefined {
    const text = this.text;
    const quote = text.charCodeAt(this.i);
    const triple = text.charCodeAt(this.i + 1) === quote && text.charCodeAt(this.i + 2) === quote;
    this.i += triple ? 3 : 1;
    if (prefix.includes('f') || prefix.includes('t')) return this.literal(quote, triple, false);
    while (this.i < text.length) {
      const code = text.charCodeAt(this.i);
      if (code === BACKSLASH) this.skipEscape();
      else if (code === quote && (!triple || this.closesTriple(quote))) {
        this.i += triple ? 3 : 1;
        return undefined;
      } else if (!triple && isLineBreak(code)) return undefined;
      else this.i++;
    }
    return undefined;
  }

  /**
   * The literal text of an f-string (or of a format spec inside one) up to a replacement field,
   * which is entered as a bracket level, or to the string's end. In a spec, `}` ends the field.
   */
  private literal(quote: number, triple: boolean, inSpec: boolean): SyntaxProblem | undefined {
    const text = this.text;
    while (this.i < text.length) {
      const code = text.charCodeAt(this.i);
      if (code === BACKSLASH) this.skipEscape();
      else if (code === OPEN_BRACE && text.charCodeAt(this.i + 1) === OPEN_BRACE && !inSpec) this.i += 2;
      else if (code === CLOSE_BRACE && text.charCodeAt(this.i + 1) === CLOSE_BRACE && !inSpec) this.i += 2;
      else if (code === OPEN_BRACE) {
        const problem = this.open(this.i);
        if (problem) return problem;
        this.i++;
        this.fields.push({ level: this.level, quote, triple, inSpec: false });
        return undefined;
      } else if (code === CLOSE_BRACE && inSpec) {
        this.i++;
        if (this.level > 0) this.level--;
        return this.endField();
      } else if (code === quote && (!triple || this.closesTriple(quote))) {
        this.i += triple ? 3 : 1;
        return undefined;
      } else if (!triple && isLineBreak(code)) return undefined;
      else this.i++;
    }
    return undefined;
  }

  /** A backslash and the character it escapes (even in a raw string, a quote or a line break does not end it there). */
  private skipEscape(): void {
    this.i += this.text.charCodeAt(this.i + 1) === RETURN && this.text.charCodeAt(this.i + 2) === NEWLINE ? 3 : 2;
  }

  private closesTriple(quote: number): boolean {
    return this.text.charCodeAt(this.i + 1) === quote && this.text.charCodeAt(this.i + 2) === quote;
  }
}

function isLineBreak(code: number): boolean {
  return code === NEWLINE || code === RETURN;
}

/** Letters, digits, `_` and anything past ASCII: the characters of names, keywords and numbers. */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}
