// The VS Code extension: starts `pystandards server` and connects VS Code's language client to it.
// Diagnostics, quick fixes, "Fix all" / "Sort imports" source actions and hovers all come from the server.
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { resolveServerCommand } from './server-command';

let client: LanguageClient | undefined;

function serverOptions(): ServerOptions {
  const settings = vscode.workspace.getConfiguration('pystandards');
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri.fsPath);
  const { command, args } = resolveServerCommand({ configured: settings.get<string>('path', ''), folders, platform: process.platform, exists: existsSync });
  return { command, args: [...args], transport: TransportKind.stdio, options: { cwd: folders[0] } };
}

function clientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
      // Project findings (ENV) land on pyproject.toml; opening it also lets a save reload the configuration.
      { scheme: 'file', pattern: '**/pyproject.toml' },
    ],
    outputChannel: output,
    // The server asks for `pystandards.*` per folder (workspace/configuration) when it starts and
    // whenever the settings change; nothing needs to be sent up front.
  };
}

async function start(output: vscode.LogOutputChannel): Promise<void> {
  client = new LanguageClient('pystandards', 'pystandards', serverOptions(), clientOptions(output));
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`pystandards: the language server did not start (${message}). Set "pystandards.path" or install pystandards in the workspace.`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('pystandards', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('pystandards.restart', async () => {
      await stop();
      await start(output);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Rule selection reaches the running server; a new executable needs a new server.
      if (event.affectsConfiguration('pystandards.path')) void vscode.commands.executeCommand('pystandards.restart');
    }),
  );
  await start(output);
}

export function deactivate(): Promise<void> {
  return stop();
}
