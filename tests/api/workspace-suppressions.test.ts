// The editor's view of the bulk suppressions file: an open document and the project files get the
// same answer as `check`, and a broken suppressions file is a configuration problem, not a crash.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Workspace } from '../../src/api/index.js';
import { runCli, tempProject } from '../harness/cli.js';

const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.9"\n\n[tool.pystandards]\n';
const A = 'mixedCase = 1\notherName = 2\n';

describe('Workspace and pystandards-suppressions.json', () => {
  it('hides a document\'s suppressed findings while the count holds, shows all of the code once it rises', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'app/a.py': A });
    runCli(['check', '--suppress-all'], { cwd: root });
    const workspace = new Workspace([root]);
    const file = path.join(root, 'app/a.py');
    assert.deepEqual(workspace.checkDocument({ path: file, text: A }).findings, []);
    const grown = workspace.checkDocument({ path: file, text: `${A}thirdName = 3\n` });
    assert.deepEqual(grown.findings.map((f) => `${f.code}@${f.range.start.line}`), ['NAM006@0', 'NAM006@1', 'NAM006@2']);
    assert.equal(grown.configProblem, undefined);
  });
  it('hides suppressed findings of project files (ENV001 on pyproject.toml)', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'app/a.py': 'X = 1\n' });
    const workspace = new Workspace([root]);
    assert.deepEqual(workspace.checkProjects([path.join(root, 'app/a.py')]).files.flatMap((f) => f.findings.map((x) => x.code)), ['ENV001']);
    runCli(['check', '--suppress-all'], { cwd: root });
    assert.deepEqual(new Workspace([root]).checkProjects([path.join(root, 'app/a.py')]).files.flatMap((f) => f.findings), []);
  });
  it('reads the file again when it changes on disk', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'app/a.py': A });
    const workspace = new Workspace([root]);
    const file = path.join(root, 'app/a.py');
    assert.equal(workspace.checkDocument({ path: file, text: A }).findings.length, 2);
    writeFileSync(path.join(root, 'pystandards-suppressions.json'), '{\n  "app/a.py": {\n    "NAM006": {\n      "count": 2\n    }\n  }\n}\n');
    assert.equal(workspace.checkDocument({ path: file, text: A }).findings.length, 0);
  });
  it('a broken suppressions file is a configuration problem naming it; the findings still show', () => {
    const root = tempProject({ 'pyproject.toml': PYPROJECT, 'app/a.py': A, 'pystandards-suppressions.json': '{"app/a.py": [' });
    const report = new Workspace([root]).checkDocument({ path: path.join(root, 'app/a.py'), text: A });
    assert.equal(report.findings.length, 2);
    assert.equal(report.configProblem?.file, path.join(root, 'pystandards-suppressions.json'));
    assert.match(report.configProblem?.message ?? '', /^not a suppressions file: invalid JSON/);
  });
});
