// SARIF 2.1.0 for code scanning: every rule in `tool.driver.rules`, one result per finding.
import type { Finding, Rule } from '../linter/index.js';
import { ruleUrl } from '../linter/index.js';
import { compareOrdinal } from '../compare.js';

export interface SarifOptions {
  readonly rules: readonly Rule[];
  readonly toolVersion: string;
}

const INFORMATION_URI = 'https://github.com/pystandards/pystandards';

/** Renders findings as a SARIF 2.1.0 log. */
export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  const rules = [...options.rules].sort((a, b) => compareOrdinal(a.code, b.code));
  const index = new Map(rules.map((rule, i) => [rule.code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pystandards',
            version: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.code,
              name: rule.name,
              shortDescription: { text: rule.docs.summary },
              fullDescription: { text: rule.docs.what },
              help: { text: `${rule.docs.what}\n\n${rule.docs.why}`, markdown: `${rule.docs.what}\n\n${rule.docs.why}` },
              helpUri: ruleUrl(rule.code),
              defaultConfiguration: { level: 'error', enabled: rule.defaultEnabled },
              properties: { tags: [rule.section], equivalents: [...rule.equivalents] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: findings.map((f) => ({
          ruleId: f.code,
          ...(index.has(f.code) && { ruleIndex: index.get(f.code) }),
          level: 'error',
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.filename) },
                region: {
                  startLine: f.location.row,
                  startColumn: f.location.column,
                  endLine: f.endLocation.row,
                  endColumn: f.endLocation.column,
                },
              },
            },
          ],
          ...(f.fix && {
            fixes: [
              {
                description: { text: f.fix.message },
                artifactChanges: [
                  {
                    artifactLocation: { uri: toUri(f.filename) },
                    replacements: f.fix.edits.map((edit) => ({
                      deletedRegion: {
                        startLine: edit.location.row,
                        startColumn: edit.location.column,
                        endLine: edit.endLocation.row,
                        endColumn: edit.endLocation.column,
                      },
                      insertedContent: { text: edit.content },
                    })),
                  },
                ],
              },
            ],
          }),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path stays a relative URI reference; an absolute one becomes a `file://` URI. */
function toUri(filename: string): string {
  const posix = filename.split('\\').join('/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encoded.replace('%3A', ':')}`;
  return posix.startsWith('/') ? `file://${encoded}` : encoded;
}
