// The report's summary from a run's files: compliance per section, per 1,000 lines, rules, files,
// folders and the trend, with exact figures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../src/api/index.js';
import { buildSummary, type ReportFile, type TrendPoint } from '../../src/report/index.js';

function file(path: string, code: string, suppressed: Record<string, number> = {}): ReportFile {
  const lines = code.split('\n').length - 1;
  return { path, python: true, lines, findings: checkText(code, { filename: path }).findings, suppressed };
}

const FILES: readonly ReportFile[] = [
  file('app/a.py', 'import sys\nimport os\n\nprint(os, sys)\n'),
  file('app/b.py', 'class bad_name:\n    pass\n', { NAM006: 3 }),
  file('app/sub/c.py', 'X = 1\n'),
  file('d.py', 'def f(x) -> None:\n    pass\n'),
  { path: 'pyproject.toml', python: false, lines: 0, findings: [], suppressed: { ENV001: 1 } },
];

const EARLIER: TrendPoint = {
  generatedAt: '2026-11-01T00:00:00.000Z',
  commit: 'abc1234',
  findings: 20,
  new: 20,
  suppressed: 0,
  files: 4,
  lines: 13,
  shareClean: { environment: 0, imports: 0.5, type_hints: 0.5, async: 1, errors: 1, naming: 0.5 },
};

describe('buildSummary', () => {
  const summary = buildSummary({
    files: FILES,
    projects: { total: 1, clean: 0 },
    target: 'svc',
    commit: 'def5678',
    version: '0.1.0',
    generatedAt: new Date('2026-12-01T12:00:00.000Z'),
    history: [EARLIER],
  });
  it('totals: Python files and lines, new and suppressed, fixable, clean files', () => {
    assert.deepEqual(summary.totals, { files: 4, lines: 9, findings: 7, new: 3, suppressed: 4, fixableSafe: 1, fixableUnsafe: 0, filesClean: 1, unparsable: 0 });
  });
  it('per section: share of files clean (suppressed findings count against it), findings per 1,000 lines', () => {
    assert.deepEqual(
      summary.sections.map((s) => [s.id, s.findings, s.new, s.suppressed, `${s.clean}/${s.inScope}`, s.per1000Lines]),
      [
        ['environment', 1, 0, 1, '0/1', null],
        ['imports', 1, 1, 0, '3/4', 111.11],
        ['type_hints', 1, 1, 0, '3/4', 111.11],
        ['async', 0, 0, 0, '4/4', 0],
        ['errors', 0, 0, 0, '4/4', 0],
        ['naming', 4, 1, 3, '3/4', 444.44],
      ],
    );
    assert.equal(summary.sections[1]?.shareClean, 0.75);
  });
  it('rules with most findings first, with suppressed, fixable and file counts', () => {
    assert.deepEqual(
      summary.rules.map((r) => [r.code, r.findings, r.suppressed, r.fixableSafe, r.files]),
      [
        ['NAM006', 3, 3, 0, 1],
        ['ENV001', 1, 1, 0, 1],
        ['IMP001', 1, 0, 1, 1],
        ['NAM002', 1, 0, 0, 1],
        ['TYP001', 1, 0, 0, 1],
      ],
    );
  });
  it('files and folders, worst first; a folder counts its subfolders', () => {
    assert.deepEqual(summary.files.map((f) => `${f.path}:${f.findings}`), ['app/b.py:4', 'app/a.py:1', 'd.py:1', 'pyproject.toml:1', 'app/sub/c.py:0']);
    assert.deepEqual(summary.folders.map((f) => `${f.path}:${f.files}:${f.lines}:${f.findings}:${f.per1000Lines}`), ['.:4:9:6:666.67', 'app:3:7:5:714.29', 'app/sub:1:1:0:0']);
  });
  it('the trend: earlier reports, then this one', () => {
    assert.deepEqual(summary.trend.map((p) => [p.generatedAt, p.commit, p.findings, p.shareClean.naming]), [
      ['2026-11-01T00:00:00.000Z', 'abc1234', 20, 0.5],
      ['2026-12-01T12:00:00.000Z', 'def5678', 7, 0.75],
    ]);
  });
});
