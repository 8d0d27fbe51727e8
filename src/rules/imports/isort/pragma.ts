// Pragma comments (`# noqa`, `# type: ignore`, …), which do not count toward an import's line width.

const PRAGMA_PREFIXES = new Set(['isort', 'type', 'pyright', 'pyrefly', 'pylint', 'flake8', 'ruff', 'ty']);

/**
 * True for a comment that only speaks to a tool: `# noqa…` (any case), `# nosec…`, or
 * `# <tool>: …` for isort, type, pyright, pyrefly, pylint, flake8, ruff and ty.
 */
export function isPragmaComment(comment: string): boolean {
  if (!comment.startsWith('#')) return false;
  const content = comment.slice(1).trimStart();
  if (/^noqa/i.test(content) || content.startsWith('nosec')) return true;
  const colon = content.indexOf(':');
  return colon >= 0 && PRAGMA_PREFIXES.has(content.slice(0, colon));
}

/**
 * The part of a comment that counts toward the line width. Ruff's I001 (since 0.17) leaves a
 * trailing pragma out, as its formatter and E501 do, so adding a suppression never forces a
 * wrap: `# noqa` counts for nothing, `# why  # noqa: F401` as `# why`.
 */
export function measuredComment(comment: string): string {
  for (let at = comment.indexOf('#'); at >= 0; at = comment.indexOf('#', at + 1)) {
    if (isPragmaComment(comment.slice(at))) return comment.slice(0, at).trimEnd();
  }
  return comment;
}
