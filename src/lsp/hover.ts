// Hover: on a finding, its rule and the standards section behind it; on a noqa comment, what its codes are.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { DocumentFinding, DocumentNoqaComment } from '../api/index.js';
import { RULES_BY_CODE } from '../api/index.js';
import { noqaHoverMarkdown, ruleHoverMarkdown } from '../standards/hover-text.js';
import type { StandardsLibrary } from '../standards/library.js';
import { rangesMeet } from './code-actions.js';

const SEPARATOR = '\n\n---\n\n';

/** The hover at `position`: noqa comments first (they sit on lines with findings), then findings. */
export function hoverAt(
  position: Position,
  findings: readonly DocumentFinding[],
  comments: readonly DocumentNoqaComment[],
  library: StandardsLibrary,
  markdown: boolean,
): Hover | null {
  const point = { start: position, end: position };
  const comment = comments.find((c) => rangesMeet(c.range, point));
  if (comment) return hover(noqaHoverMarkdown(comment.scope, comment.codes), comment.range, markdown);
  const here = findings.filter((finding) => rangesMeet(finding.range, point) || isEmptyRangeOnLine(finding, position));
  if (here.length === 0) return null;
  const parts = here.flatMap((finding) => {
    const rule = RULES_BY_CODE.get(finding.code);
    return rule ? [ruleHoverMarkdown(rule, library, finding.message)] : [`**${finding.code}**: ${finding.message}`];
  });
  return hover([...new Set(parts)].join(SEPARATOR), here.length === 1 ? (here[0] as DocumentFinding).range : undefined, markdown);
}

/** Findings without extent (a project file's start) answer a hover anywhere on their line. */
function isEmptyRangeOnLine(finding: DocumentFinding, position: Position): boolean {
  const { start, end } = finding.range;
  return start.line === end.line && start.character === end.character && start.line === position.line;
}

function hover(text: string, range: DocumentFinding['range'] | undefined, markdown: boolean): Hover {
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: text }, ...(range && { range }) };
}
