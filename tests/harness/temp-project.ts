// A throw-away project folder for check_files: files inside the root, a secret outside, links leading out.
import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempProject {
  /** The folder given as --root (real path). */
  readonly root: string;
  /** A folder beside the root that must stay unreadable. */
  readonly outside: string;
  remove(): void;
}

/**
 * root/app/bad_module.py (NAM002), root/app/good_module.py (clean), root/link_out → ../outside,
 * root/app/linked_secret.py → ../../outside/secret.py, outside/secret.py (NAM002 if ever read).
 */
export function makeTempProject(): TempProject {
  const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'pystandards-mcp-')));
  const root = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'app'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'app', 'bad_module.py'), 'class bad_name:\n    pass\n');
  writeFileSync(path.join(root, 'app', 'good_module.py'), 'MAX_RETRY_COUNT = 3\n');
  writeFileSync(path.join(outside, 'secret.py'), 'class leaked_name:\n    pass\n');
  symlinkSync(outside, path.join(root, 'link_out'), 'dir');
  symlinkSync(path.join(outside, 'secret.py'), path.join(root, 'app', 'linked_secret.py'), 'file');
  return { root, outside, remove: () => rmSync(base, { recursive: true, force: true }) };
}
