import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import { checkText, RULES, VERSION } from '../../src/api/index.js';
import { formatGithub, formatJson, formatJsonByStringify, formatSarif, formatStatistics, formatText } from '../../src/formatters/index.js';
import { makeFix } from '../../src/fix/index.js';
import { toFinding, type Finding } from '../../src/linter/index.js';
import { LineIndex } from '../../src/syntax/index.js';
import { py } from '../harness/py.js';
import { matchSnapshot } from '../harness/snapshot.js';

const CODE = py`
  import os

  class customer_record:
      firstName: str = "Ada"

  def Lookup(customerId:${'\t'}int) -> None:
      pass

  maxRetries = 3
`;

// IMP001 is left out so the fixture shows the naming findings only (its blank lines before `class` are deliberate).
const findings: readonly Finding[] = checkText(CODE, { filename: 'app/Customer-Record.py', ignore: ['IMP001'] }).findings;

/** A finding with a fix, built by hand so every formatter's fix rendering is exercised. */
function fixableFinding(): Finding {
  const text = 'import sys\nimport os\n';
  const lines = new LineIndex(text);
  const fix = makeFix('safe', 'Sort the import block', [{ start: 0, end: text.length, content: 'import os\nimport sys\n' }]);
  return toFinding({ code: 'IMP001', rule: 'unsorted-imports', message: 'Import block is not sorted', messageId: 'x', start: 0, end: text.length, fix }, 'app/x.py', '/repo/app/x.py', lines, 'imports');
}

describe('text', () => {
  it('findings with code frames and a summary (snapshot)', () => {
    matchSnapshot(formatText(findings, { color: false, quiet: false, fileCount: 1 }), 'text-output.txt');
  });
  it('colour only when asked', () => {
    assert.doesNotMatch(formatText(findings, { color: false, quiet: false, fileCount: 1 }), /\u001b\[/);
    assert.match(formatText(findings, { color: true, quiet: false, fileCount: 1 }), /\u001b\[31m/);
  });
  it('quiet prints one line per finding', () => {
    const lines = formatText(findings, { color: false, quiet: true, fileCount: 1 }).trimEnd().split('\n');
    assert.equal(lines.length, findings.length);
    assert.equal(lines[0], 'app/Customer-Record.py:1:1: NAM001 Module name `Customer-Record` should be snake_case');
  });
  it('a fix is shown as help and counted in the summary', () => {
    const out = formatText([fixableFinding()], { color: false, quiet: false, fileCount: 1 });
    assert.match(out, /= help: Sort the import block\n/);
    assert.match(out, /1 fixable with `--fix`\./);
  });
  it('no findings', () => {
    assert.equal(formatText([], { color: false, quiet: false, fileCount: 3 }), 'All checks passed (3 files checked).\n');
  });
  it('statistics, most frequent first', () => {
    assert.equal(
      formatStatistics([...findings, fixableFinding()]),
      '1\tIMP001\t[*] unsorted-imports\n1\tNAM001\t[ ] invalid-module-name\n1\tNAM002\t[ ] invalid-class-name\n1\tNAM003\t[ ] invalid-function-name\n1\tNAM004\t[ ] invalid-argument-name\n1\tNAM006\t[ ] non-upper-case-constant\n1\tNAM007\t[ ] mixed-case-class-attribute\n',
    );
  });
});

describe('json (Ruff shape)', () => {
  it('has exactly Ruff\'s keys and values', () => {
    const [first] = JSON.parse(formatJson([fixableFinding()])) as Record<string, unknown>[];
    assert.deepEqual(first, {
      cell: null,
      code: 'IMP001',
      end_location: { column: 1, row: 3 },
      filename: '/repo/app/x.py',
      fix: {
        applicability: 'safe',
        edits: [{ content: 'import os\nimport sys\n', end_location: { column: 1, row: 3 }, location: { column: 1, row: 1 } }],
        message: 'Sort the import block',
      },
      location: { column: 1, row: 1 },
      message: 'Import block is not sorted',
      noqa_row: 1,
      url: 'https://github.com/pystandards/pystandards/blob/main/docs/rules/IMP001.md',
    });
  });
  it('snapshot', () => matchSnapshot(formatJson(findings), 'json-output.json'));
  it('the hand-written serializer prints exactly what JSON.stringify does', () => {
    const tricky = { ...fixableFinding(), message: 'quote " backslash \\ newline \n tab \t é 😀', fix: { applicability: 'unsafe' as const, message: 'No edits', edits: [] } };
    for (const input of [findings, [fixableFinding()], [tricky], []]) assert.equal(formatJson(input), formatJsonByStringify(input));
  });
});

describe('sarif 2.1.0', () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  const ajv = new Ajv04.default({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);

  it('validates against the SARIF schema, with and without findings', () => {
    for (const input of [findings, [fixableFinding()], []]) {
      const log = JSON.parse(formatSarif(input, { rules: RULES, toolVersion: VERSION })) as unknown;
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    }
  });
  it('the validator does reject a broken log', () => {
    const log = JSON.parse(formatSarif(findings, { rules: RULES, toolVersion: VERSION })) as { runs: { results: { level: string }[] }[] };
    const first = log.runs[0]?.results[0];
    assert.ok(first);
    first.level = 'fatal';
    assert.equal(validate(log), false);
  });
  it('lists every rule with descriptions and points results at them', () => {
    const log = JSON.parse(formatSarif(findings, { rules: RULES, toolVersion: VERSION })) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    const run = log.runs[0];
    assert.ok(run);
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), RULES.map((r) => r.code).sort());
    for (const rule of run.tool.driver.rules) assert.ok(rule.shortDescription.text && rule.help.text);
    const result = run.results.find((r) => r.ruleId === 'NAM002');
    assert.ok(result);
    assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, 'NAM002');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0]?.physicalLocation.artifactLocation.uri, 'app/Customer-Record.py');
    assert.deepEqual(result.locations[0]?.physicalLocation.region.startLine, 3);
  });
});

describe('github annotations', () => {
  it('one ::error line per finding, with escaping', () => {
    const out = formatGithub(findings);
    assert.equal(out.split('\n')[1], '::error file=app/Customer-Record.py,line=3,col=7,endLine=3,endColumn=22,title=NAM002::NAM002 Class name `customer_record` should be PascalCase');
    const tricky = { ...fixableFinding(), filename: 'a,b:c.py', message: '100% wrong\nreally' };
    assert.equal(formatGithub([tricky]), '::error file=a%2Cb%3Ac.py,line=1,col=1,endLine=3,endColumn=1,title=IMP001::IMP001 100%25 wrong%0Areally\n');
  });
});
