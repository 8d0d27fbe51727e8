// The offline relevance ranking: which sections a task description brings up, in which order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StandardsLibrary } from '../../src/standards/library.js';
import { namedSections, normalizeWord, rankSections, words } from '../../src/standards/relevance.js';
import { parseTeamSection } from '../../src/standards/team.js';

// Scored without rule words, so rules added later do not move these pinned rankings.
const library = new StandardsLibrary({ rules: [] });
const withRules = new StandardsLibrary();
const ranking = (task: string, sections = library.sections) => rankSections(sections, task).map((r) => r.section.id);

describe('rankSections', () => {
  it('ranks the sections a task names first; imports, type hints and naming always apply', () => {
    const cases: readonly [string, readonly string[]][] = [
      ['add an async endpoint that calls the payment API and returns 404 when the customer is missing', ['async', 'errors', 'type_hints', 'imports', 'naming']],
      ['set up poetry and a virtualenv for Python 3.12', ['environment', 'imports', 'type_hints', 'naming']],
      ['sort the imports of the billing module', ['imports', 'naming', 'type_hints']],
      ['rename the CustomerService class and its methods', ['naming', 'type_hints', 'imports']],
      ['why does my exception class fail', ['errors', 'naming', 'imports', 'type_hints']],
      ['annotate the repository layer with type hints', ['type_hints', 'imports', 'naming']],
      ['review this module against our conventions', ['overview', 'naming', 'imports', 'type_hints']],
    ];
    for (const [task, expected] of cases) assert.deepEqual(ranking(task), expected, task);
  });
  it('scores 3 for strong keywords, 1 for weak ones, plus the base score, and says what matched', () => {
    const [first, second] = rankSections(library.sections, 'an async endpoint that returns 404');
    assert.deepEqual([first?.section.id, first?.score, first?.matched], ['async', 6, ['async', 'endpoint']]);
    assert.deepEqual([second?.section.id, second?.score, second?.matched], ['type_hints', 4, ['return']]);
  });
  it('puts a rule named in the task first among its section\'s rules', () => {
    const errors = rankSections(withRules.sections, 'ERR004').find((r) => r.section.id === 'errors');
    assert.equal(errors?.rules[0]?.rule.code, 'ERR004');
    assert.deepEqual(errors?.matched, ['ERR004']);
  });
  it('ranks team sections by their name and headings', () => {
    const testing = { ...library.sections[0]!, ...parseTeamSection('testing', '# Testing\n\n## Fixtures\n', 't.md'), origin: 'team' as const, examples: [], rules: [], keywords: { strong: ['testing', 'Testing'], weak: ['Fixtures'] } };
    assert.deepEqual(ranking('write fixtures for the tests', [...library.sections, testing]).slice(0, 1), ['testing']);
  });
  it('is deterministic, and with the rules registered still ranks the example task async, errors, type hints', () => {
    const task = 'add an async endpoint that calls the payment API and returns 404 when the customer is missing';
    assert.deepEqual(rankSections(withRules.sections, task), rankSections(withRules.sections, task));
    assert.deepEqual(ranking(task, withRules.sections).slice(0, 3), ['async', 'errors', 'type_hints']);
  });
});

describe('namedSections', () => {
  it('keeps the sections the task names, or every ranked one when it names none', () => {
    const named = (task: string) => namedSections(rankSections(library.sections, task)).map((r) => r.section.id);
    assert.deepEqual(named('an async endpoint that returns 404'), ['async', 'type_hints', 'errors']);
    assert.deepEqual(named('tidy up'), ['imports', 'type_hints', 'naming']);
  });
});

describe('words', () => {
  it('normalizes endings so forms of a word meet', () => {
    const cases: readonly [string, string][] = [
      ['calls', 'call'], ['missing', 'miss'], ['returns', 'return'], ['status', 'status'], ['classes', 'class'],
      ['dependencies', 'dependency'], ['async', 'async'], ['Failed', 'fail'], ['404', '404'], ['testing', 'test'],
    ];
    for (const [word, normal] of cases) assert.equal(normalizeWord(word), normal, word);
  });
  it('keeps dotted names whole and in parts, and drops stopwords', () => {
    assert.deepEqual([...words('Use os.path in the handler')], ['os.path', 'os', 'path', 'handler']);
  });
});
