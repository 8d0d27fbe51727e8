import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minimumPythonVersion, projectConfigFromText, resolveSettings } from '../../src/config/index.js';
import { RULES } from '../../src/rules/index.js';
import { selectRules } from '../../src/engine/index.js';
import { settingsWith } from '../harness/settings.js';

describe('target-version', () => {
  it('defaults to py312', () => assert.equal(resolveSettings('/p', undefined).targetVersion, 'py312'));
  it('comes from the lower bound of requires-python', () => {
    const config = projectConfigFromText('[project]\nrequires-python = ">=3.10,<4"\n', '/p/pyproject.toml');
    assert.equal(resolveSettings('/p', config).targetVersion, 'py310');
  });
  it('an explicit target-version wins', () => {
    const config = projectConfigFromText('[project]\nrequires-python = ">=3.10"\n[tool.pystandards]\ntarget-version = "py313"\n', '/p/pyproject.toml');
    assert.equal(resolveSettings('/p', config).targetVersion, 'py313');
  });
  const bounds: [string, string | undefined][] = [
    ['>=3.12', '3.12'],
    ['>=3.10,<4', '3.10'],
    ['~=3.11', '3.11'],
    ['==3.12.*', '3.12'],
    ['>3.11', '3.11'],
    ['<4', undefined],
  ];
  for (const [specifier, expected] of bounds) {
    it(`minimum of ${specifier}`, () => {
      const version = minimumPythonVersion(specifier);
      assert.equal(version ? `${version.major}.${version.minor}` : undefined, expected);
    });
  }
});

describe('rule selection', () => {
  const codes = (tool: Record<string, unknown>, overrides = {}) => selectRules(RULES, settingsWith(tool), overrides).map((r) => r.code);
  it('default: every rule that is on by default', () => {
    assert.deepEqual(codes({}), RULES.filter((r) => r.defaultEnabled).map((r) => r.code));
  });
  it('select replaces the defaults; prefixes expand', () => {
    assert.deepEqual(codes({ select: ['NAM00'] }), RULES.filter((r) => r.code.startsWith('NAM00')).map((r) => r.code));
  });
  it('an equivalent code selects our rule', () => assert.deepEqual(codes({ select: ['N801'] }), ['NAM002']));
  it('ignore removes, the more specific selector wins', () => {
    assert.deepEqual(codes({ select: ['NAM'], ignore: ['NAM00'], 'extend-select': ['NAM002'] }), ['NAM002']);
  });
  it('command-line select overrides the configuration', () => {
    assert.deepEqual(codes({ select: ['NAM'] }, { select: ['ERR004'] }), ['ERR004']);
  });
});
