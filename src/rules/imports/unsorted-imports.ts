// IMP001: every import block must be exactly what isort (profile black, as Ruff's I001) would write.
import { makeFix, replaceEdit } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import { commentText, dominantNewline, python2StatementError, type SourceFile, type SyntaxNode } from '../../syntax/index.js';
import { findBlocks, type ImportBlock } from './isort/blocks.js';
import { describeDifference, DIFFERENCE_MESSAGES } from './isort/describe.js';
import { NO_DIRECTIVES, readDirectives } from './isort/directives.js';
import { displayWidth, type Layout } from './isort/format.js';
import { formatBlock } from './isort/format-block.js';
import { indentUnit } from './isort/indent-unit.js';
import { isortSettings, type IsortSettings } from './isort/isort-settings.js';
import { normalizeImports } from './isort/normalize.js';
import { readImports } from './isort/read-imports.js';
import { fullLineEnd, indentLines, isPythonWhitespace, trailingBlankLinesEnd, trimStartPython, universalLines } from './isort/text.js';
import type { BlockComment } from './isort/types.js';

export default defineRule({
  code: 'IMP001',
  name: 'unsorted-imports',
  section: 'imports',
  defaultEnabled: true,
  fixAvailability: 'sometimes',
  fixApplicability: 'safe',
  equivalents: ['I001'],
  messages: {
    ...DIFFERENCE_MESSAGES,
    sharedLine: 'Import block shares its line with other code (`;` or a compound statement); isort cannot sort it there',
  },
  docs: {
    summary: 'Enforce import blocks sorted and formatted as isort (profile black) writes them.',
    what: [
      'Compares every import block with what isort, profile black (the defaults of Ruff\'s I001), would write, and',
      'reports the first difference. A block is a run of `import` / `from … import` statements in one suite; any',
      'other statement or a `# isort: split` comment ends it, and the bodies of functions, classes, `if',
      'TYPE_CHECKING:`, `try`, `with` and loops hold blocks of their own.',
      '',
      '- **Sections**, in this order, one blank line apart: `__future__`, the standard library of the target',
      '  Python version, third-party, first-party, local (relative imports). First-party are `src` (the',
      "  standards' layout), the `known-first-party` modules, the package the file belongs to, and modules found",
      '  under the `src` roots (relative to the project root, never the working folder).',
      '- **Inside a section**: plain `import x` before `from x import y`; modules in case-insensitive natural order',
      '  (`module2` before `module10`, `os` before `os.path`); relative imports furthest first (`..` before `.`).',
      '- **Names** of a `from` import ordered by type, CONSTANTS, then Classes, then variables',
      '  (`from typing import TYPE_CHECKING, Any, cast`); duplicates merged; `x as y` in its own statement.',
      '- **Wrapping** at 88 characters in black style (parentheses, one name per line, trailing comma); a magic',
      '  trailing comma keeps an import wrapped.',
      '- **Comments** above an import travel with it; comments after it on its line stay on its line.',
      '- **After the block**: 1 blank line, or 2 before a `def` / `class` (at most 1 in `.pyi` stubs).',
      '',
      'Directives: `# isort: skip_file`, `# isort: off` / `# isort: on`, `# isort: skip` on an import\'s line,',
      '`# isort: split` (each also as `# ruff: isort: …`), and `# noqa: IMP001` / `# noqa: I001` on the first',
      'line of the block. Files with syntax errors are not checked. The top-level `known-first-party`,',
      '`known-third-party` and `src` options apply too.',
    ].join('\n'),
    why: [
      'The standards ask for imports grouped as standard library, third-party, then local, and sorted "with',
      'isort". Teams already run isort or Ruff; giving byte-for-byte the same answer means the tools never',
      'fight over a file, and the fix is what `isort --profile black` or `ruff check --select I --fix` writes.',
    ].join('\n'),
    bad: [
      'import logging',
      'from uuid import UUID',
      '',
      'from src.core.config import settings',
      'from fastapi import APIRouter, Depends',
      '',
      'router = APIRouter()',
      '',
    ].join('\n'),
    good: [
      'import logging',
      'from uuid import UUID',
      '',
      'from fastapi import APIRouter, Depends',
      '',
      'from src.core.config import settings',
      '',
      'router = APIRouter()',
      '',
    ].join('\n'),
    fixSafety: [
      'Safe: the fix only reorders, merges and rewraps import statements of one block and keeps every comment,',
      'so the same names are bound. (Like isort, it can change the order in which modules with import-time side',
      'effects run; mark such an import with `# isort: skip` or fence it with `# isort: off` / `# isort: on`.)',
      'A block that shares a line with other code (`import os; x = 1`, `try: import json`) is reported without',
      'a fix.',
    ].join('\n'),
    comparison: [
      "Matches Ruff's I001 with its defaults (profile black): the same blocks, sections, order, wrapping,",
      'comment placement, directives and blank lines, and the same fixed text (checked against Ruff on the',
      'installed standard library). Differences:',
      '',
      '- `src` is first-party without configuration, because it is the standards\' layout (Ruff needs',
      '  `known-first-party = ["src"]` or a `src/` folder to find).',
      '- The standard-library lists cover Python 3.10–3.14; older targets use the 3.10 list.',
      '- Options not offered: `sections` (custom sections), `no-lines-before`, `lines-between-types`, `from-first`,',
      '  `force-to-top`, `length-sort`, `force-wrap-aliases`, `forced-separate`, `required-imports`,',
      '  `import-heading`, `constants` / `classes` / `variables`.',
      '',
      'Against isort itself (profile black) the differences are Ruff\'s: an aliased name gets its own statement,',
      "isort's standard library is the union of every Python 3 version, and isort matches dotted first-party",
      'modules by their first segment.',
    ].join('\n'),
    options: [
      'imports.line-length',
      'imports.force-sort-within-sections',
      'imports.order-by-type',
      'imports.case-sensitive',
      'imports.combine-as-imports',
      'imports.force-single-line',
      'imports.lines-after-imports',
      'imports.split-on-trailing-comma',
      'imports.known-first-party',
      'imports.known-third-party',
      'imports.known-local-folder',
      'imports.extra-standard-library',
      'imports.section-order',
      'imports.detect-same-package',
      'imports.relative-imports-order',
    ],
  },
  create(context) {
    const imports: SyntaxNode[] = [];
    const commentNodes: SyntaxNode[] = [];
    let python2 = false;
    const collect = (node: SyntaxNode): void => {
      imports.push(node);
    };
    // Python 2 `print x` parses in this grammar but is a syntax error (SYN001): such files are not checked.
    const python2Statement = (node: SyntaxNode): void => {
      python2 ||= python2StatementError(node) !== undefined;
    };
    return {
      import_statement: collect,
      import_from_statement: collect,
      future_import_statement: collect,
      print_statement: python2Statement,
      exec_statement: python2Statement,
      comment(node) {
        commentNodes.push(node);
      },
      'module:exit'(root) {
        if (imports.length === 0 || python2 || root.hasError) return;
        const source = context.source;
        const comments = new LazyComments(commentNodes);
        // Directives live in comments; a file that never mentions isort has none, so its comments need no reading.
        const directives = source.text.includes('isort') ? readDirectives(comments.all(), source.lines, source.text.length) : NO_DIRECTIVES;
        if (directives.skipFile) return;
        const settings = isortSettings(context.settings);
        const file = new FileFacts(source, root, settings);
        for (const block of findBlocks(imports, directives, source.lines, source.text, source.isStub)) {
          const finding = checkBlock(block, comments, file, settings);
          if (!finding) continue;
          const range = { start: finding.start, end: finding.end };
          const fix = finding.fix && makeFix('safe', 'Sort and format the import block', [replaceEdit(finding.fix.start, finding.fix.end, finding.fix.content)]);
          context.report({ range, messageId: finding.messageId, data: finding.data, ...(fix && { fix }) });
        }
      },
    };
  },
});

