// Which command starts the language server: the `pystandards.path` setting, else the workspace's own
// install, else `pystandards` on PATH. Kept free of the vscode API so it can be tested under plain Node.
import path from 'node:path';

/** The program and arguments that start `pystandards server`. */
export interface ServerCommand {
  readonly command: string;
  readonly args: readonly string[];
}

export interface CommandInputs {
  /** The `pystandards.path` setting ('' when unset). */
  readonly configured: string;
  /** The workspace folders, in order. */
  readonly folders: readonly string[];
  readonly platform: NodeJS.Platform;
  readonly exists: (file: string) => boolean;
}

/**
 * A configured path wins (a `.js` file is run with `node`); then the first workspace folder whose
 * `node_modules/.bin` has pystandards (the project's pinned version); then `pystandards` on PATH.
 */
export function resolveServerCommand(inputs: CommandInputs): ServerCommand {
  const configured = inputs.configured.trim();
  if (configured) {
    return /\.(c|m)?js$/.test(configured) ? { command: 'node', args: [configured, 'server'] } : { command: configured, args: ['server'] };
  }
  const binary = inputs.platform === 'win32' ? 'pystandards.cmd' : 'pystandards';
  for (const folder of inputs.folders) {
    const local = path.join(folder, 'node_modules', '.bin', binary);
    if (inputs.exists(local)) return { command: local, args: ['server'] };
  }
  return { command: binary, args: ['server'] };
}
