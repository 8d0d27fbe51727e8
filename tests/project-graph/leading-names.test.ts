// The summary's test of a call's leading name, made where the source spells it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LeadingNames, spellsLoggerName } from '../../src/project-graph/leading-names.js';

describe('LeadingNames', () => {
  const names = new LeadingNames(['self', 'db', 'dbs', 'sel', '']);
  const at = (text: string, start: number, end: number): string | undefined => names.at(text, start, end);

  it('finds a name of the set spelled from start to end, as the set holds it', () => {
    assert.equal(at('x = self.load()', 4, 8), 'self');
    assert.equal(at('db.get()', 0, 2), 'db');
    assert.equal(at('dbs.get()', 0, 3), 'dbs');
  });

  it('does not take a prefix or a longer name for one of the set', () => {
    assert.equal(at('selfish()', 0, 7), undefined);
    assert.equal(at('self()', 0, 3), 'sel');
    assert.equal(at('sela()', 0, 4), undefined);
    assert.equal(at('d()', 0, 1), undefined);
  });
});

describe('spellsLoggerName', () => {
  const spells = (name: string): boolean => spellsLoggerName(`${name}.info()`, 0, name.length);

  it('takes Ruff’s logger names: log*, *logger, LOG*, *LOGGER', () => {
    for (const name of ['log', 'logger', 'logging', 'audit_logger', 'LOG', 'LOGGER', 'APP_LOGGER']) assert.ok(spells(name), name);
  });

  it('takes no other name, nor one that only continues past the identifier', () => {
    for (const name of ['lo', 'blog', 'catalog', 'Logger', 'mylog', 'x']) assert.equal(spells(name), false, name);
    assert.equal(spellsLoggerName('lo.g()', 0, 2), false);
  });
});
