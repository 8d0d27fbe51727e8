// JUnit XML for CI test tabs (GitLab, Jenkins, Azure): a test suite per file, a failing test case per
// finding, in the layout Ruff's `junit` format uses; a clean run is one passing case.
import type { Finding } from '../linter/index.js';

/** Text safe inside XML 1.0 attributes and elements: markup escaped, characters XML cannot hold replaced. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The class name a path gives (without its extension), as Ruff names it. */
function className(filename: string): string {
  return filename.replace(/\.pyi?$/, '');
}

/** Renders findings (sorted by file) as a JUnit XML document. */
export function formatJunit(findings: readonly Finding[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const failures = findings.length;
  out.push(`<testsuites name="pystandards" tests="${Math.max(1, failures)}" failures="${failures}" errors="0">\n`);
  if (failures === 0) {
    out.push('    <testsuite name="pystandards" tests="1" disabled="0" errors="0" failures="0" package="org.pystandards">\n');
    out.push('        <testcase name="No findings" classname="pystandards"/>\n');
    out.push('    </testsuite>\n');
  }
  let start = 0;
  while (start < findings.length) {
    const filename = (findings[start] as Finding).filename;
    let end = start;
    while (end < findings.length && (findings[end] as Finding).filename === filename) end++;
    out.push(`    <testsuite name="${xml(filename)}" tests="${end - start}" disabled="0" errors="0" failures="${end - start}" package="org.pystandards">\n`);
    for (const f of findings.slice(start, end)) {
      const { row, column } = f.location;
      out.push(`        <testcase name="org.pystandards.${xml(f.code)}" classname="${xml(className(filename))}" file="${xml(filename)}" line="${row}" column="${column}">\n`);
      out.push('            <properties>\n                <property name="severity" value="error"/>\n');
      out.push(`                <property name="rule" value="${xml(f.rule)}"/>\n                <property name="url" value="${xml(f.url)}"/>\n            </properties>\n`);
      out.push(`            <failure message="${xml(f.message)}" type="${xml(f.code)}">line ${row}, col ${column}, ${xml(f.message)}</failure>\n`);
      out.push('        </testcase>\n');
    }
    out.push('    </testsuite>\n');
    start = end;
  }
  out.push('</testsuites>\n');
  return out.join('');
}
