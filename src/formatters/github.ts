// GitHub Actions workflow commands: one `::error` annotation per finding.
import type { Finding } from '../linter/index.js';

/** Renders findings as `::error file=…,line=…,col=…,title=CODE::message` lines. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const properties = [
        `file=${escapeProperty(f.filename)}`,
        `line=${f.location.row}`,
        `col=${f.location.column}`,
        `endLine=${f.endLocation.row}`,
        `endColumn=${f.endLocation.column}`,
        `title=${escapeProperty(f.code)}`,
      ].join(',');
      return `::error ${properties}::${escapeData(`${f.code} ${f.message}`)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
