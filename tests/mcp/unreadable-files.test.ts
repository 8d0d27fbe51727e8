// check_files on paths that are not regular files (a FIFO, a link to /dev/zero) and on files over
// max-file-size: each is an error naming it, the other files are checked, and the server goes on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Client } from '@modelcontextprotocol/client';
import { connectStdio } from '../harness/mcp.js';

interface CheckFilesData {
  readonly files_checked: number;
  readonly passed: boolean;
  readonly findings: readonly { readonly filename: string; readonly code: string }[];
  readonly errors: readonly string[];
}

describe('MCP check_files on paths that are not regular files (stdio)', { timeout: 120_000 }, () => {
  let root: string;
  let client: Client;

  before(async () => {
    root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pystandards-mcp-unreadable-')));
    mkdirSync(path.join(root, 'app'));
    writeFileSync(path.join(root, 'pyproject.toml'), '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\nmax-file-size = 100\n');
    writeFileSync(path.join(root, 'app', 'bad.py'), 'class bad_name:\n    pass\n');
    writeFileSync(path.join(root, 'app', 'big.py'), `X = "${'x'.repeat(200)}"\n`);
    execFileSync('mkfifo', [path.join(root, 'app', 'pipe.py')]);
    symlinkSync('/dev/zero', path.join(root, 'app', 'zero.py'));
    client = await connectStdio('modern', ['--root', root]);
  });
  after(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('names each path it could not check, checks the others, and does not pass', async () => {
    const result = await client.callTool({ name: 'check_files', arguments: { paths: ['app/pipe.py', 'app/big.py', 'app/bad.py'] } });
    const data = result.structuredContent as unknown as CheckFilesData;
    assert.equal(result.isError, undefined);
    assert.deepEqual(data.errors, [
      'app/big.py was not checked: 207 bytes is over max-file-size (100 bytes); exclude it, or raise max-file-size in [tool.pystandards]',
      'cannot read app/pipe.py: not a regular file',
    ]);
    assert.deepEqual(data.findings.map((finding) => `${finding.filename} ${finding.code}`), ['app/bad.py NAM002']);
    assert.deepEqual([data.files_checked, data.passed], [1, false]);
  });

  it('a folder walk passes over the FIFO and the device link, as discovery does', async () => {
    const result = await client.callTool({ name: 'check_files', arguments: { paths: ['app'] } });
    const data = result.structuredContent as unknown as CheckFilesData;
    assert.deepEqual(data.errors, ['app/big.py was not checked: 207 bytes is over max-file-size (100 bytes); exclude it, or raise max-file-size in [tool.pystandards]']);
    assert.deepEqual([data.files_checked, data.passed], [1, false]);
  });

  it('a link to /dev/zero leads outside the allowed folders and is refused', async () => {
    const result = await client.callTool({ name: 'check_files', arguments: { paths: ['app/zero.py'] } });
    assert.equal(result.isError, true);
    assert.match(JSON.stringify(result.content), /Path is outside the allowed folders/);
  });

  it('goes on answering afterwards', async () => {
    const result = await client.callTool({ name: 'check_python_code', arguments: { code: 'class bad_name:\n    pass\n' } });
    assert.deepEqual((result.structuredContent as unknown as CheckFilesData).findings.map((finding) => finding.code), ['NAM002']);
  });
});
