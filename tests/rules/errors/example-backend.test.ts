// The example backend's deliberate error-handling violations (what `npm start` shows) are all found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPaths } from '../../../src/api/index.js';
import { repoPath } from '../../harness/paths.js';

describe('examples/customer-service error handling', () => {
  it('reports exactly the marked ERR violations of routes.py with default settings', () => {
    const report = checkPaths([repoPath('examples', 'customer-service', 'src', 'api', 'routes.py')], {
      cwd: repoPath('examples', 'customer-service'),
    });
    const found = report.files
      .flatMap((file) => file.findings)
      .filter((f) => f.code.startsWith('ERR'))
      .map((f) => `${f.location.row} ${f.code}`)
      .sort();
    assert.deepEqual(found, [
      '35 ERR002',
      '38 ERR005',
      '38 ERR007',
      '47 ERR007',
      '56 ERR001',
      '56 ERR006',
      '60 ERR003',
    ]);
  });
});
