// `pystandards report` end to end: the JSON summary, the HTML file, the history folder and its errors.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli, tempProject } from '../harness/cli.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';
const FILES = { 'pyproject.toml': PYPROJECT, 'app/a.py': 'import sys\nimport os\n\nprint(os, sys)\n', 'app/b.py': 'aName = 1\nbName = 2\n', 'c.py': 'X = 1\n' };

interface Summary {
  readonly format: string;
  readonly totals: { readonly files: number; readonly lines: number; readonly findings: number; readonly new: number; readonly suppressed: number };
  readonly sections: readonly { readonly id: string; readonly clean: number; readonly inScope: number }[];
  readonly trend: readonly { readonly findings: number }[];
}

describe('pystandards report', () => {
  it('--output-format json prints the summary: the same figures the page draws; exit 0 with findings', () => {
    const root = tempProject(FILES);
    runCli(['check', '--suppress-rule', 'NAM006'], { cwd: root });
    const result = runCli(['report', '--output-format', 'json'], { cwd: root });
    assert.equal(result.status, 0, result.stderr);
    const summary = JSON.parse(result.stdout) as Summary;
    assert.equal(summary.format, 'pystandards-report');
    assert.deepEqual(summary.totals, { files: 3, lines: 7, findings: 3, new: 1, suppressed: 2, fixableSafe: 1, fixableUnsafe: 0, filesClean: 1, unparsable: 0 });
    assert.deepEqual(summary.sections.map((s) => `${s.id} ${s.clean}/${s.inScope}`), ['environment 1/1', 'imports 2/3', 'type_hints 3/3', 'async 3/3', 'errors 3/3', 'naming 2/3']);
  });
  it('counts suppressed findings as fixable: --fix fixes them too', () => {
    const root = tempProject(FILES);
    runCli(['check', '--suppress-all'], { cwd: root });
    const summary = JSON.parse(runCli(['report', '--output-format', 'json'], { cwd: root }).stdout) as Summary;
    assert.deepEqual(summary.totals, { files: 3, lines: 7, findings: 3, new: 0, suppressed: 3, fixableSafe: 1, fixableUnsafe: 0, filesClean: 1, unparsable: 0 });
    assert.equal(runCli(['check', '--diff'], { cwd: root }).stderr, 'Would fix 1 finding in 1 file.\n');
  });
  it('writes one HTML file with the data and the charting library inside', () => {
    const root = tempProject(FILES);
    const result = runCli(['report', 'app', '-o', 'report.html'], { cwd: root });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, 'Wrote report.html: 3 findings (3 new, 0 suppressed) in 2 files.\n');
    const html = readFileSync(path.join(root, 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<script type="application\/json" id="report-data">\{"format":"pystandards-report"/);
    assert.match(html, /Apache ECharts|echarts/i);
    assert.doesNotMatch(html, /<script[^>]+src=/);
  });
  it('--history reads earlier reports for the trend and saves this one beside them', () => {
    const root = tempProject(FILES);
    assert.equal(runCli(['report', '--output-format', 'json', '--history', 'reports'], { cwd: root }).status, 0);
    writeFileSync(path.join(root, 'app/b.py'), 'A_NAME = 1\nbName = 2\n');
    const second = runCli(['report', '--output-format', 'json', '--history', 'reports'], { cwd: root });
    const summary = JSON.parse(second.stdout) as Summary;
    assert.deepEqual(summary.trend.map((p) => p.findings), [3, 2]);
    const saved = readdirSync(path.join(root, 'reports'));
    assert.equal(saved.length, 2);
    assert.ok(saved.every((name) => /^pystandards-report-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/.test(name)), saved.join(' '));
    assert.match(second.stderr, /^Saved the report data to reports\/pystandards-report-.+\.json\.\n$/);
  });
  it('a history file that is not report data is an error naming it (exit 2); other files are left alone', () => {
    const root = tempProject(FILES);
    mkdirSync(path.join(root, 'reports'));
    writeFileSync(path.join(root, 'reports', 'notes.json'), '{"anything": true}');
    assert.equal(runCli(['report', '--output-format', 'json', '--history', 'reports'], { cwd: root }).status, 0);
    writeFileSync(path.join(root, 'reports', 'pystandards-report-broken.json'), '{"format": "eslint"}');
    const result = runCli(['report', '--output-format', 'json', '--history', 'reports'], { cwd: root });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `pystandards: error: ${path.join(root, 'reports', 'pystandards-report-broken.json')}: not report data: no "format": "pystandards-report"\n`);
  });
  it('usage errors: html without --output, an unknown format, stdin', () => {
    const root = tempProject(FILES);
    assert.match(runCli(['report'], { cwd: root }).stderr, /the HTML report needs --output FILE/);
    assert.match(runCli(['report', '--output-format', 'pdf'], { cwd: root }).stderr, /unknown output format `pdf` \(expected html or json\)/);
    assert.match(runCli(['report', '-', '-o', 'x.html'], { cwd: root }).stderr, /`-` \(stdin\) is not accepted/);
  });
});
