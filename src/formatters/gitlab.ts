// GitLab Code Quality (a subset of the Code Climate issue format) for merge-request widgets, with
// fingerprints that survive lines moving: a hash of the file, the code, the message and its occurrence.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Finding } from '../linter/index.js';

export interface GitlabOptions {
  /** `CI_PROJECT_DIR`: paths are made relative to it, as GitLab resolves them; by default the display path. */
  readonly projectDir?: string | undefined;
}

/** The path GitLab links: relative to the project folder, with `/`. */
function issuePath(finding: Finding, projectDir: string | undefined): string {
  const shown = projectDir && finding.absoluteFilename !== '-' ? path.relative(projectDir, finding.absoluteFilename) : finding.filename;
  return shown.split(path.sep).join('/');
}

/**
 * A fingerprint per finding, unchanged when lines move above or around it: the file, the code and
 * the message (which names the symbol), and which occurrence of that triple it is in the file.
 * Ruff hashes only the file and code with its ordinal, so a new finding of a code renumbers the
 * others; including the message keeps them apart. SHA-256, so the value is the same on every
 * machine and version.
 */
function fingerprints(findings: readonly Finding[], paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding, index) => {
    const key = `${paths[index]}\u0000${finding.code}\u0000${finding.message}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
  });
}

/** Renders findings as a GitLab Code Quality report (a JSON array). */
export function formatGitlab(findings: readonly Finding[], options: GitlabOptions = {}): string {
  const paths = findings.map((finding) => issuePath(finding, options.projectDir));
  const prints = fingerprints(findings, paths);
  const issues = findings.map((f, index) => ({
    type: 'issue',
    check_name: f.code,
    description: `${f.code}: ${f.message}`,
    content: { body: `${f.rule}: see ${f.url}` },
    categories: [f.code === 'SYN001' ? 'Bug Risk' : 'Style'],
    severity: f.code === 'SYN001' ? 'critical' : 'major',
    fingerprint: prints[index],
    location: {
      path: paths[index],
      positions: { begin: { line: f.location.row, column: f.location.column }, end: { line: f.endLocation.row, column: f.endLocation.column } },
    },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
