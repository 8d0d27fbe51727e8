// The compliance report as one self-contained HTML page: the summary as embedded JSON, the styles, and
// the page script bundled with its charting library (Apache ECharts), all inline — it works offline.
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../package-root.js';
import type { ReportSummary } from './summary.js';

/** The page script and ECharts, bundled by scripts/bundle.js. */
const PAGE_SCRIPT = new URL('dist/bundle/report-page.js', PACKAGE_ROOT);

let script: string | undefined;
function pageScript(): string {
  if (script === undefined) {
    try {
      script = readFileSync(PAGE_SCRIPT, 'utf8');
    } catch {
      throw new Error(`the report page script is missing (${PAGE_SCRIPT.pathname}); run npm run build`);
    }
  }
  return script;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text inside <script>: nothing in it may close the element or open a comment. */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #1f4e8c; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 20px 0; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; }
.cards .value { display: block; font-size: 1.5rem; font-weight: 650; }
.cards .label { color: var(--muted); }
.chart { width: 100%; min-height: 220px; margin: 8px 0 16px; }
.note { color: var(--muted); font-style: italic; }
.controls { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.controls label { display: flex; gap: 6px; align-items: center; }
input[type=search], select { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); }
td:first-child { word-break: break-all; }
th.numeric, td.numeric { text-align: right; }
th button { font: inherit; font-weight: 650; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.table-status { color: var(--muted); margin: 4px 0; }
.show-all { font: inherit; margin-bottom: 8px; }
footer { max-width: 1100px; margin: 40px auto; padding: 0 24px; color: var(--muted); }
@media print { .controls, .show-all { display: none; } }
`;

const number = (value: number): string => value.toLocaleString('en-US');

/** The page for `summary`. */
export function renderReportHtml(summary: ReportSummary): string {
  const { totals } = summary;
  const data = JSON.stringify(summary).replace(/</g, '\\u003c');
  const when = summary.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const commit = summary.commit ? ` · commit ${escapeHtml(summary.commit)}` : '';
  const sectionOptions = summary.sections.map((s) => `<option value="${s.id}">${escapeHtml(s.title)}</option>`).join('');
  const card = (value: string, label: string, id: string): string => `<li id="${id}"><span class="value">${value}</span><span class="label">${label}</span></li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>Standards compliance — ${escapeHtml(summary.target)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Python Backend Standards: compliance of ${escapeHtml(summary.target)}</h1>
<p class="meta">${escapeHtml(when)}${commit} · pystandards ${escapeHtml(summary.tool.version)}</p>
</header>
<main>
<ul class="cards" aria-label="Totals">
${card(number(totals.files), 'Python files', 'card-files')}
${card(number(totals.lines), 'lines', 'card-lines')}
${card(number(totals.findings), 'findings', 'card-findings')}
${card(number(totals.new), 'new (not suppressed)', 'card-new')}
${card(number(totals.suppressed), 'suppressed', 'card-suppressed')}
${card(number(totals.fixableSafe), 'fixable with --fix', 'card-fixable')}
${card(number(totals.fixableUnsafe), 'more with --unsafe-fixes', 'card-unsafe')}
${card(number(totals.filesClean), 'files with no finding', 'card-clean')}
</ul>
<noscript><p class="note">The charts and tables need JavaScript; the data is in the page as JSON (#report-data).</p></noscript>
<section aria-labelledby="h-sections">
<h2 id="h-sections">Compliance by section of the standards</h2>
<p class="note">Share of files with no finding of the section (projects, for Environment), suppressed findings included: they are still to fix.</p>
<div class="chart" id="chart-sections" role="img" aria-label="Share of files clean per section"></div>
<div id="table-sections"></div>
</section>
<section aria-labelledby="h-suppressed">
<h2 id="h-suppressed">New and suppressed findings</h2>
<div class="chart" id="chart-suppressed" role="img" aria-label="New and suppressed findings per section"></div>
</section>
<section aria-labelledby="h-rules">
<h2 id="h-rules">Rules with most findings</h2>
<div class="chart" id="chart-rules" role="img" aria-label="The ten rules with most findings"></div>
<div class="controls"><label>Filter <input type="search" id="filter-rules" placeholder="code"></label></div>
<div id="table-rules"></div>
</section>
<section aria-labelledby="h-files">
<h2 id="h-files">Files with most findings</h2>
<div class="controls">
<label>Filter <input type="search" id="filter-files" placeholder="path contains…"></label>
<label>Section <select id="filter-files-section"><option value="">every section</option>${sectionOptions}</select></label>
</div>
<div id="table-files"></div>
</section>
<section aria-labelledby="h-folders">
<h2 id="h-folders">Folders with most findings</h2>
<div class="controls"><label>Filter <input type="search" id="filter-folders" placeholder="path contains…"></label></div>
<div id="table-folders"></div>
</section>
<section aria-labelledby="h-trend">
<h2 id="h-trend">Trend</h2>
<div class="chart" id="chart-trend" role="img" aria-label="Findings over time"></div>
</section>
</main>
<footer>Generated by pystandards ${escapeHtml(summary.tool.version)}. Charts drawn with Apache ECharts, bundled into this page.</footer>
<script type="application/json" id="report-data">${data}</script>
<script>${inlineScript(pageScript())}</script>
</body>
</html>
`;
}
