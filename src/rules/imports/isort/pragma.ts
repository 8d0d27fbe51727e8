// Pragma comments (`# noqa`, `# type: ignore`, …), which do not count toward an import's line width.

const PRAGMA_PREFIXES = new Set(['isort', 'type', 'pyright', 'pyrefly', 'pylint', 'flake8', 'ruff', 'ty']);

/**
 * True for a comment that only speaks to a tool: `# noqa…` (any case), `# nosec…`, or
 * `# <tool>: …` for isort, type, pyright, pyrefly, pylint, flake8, ruff and ty. Ruff's I001
 * (since 0.17) leaves these out of the width when deciding whether an import fits on one line,
 * as its formatter and E501 do, so adding a suppression never forces a wrap.
 */
export function isPragmaComment(comment: string): boolean {
  if (!comment.startsWith('#')) return false;
  const content = comment.slice(1).trimStart();
  if (/^noqa/i.test(content) || content.startsWith('nosec')) return true;
  const colon = content.indexOf(':');
  return colon >= 0 && PRAGMA_PREFIXES.has(content.slice(0, colon));
}
