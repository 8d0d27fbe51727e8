import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../harness/cli.js';
import { repoPath } from '../harness/paths.js';

describe('rules, explain, version, help', () => {
  it('rules --output-format json lists every registered rule with its metadata', () => {
    const result = runCli(['rules', '--output-format', 'json']);
    assert.equal(result.status, 0);
    const listed = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.deepEqual(listed.map((r) => r.code), RULES.map((r) => r.code));
    for (const entry of listed) {
      for (const key of ['code', 'name', 'section', 'default', 'fix', 'equivalents', 'summary']) assert.ok(key in entry, `${key} missing`);
    }
    const nam002 = listed.find((r) => r.code === 'NAM002');
    assert.deepEqual(nam002, {
      code: 'NAM002',
      name: 'invalid-class-name',
      section: 'naming',
      section_title: 'Naming Conventions',
      default: true,
      fix: 'none',
      equivalents: ['N801'],
      summary: 'Enforce PascalCase class names.',
      url: 'https://github.com/pystandards/pystandards/blob/main/docs/rules/NAM002.md',
    });
  });
  it('rules as a text table', () => {
    const result = runCli(['rules']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^CODE\s+NAME\s+SECTION\s+DEFAULT\s+FIX\s+SAME AS\n/);
    assert.match(result.stdout, /\nNAM002\s+invalid-class-name\s+Naming Conventions\s+on\s+none\s+N801\n/);
  });
  it('explain prints the generated documentation page, for our code or an equivalent', () => {
    const page = readFileSync(repoPath('docs', 'rules', 'NAM002.md'), 'utf8').replace(/<!--.*-->\n\n/, '');
    assert.equal(runCli(['explain', 'NAM002']).stdout, `${page}\n`);
    assert.equal(runCli(['explain', 'n801']).stdout, `${page}\n`);
    const unknown = runCli(['explain', 'NAM999']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule code `NAM999`/);
  });
  it('every registered rule can be explained', () => {
    for (const rule of RULES) assert.match(runCli(['explain', rule.code]).stdout, new RegExp(`^# ${rule.code}: ${rule.name}\n`));
  });
  it('--version and --help', () => {
    const version = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;
    assert.equal(runCli(['--version']).stdout, `pystandards ${version}\n`);
    assert.match(runCli(['--help']).stdout, /pystandards check \[PATHS\.\.\.\]/);
    assert.match(runCli(['check', '--help']).stdout, /--output-format FORMAT/);
  });
});
