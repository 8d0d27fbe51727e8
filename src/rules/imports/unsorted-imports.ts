// IMP001: every import block must be exactly what isort (profile black, as Ruff's I001) would write.
import { makeFix, replaceEdit } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import { python2StatementError, syntaxDamage, type SyntaxNode } from '../../syntax/index.js';
import { findBlocks } from './isort/blocks.js';
import { checkBlock } from './isort/check-block.js';
import { DIFFERENCE_MESSAGES } from './isort/describe.js';
import { NO_DIRECTIVES, readDirectives } from './isort/directives.js';
import { FileFacts, LazyComments } from './isort/file-facts.js';
import { isortSettings } from './isort/isort-settings.js';

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
      '- A file that tree-sitter-python cannot parse (SYN001) is not checked, where Ruff\'s parser may still',
      '  succeed (two standard-library files: a construct in `test_compile.py`, `from __future__ import *`).',
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
        // Only a tree that does not parse is left alone; syntax newer than the target still parses.
        if (imports.length === 0 || python2 || syntaxDamage(context.source.tree).first) return;
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
