// The CI formats as Ruff names them: concise and grouped (exact text), junit (read back by junit2json,
// a JUnit consumer), gitlab (GitLab's Code Quality fields as a JSON Schema, and stable fingerprints).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse as parseJunit } from 'junit2json';
import { checkText } from '../../src/api/index.js';
import { conciseChunks, formatGitlab, formatJunit, groupedChunks } from '../../src/formatters/index.js';
import type { Finding } from '../../src/linter/index.js';

const A = 'import sys\nimport os\n\n\ndef badName(x):\n    return os.sep + sys.platform\n' + 'x = 1\n'.repeat(8) + 'mixedCase = 1\n';
const B = 'class bad_name:\n    pass\n';

function findingsOf(code: string, filename: string, absolute = `/repo/${filename}`): Finding[] {
  return checkText(code, { filename }).findings.map((f) => ({ ...f, absoluteFilename: absolute }));
}

const FINDINGS: readonly Finding[] = [...findingsOf(A, 'app/a.py'), ...findingsOf(B, 'app/b.py')];

describe('concise', () => {
  it('one line per finding, [*] on safe fixes, then the count', () => {
    assert.equal(
      [...conciseChunks(FINDINGS)].join(''),
      [
        'app/a.py:1:1: IMP001 [*] `os` comes after `sys` in the standard-library section',
        'app/a.py:5:5: NAM003 Function name `badName` should be snake_case',
        'app/a.py:5:5: TYP002 Missing return type annotation for function `badName`',
        'app/a.py:5:13: TYP001 Missing type annotation for function argument `x`',
        'app/a.py:15:1: NAM006 Module-level name `mixedCase` should not be mixedCase',
        'app/b.py:1:7: NAM002 Class name `bad_name` should be PascalCase',
        'Found 6 findings.',
        '[*] 1 fixable with `--fix`.',
        '',
      ].join('\n'),
    );
    assert.equal([...conciseChunks([])].join(''), 'All checks passed!\n');
  });
});

describe('grouped', () => {
  it('one heading per file, rows right-aligned and columns padded within a file, then the count', () => {
    assert.equal(
      [...groupedChunks(FINDINGS)].join(''),
      [
        'app/a.py:',
        '   1:1  IMP001 [*] `os` comes after `sys` in the standard-library section',
        '   5:5  NAM003 Function name `badName` should be snake_case',
        '   5:5  TYP002 Missing return type annotation for function `badName`',
        '   5:13 TYP001 Missing type annotation for function argument `x`',
        '  15:1  NAM006 Module-level name `mixedCase` should not be mixedCase',
        '',
        'app/b.py:',
        '  1:7 NAM002 Class name `bad_name` should be PascalCase',
        '',
        'Found 6 findings.',
        '[*] 1 fixable with `--fix`.',
        '',
      ].join('\n'),
    );
  });
});

interface JunitCase {
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly line?: number;
  readonly failure?: readonly { readonly message: string; readonly inner: string }[];
}
interface JunitSuite {
  readonly name: string;
  readonly tests: number;
  readonly failures: number;
  readonly testcase: readonly JunitCase[];
}

describe('junit', () => {
  it('a consumer reads a suite per file and a failing case per finding, with positions', async () => {
    const parsed = (await parseJunit(formatJunit(FINDINGS))) as { name: string; tests: number; failures: number; testsuite: readonly JunitSuite[] };
    assert.deepEqual([parsed.name, parsed.tests, parsed.failures], ['pystandards', 6, 6]);
    assert.deepEqual(parsed.testsuite.map((s) => [s.name, s.tests, s.failures]), [['app/a.py', 5, 5], ['app/b.py', 1, 1]]);
    const first = parsed.testsuite[0]?.testcase[0];
    assert.equal(first?.name, 'org.pystandards.IMP001');
    assert.equal(first?.classname, 'app/a');
    assert.equal(first?.file, 'app/a.py');
    assert.equal(first?.line, 1);
    assert.equal(first?.failure?.[0]?.message, '`os` comes after `sys` in the standard-library section');
    assert.equal(first?.failure?.[0]?.inner, 'line 1, col 1, `os` comes after `sys` in the standard-library section');
  });
  it('markup and characters XML cannot hold in messages and paths stay well-formed', async () => {
    const [base] = FINDINGS;
    assert.ok(base);
    const odd: Finding = { ...base, filename: 'app/<&"q">.py', message: 'a < b && c > "d" \'e\' \u0001 \ud800 end' };
    const parsed = (await parseJunit(formatJunit([odd]))) as { testsuite: readonly JunitSuite[] };
    assert.equal(parsed.testsuite[0]?.name, 'app/<&"q">.py');
    assert.equal(parsed.testsuite[0]?.testcase[0]?.failure?.[0]?.message, 'a < b && c > "d" \'e\' \ufffd \ufffd end');
  });
  it('a clean run is one passing case, so CI shows a green test tab', async () => {
    const parsed = (await parseJunit(formatJunit([]))) as { tests: number; failures: number; testsuite: readonly JunitSuite[] };
    assert.deepEqual([parsed.tests, parsed.failures], [1, 0]);
    assert.deepEqual(parsed.testsuite.map((s) => s.testcase.map((c) => [c.name, c.failure])), [[['No findings', undefined]]]);
  });
});

