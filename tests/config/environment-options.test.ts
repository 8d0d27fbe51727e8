// `[tool.pystandards.environment]`: defaults, and values outside the known choices rejected with the line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, projectConfigFromText } from '../../src/config/index.js';
import { settingsWith } from '../harness/settings.js';

describe('environment options', () => {
  it('default to Python 3.12 and pip or poetry', () => {
    assert.deepEqual(settingsWith().environment, { minimumPythonVersion: '3.12', allowedManagers: ['pip', 'poetry'] });
  });

  it('reject an unknown package manager', () => {
    const text = '[tool.pystandards.environment]\nallowed-managers = ["pip", "peotry"]\n';
    assert.throws(
      () => projectConfigFromText(text, '/p/pyproject.toml'),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.line === 2 &&
        error.message.startsWith('invalid value for `tool.pystandards.environment.allowed-managers`: expected an array of "pip", "poetry", "pipenv"'),
    );
  });

  it('reject a minimum that is not a known Python version', () => {
    const text = '[tool.pystandards.environment]\nminimum-python-version = "3.x"\n';
    assert.throws(() => projectConfigFromText(text, '/p/pyproject.toml'), (error: unknown) => error instanceof ConfigError && error.line === 2);
  });
});