/** What a block needs to know about its file, computed once per file and only when asked. */
class FileFacts {
  private newlineCache: string | undefined;
  private indentCache: string | undefined;

  constructor(
    readonly source: SourceFile,
    private readonly root: SyntaxNode,
    private readonly settings: IsortSettings,
  ) {}

  get newline(): string {
    this.newlineCache ??= dominantNewline(this.source.text);
    return this.newlineCache;
  }

  get indent(): string {
    this.indentCache ??= indentUnit(this.root, this.source.text, this.source.lines);
    return this.indentCache;
  }

  layout(blockIndentation: string): Layout {
    const facts = this;
    const tabSize = this.settings.tabSize;
    return {
      newline: this.newline,
      get indent() {
        return facts.indent;
      },
      lineLength: this.settings.lineLength,
      indentWidth: displayWidth(blockIndentation, 0, tabSize),
      tabSize,
    };
  }
}

/** The file's comments, read from the tree only as far as they are needed. */
class LazyComments {
  private readonly read: BlockComment[] = [];

  constructor(private readonly nodes: readonly SyntaxNode[]) {}

  all(): readonly BlockComment[] {
    while (this.read.length < this.nodes.length) this.readNext();
    return this.read;
  }

  /** Comments that start at or after `start` and end by `end`, in order. */
  within(start: number, end: number): BlockComment[] {
    while (this.read.length < this.nodes.length && (this.read[this.read.length - 1]?.start ?? -1) < end) this.readNext();
    return this.read.filter((c) => c.start >= start && c.end <= end);
  }