/**
 * GitLab's Code Quality report format (docs.gitlab.com/ci/testing/code_quality, "Code Quality report
 * format"): an array of issues, each with these fields; `severity` one of the five it names;
 * `location` with a `path` and `lines.begin` or `positions.begin.line`. GitLab publishes no schema
 * file, so its documented requirements are written down here.
 */
const GITLAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      type: { const: 'issue' },
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { enum: ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'] } },
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: { type: 'string', pattern: '^[^/]' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: {
              begin: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } },
              end: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } },
            },
          },
        },
        anyOf: [{ required: ['lines'] }, { required: ['positions'] }],
      },
    },
  },
};

interface GitlabIssue {
  readonly check_name: string;
  readonly fingerprint: string;
  readonly location: { readonly path: string; readonly positions: { readonly begin: { readonly line: number } } };
}

describe('gitlab', () => {
  const validate = new Ajv.default({ allErrors: true, strict: true, strictRequired: false }).compile(GITLAB_SCHEMA);
  it('every issue has the fields GitLab reads, and fingerprints are unique', () => {
    const issues = JSON.parse(formatGitlab(FINDINGS)) as GitlabIssue[];
    assert.ok(validate(issues), JSON.stringify(validate.errors));
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    assert.deepEqual(issues.map((i) => `${i.location.path}:${i.location.positions.begin.line} ${i.check_name}`), [
      'app/a.py:1 IMP001',
      'app/a.py:5 NAM003',
      'app/a.py:5 TYP002',
      'app/a.py:5 TYP001',
      'app/a.py:15 NAM006',
      'app/b.py:1 NAM002',
    ]);
  });
  it('fingerprints stay when lines move, and when another finding of the same code appears before', () => {
    const before = JSON.parse(formatGitlab(findingsOf('aName = 1\nbName = 2\n', 'm.py'))) as GitlabIssue[];
    const after = JSON.parse(formatGitlab(findingsOf('"""Doc."""\n\nnewName = 0\naName = 1\n\n\nbName = 2\n', 'm.py'))) as GitlabIssue[];
    assert.ok(validate(after));
    assert.deepEqual(after.map((i) => i.location.positions.begin.line), [3, 4, 7]);
    assert.deepEqual([after[1]?.fingerprint, after[2]?.fingerprint], before.map((i) => i.fingerprint));
    assert.notEqual(after[0]?.fingerprint, before[0]?.fingerprint);
  });
  it('identical findings in one file still get distinct fingerprints', () => {
    const twice = [...findingsOf('aName = 1\n', 'm.py'), ...findingsOf('aName = 1\n', 'm.py')];
    const issues = JSON.parse(formatGitlab(twice)) as GitlabIssue[];
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, 2);
  });
  it('paths are relative to CI_PROJECT_DIR when given', () => {
    const issues = JSON.parse(formatGitlab(findingsOf(B, '../elsewhere/b.py', '/builds/group/svc/app/b.py'), { projectDir: '/builds/group/svc' })) as GitlabIssue[];
    assert.equal(issues[0]?.location.path, 'app/b.py');
    assert.ok(validate(issues));
    assert.equal(formatGitlab([]), '[]\n');
  });
});
