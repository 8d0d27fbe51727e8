// Layering: imports go one way down docs/architecture.md's table; only syntax/ loads tree-sitter.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoPath } from './harness/paths.js';

/** What each layer may import (besides itself). Type-only imports count too. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  syntax: [],
  semantic: ['syntax'],
  fix: ['syntax'],
  config: [],
  project: ['syntax', 'config'],
  linter: ['syntax', 'semantic', 'fix', 'config', 'project'],
  rules: ['syntax', 'semantic', 'linter', 'fix', 'config'],
  'project-graph': ['syntax', 'semantic', 'linter', 'config', 'rules'],
  engine: ['syntax', 'semantic', 'linter', 'fix', 'config', 'rules', 'project', 'project-graph'],
  suppression: ['syntax', 'linter', 'config', 'rules', 'engine'],
  report: ['linter', 'rules', 'config', 'engine'],
  'report-page': ['report'],
  formatters: ['linter', 'fix', 'syntax'],
  standards: ['linter', 'config', 'rules', 'fix', 'syntax'],
  api: ['syntax', 'semantic', 'linter', 'fix', 'config', 'rules', 'project', 'engine', 'suppression', 'report', 'formatters', 'standards'],
  cli: ['api', 'engine', 'formatters', 'standards', 'linter', 'config', 'fix', 'mcp', 'lsp'],
  mcp: ['api', 'formatters', 'standards', 'linter', 'config', 'fix', 'engine'],
  lsp: ['api', 'standards'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  const src = repoPath('src');
  const files = sourceFiles(src);
  it('only src/syntax imports tree-sitter', () => {
    const offenders = files.filter((file) => /from '(tree-sitter|tree-sitter-python)'/.test(readFileSync(file, 'utf8')) && !file.startsWith(path.join(src, 'syntax')));
    assert.deepEqual(offenders.map((f) => path.relative(src, f)), []);
  });
  it('layers import only the layers below them', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = path.relative(src, file).split(path.sep)[0] as string;
      if (!(layer in ALLOWED)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) {
        const target = path.relative(src, path.resolve(path.dirname(file), match[1] as string)).split(path.sep)[0] as string;
        if (target === layer || target.endsWith('.js')) continue;
        if (!(ALLOWED[layer] ?? []).includes(target)) violations.push(`${path.relative(src, file)} imports ${target}`);
      }
    }
    assert.deepEqual(violations, []);
  });
});