  private readNext(): void {
    const node = this.nodes[this.read.length] as SyntaxNode;
    const text = commentText(node);
    const start = node.startIndex;
    this.read.push({ text, start, end: start + text.length });
  }
}

interface BlockFinding {
  readonly start: number;
  readonly end: number;
  readonly messageId: keyof typeof DIFFERENCE_MESSAGES | 'sharedLine';
  readonly data: Readonly<Record<string, string | number>>;
  readonly fix: { readonly start: number; readonly end: number; readonly content: string } | undefined;
}

/** Compares one block with isort's version of it; undefined when they match. */
function checkBlock(block: ImportBlock, comments: LazyComments, file: FileFacts, settings: IsortSettings): BlockFinding | undefined {
  const { source } = file;
  const { text, lines } = source;
  const first = block.imports[0];
  const last = block.imports[block.imports.length - 1];
  if (!first || !last) return undefined;
  const start = first.startIndex;
  const end = last.endIndex;
  if (sharesLineBefore(first, text, lines.lineStart(lines.lineOf(start))) || sharesLineAfter(end, text, lines.lineEnd(lines.lineOf(end)))) {
    return { start, end, messageId: 'sharedLine', data: {}, fix: undefined };
  }
  const fixStart = lines.lineStart(lines.lineOf(start));
  const commentsEnd = fullLineEnd(lines, text.length, end);
  const statements = readImports(block.imports, comments.within(start, commentsEnd), text, lines, settings.splitOnTrailingComma);
  const normalized = normalizeImports(statements, settings);
  const indentation = leadingWhitespace(text.slice(fixStart, start));
  const formatted = formatBlock(normalized, block.trailer, {
    settings,
    layout: file.layout(indentation),
    file: source.absolutePath,
    isStub: source.isStub,
  });
  const fixEnd = block.trailer ? trailingBlankLinesEnd(lines, text, end) : commentsEnd;
  const actual = text.slice(fixStart, fixEnd);
  if (matchesIgnoringIndentation(actual, formatted.text)) return undefined;
  const difference = describeDifference({
    statements,
    normalized,
    formatted,
    actual,
    firstRow: lines.lineOf(fixStart) + 1,
    forceSortWithinSections: settings.forceSortWithinSections,
    lineLength: settings.lineLength,
  });
  return { start, end, ...difference, fix: { start: fixStart, end: fixEnd, content: indentLines(formatted.text, indentation) } };
}

function leadingWhitespace(text: string): string {
  let i = 0;
  while (i < text.length && isPythonWhitespace(text[i] as string)) i++;
  return text.slice(0, i);
}

/** Other code before the block's first statement on its logical line: `x = 1; import os`, `try: import json`. */
function sharesLineBefore(first: SyntaxNode, text: string, lineStart: number): boolean {
  if (leadingWhitespace(text.slice(lineStart, first.startIndex)).length !== first.startIndex - lineStart) return true;
  let node = first;
  while (!node.previousSibling && node.parent && node.parent.startIndex === node.startIndex) node = node.parent;
  return node.previousSibling?.type === 'line_continuation';
}

/** Other code after the block's last statement on its line (`import os; x = 1`), comments aside. */
function sharesLineAfter(end: number, text: string, lineEnd: number): boolean {
  for (let i = end; i < lineEnd; i++) {
    const char = text[i] as string;
    if (char === '#') return false;
    if (!isPythonWhitespace(char)) return true;
  }
  return false;
}

/** Equal line by line, ignoring the whitespace that starts each line (as Ruff compares). */
function matchesIgnoringIndentation(actual: string, expected: string): boolean {
  const a = universalLines(actual);
  const b = universalLines(expected);
  return a.length === b.length && a.every((line, i) => trimStartPython(line) === trimStartPython(b[i] as string));
}
