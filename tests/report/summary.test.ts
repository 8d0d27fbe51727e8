// The report's summary from a run's files: compliance per section, per 1,000 lines, rules, files,
// folders and the trend, with exact figures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, ruleUrl, type Finding } from '../../src/api/index.js';
import { buildSummary, type ReportFile, type TrendPoint } from '../../src/report/index.js';

/** A checked file; the findings of `hidden` codes are the ones its suppressions file hid. */
function file(path: string, code: string, hidden: readonly string[] = []): ReportFile {
  const lines = code.split('\n').length - 1;
  const findings = checkText(code, { filename: path }).findings;
  return { path, python: true, lines, findings: findings.filter((f) => !hidden.includes(f.code)), suppressed: findings.filter((f) => hidden.includes(f.code)) };
}

/** ENV001 on pyproject.toml, as the project rules report it (checkText runs no project rules). */
const ENV001_FINDING: Finding = {
  code: 'ENV001',
  rule: 'unsupported-python-version',
  message: 'The project allows Python 3.9',
  filename: 'pyproject.toml',
  absoluteFilename: '/svc/pyproject.toml',
  location: { row: 3, column: 19 },
  endLocation: { row: 3, column: 26 },
  noqaRow: 3,
  fix: null,
  url: ruleUrl('ENV001'),
  section: 'environment',
  sectionTitle: 'Environment',
  sourceLines: [],
};

const FILES: readonly ReportFile[] = [
  file('app/a.py', 'import sys\nimport os\n\nprint(os, sys)\n'),
  // Its unsorted imports and mixedCase names are in the suppressions file; --fix still fixes the imports.
  file('app/b.py', 'import sys\nimport os\n\naB = os.sep\ncD = sys.argv\n\n\nclass bad_name:\n    pass\n', ['IMP001', 'NAM006']),
  file('app/sub/c.py', 'X = 1\n'),
  file('d.py', 'def f(x) -> None:\n    pass\n'),
  { path: 'pyproject.toml', python: false, lines: 0, findings: [], suppressed: [ENV001_FINDING] },
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
    assert.deepEqual(summary.totals, { files: 4, lines: 16, findings: 7, new: 3, suppressed: 4, fixableSafe: 2, fixableUnsafe: 0, filesClean: 1, unparsable: 0 });
  });
  it('per section: share of files clean (suppressed findings count against it), findings per 1,000 lines', () => {
    assert.deepEqual(
      summary.sections.map((s) => [s.id, s.findings, s.new, s.suppressed, `${s.clean}/${s.inScope}`, s.per1000Lines]),
      [
        ['environment', 1, 0, 1, '0/1', null],
        ['imports', 2, 1, 1, '2/4', 125],
        ['type_hints', 1, 1, 0, '3/4', 62.5],
        ['async', 0, 0, 0, '4/4', 0],
        ['errors', 0, 0, 0, '4/4', 0],
        ['naming', 3, 1, 2, '3/4', 187.5],
      ],
    );
    assert.equal(summary.sections[1]?.shareClean, 0.5);
  });
  it('rules with most findings first, with suppressed, fixable (suppressed findings too: --fix fixes them) and file counts', () => {
    assert.deepEqual(
      summary.rules.map((r) => [r.code, r.findings, r.suppressed, r.fixableSafe, r.files]),
      [
        ['IMP001', 2, 1, 2, 2],
        ['NAM006', 2, 2, 0, 1],
        ['ENV001', 1, 1, 0, 1],
        ['NAM002', 1, 0, 0, 1],
        ['TYP001', 1, 0, 0, 1],
      ],
    );
  });
  it('files and folders, worst first; a folder counts its subfolders', () => {
    assert.deepEqual(summary.files.map((f) => `${f.path}:${f.findings}:${f.new}:${f.suppressed}:${f.fixable}`), ['app/b.py:4:1:3:1', 'app/a.py:1:1:0:1', 'd.py:1:1:0:0', 'pyproject.toml:1:0:1:0', 'app/sub/c.py:0:0:0:0']);
    assert.deepEqual(summary.folders.map((f) => `${f.path}:${f.files}:${f.lines}:${f.findings}:${f.per1000Lines}`), ['.:4:16:6:375', 'app:3:14:5:357.14', 'app/sub:1:1:0:0']);
  });
  it('the trend: earlier reports, then this one', () => {
    assert.deepEqual(summary.trend.map((p) => [p.generatedAt, p.commit, p.findings, p.shareClean.naming]), [
      ['2026-11-01T00:00:00.000Z', 'abc1234', 20, 0.5],
      ['2026-12-01T12:00:00.000Z', 'def5678', 7, 0.75],
    ]);
  });
});
