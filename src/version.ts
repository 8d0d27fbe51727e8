// The package version, read once from package.json.
import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from './package-root.js';

function readVersion(): string {
  try {
    const url = new URL('package.json', PACKAGE_ROOT);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export const VERSION = readVersion();
