import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, projectConfigFromText } from '../../src/config/index.js';
import { isKnownSelector } from '../../src/engine/index.js';

function errorOf(toml: string): ConfigError {
  try {
    projectConfigFromText(toml, 'pyproject.toml', isKnownSelector);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the configuration to be rejected');
}

describe('configuration errors name the file, line and key', () => {
  const cases: { name: string; toml: string; line: number; message: RegExp }[] = [
    { name: 'unknown top-level key, with a suggestion', toml: '[project]\nname = "x"\n\n[tool.pystandards]\nselcet = ["NAM"]\n', line: 5, message: /unknown option `tool\.pystandards\.selcet` \(did you mean `select`\?\)/ },
    { name: 'unknown section key', toml: '[tool.pystandards.naming]\nignore_names = []\n', line: 2, message: /unknown option `tool\.pystandards\.naming\.ignore_names` \(did you mean `ignore-names`\?\)/ },
    { name: 'unknown section', toml: '[tool.pystandards.nameing]\n', line: 1, message: /unknown option `tool\.pystandards\.nameing` \(did you mean `naming`\?\)/ },
    { name: 'wrong type', toml: '[tool.pystandards]\nrespect-gitignore = "yes"\n', line: 2, message: /invalid value for `tool\.pystandards\.respect-gitignore`: expected a boolean, got "yes"/ },
    { name: 'wrong element type', toml: '[tool.pystandards]\nselect = ["NAM", 3]\n', line: 2, message: /expected an array of strings/ },
    { name: 'bad target version', toml: '[tool.pystandards]\ntarget-version = "py27"\n', line: 2, message: /expected one of "py37"/ },
    { name: 'unknown rule code', toml: '[tool.pystandards]\nextend-select = ["NAM999"]\n', line: 2, message: /unknown rule code or prefix `NAM999` in `tool\.pystandards\.extend-select`/ },
    { name: 'unknown rule code in per-file-ignores', toml: '[tool.pystandards.per-file-ignores]\n"tests/*" = ["XYZ1"]\n', line: 1, message: /unknown rule code or prefix `XYZ1`/ },
    { name: 'broken TOML', toml: '[tool.pystandards\nselect = []\n', line: 2, message: /invalid TOML: / },
    { name: 'inline table key', toml: '[tool]\npystandards = { naming = { bogus = 1 } }\n', line: 2, message: /unknown option `tool\.pystandards\.naming\.bogus`/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const error = errorOf(c.toml);
      assert.match(error.message, c.message);
      assert.equal(error.file, 'pyproject.toml');
      assert.equal(error.line, c.line);
      assert.match(error.describe(), new RegExp(`^pyproject\\.toml:${c.line}:\\d+: `));
    });
  }
  it('accepts prefixes, ALL and equivalent codes', () => {
    const config = projectConfigFromText('[tool.pystandards]\nselect = ["ALL"]\nignore = ["NAM", "N801"]\n', 'pyproject.toml', isKnownSelector);
    assert.equal(config.hasToolSection, true);
  });
  it('a pyproject without our table is fine', () => {
    const config = projectConfigFromText('[project]\nname = "x"\nrequires-python = ">=3.11"\n', 'pyproject.toml', isKnownSelector);
    assert.equal(config.hasToolSection, false);
    assert.equal(config.requiresPython, '>=3.11');
  });
});
