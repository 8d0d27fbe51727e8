// API keys: where a request may carry one, and the comparison.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAuthorized, keyMatches, presentedKeys } from '../../src/mcp/auth.js';

describe('API key checks', () => {
  it('reads X-API-Key and Authorization: Bearer (any case of the scheme)', () => {
    assert.deepEqual(presentedKeys({ 'x-api-key': ' k1 ', authorization: 'bearer k2' }), ['k1', 'k2']);
    assert.deepEqual(presentedKeys({ authorization: 'Basic k2' }), []);
    assert.deepEqual(presentedKeys({}), []);
  });
  it('compares whole keys, whatever their length', () => {
    assert.equal(keyMatches('secret', 'secret'), true);
    assert.equal(keyMatches('secre', 'secret'), false);
    assert.equal(keyMatches('secret-and-more', 'secret'), false);
    assert.equal(keyMatches('', 'secret'), false);
  });
  it('authorizes when any presented key matches', () => {
    assert.equal(isAuthorized({ 'x-api-key': 'wrong', authorization: 'Bearer secret' }, 'secret'), true);
    assert.equal(isAuthorized({ 'x-api-key': 'wrong' }, 'secret'), false);
    assert.equal(isAuthorized({}, 'secret'), false);
  });
});
