// A JSON-RPC client for the language server over stdio: starts `pystandards server`, speaks LSP, records notifications.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { repoPath } from './paths.js';

/** The capabilities of a client like VS Code's, minus pull diagnostics unless asked for. */
export function clientCapabilities(options: { pull?: boolean; watch?: boolean; configuration?: boolean; resolve?: boolean } = {}): ClientCapabilities {
  return {
    general: { positionEncodings: ['utf-16'] },
    workspace: {
      workspaceFolders: true,
      configuration: options.configuration ?? false,
      didChangeConfiguration: { dynamicRegistration: options.configuration ?? false },
      didChangeWatchedFiles: { dynamicRegistration: options.watch ?? false },
      workspaceEdit: { documentChanges: true },
      ...(options.pull && { diagnostics: { refreshSupport: true } }),
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.organizeImports'] } },
        dataSupport: true,
        isPreferredSupport: true,
        ...(options.resolve && { resolveSupport: { properties: ['edit'] } }),
      },
      ...(options.pull && { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } }),
    },
  };
}

export interface ShownMessage {
  readonly type: number;
  readonly message: string;
}

/** A running server and the client end of its connection. */
export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShownMessage[] = [];
  readonly logs: ShownMessage[] = [];
  readonly registrations: unknown[] = [];
  /** What `workspace/configuration` answers, by scope URI ('' for no scope). */
  configuration: (scopeUri: string | undefined) => unknown = () => null;
  private waiters: (() => void)[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, [...(this.diagnostics.get(params.uri) ?? []), params]);
      this.wake();
    });
    connection.onNotification('window/showMessage', (params: ShownMessage) => {
      this.messages.push(params);
      this.wake();
    });
    connection.onNotification('window/logMessage', (params: ShownMessage) => {
      this.logs.push(params);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string }[] }) => params.items.map((item) => this.configuration(item.scopeUri)));
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    connection.listen();
  }

  refreshes = 0;

  /**
   * Starts `pystandards server` (the built CLI) in `cwd`; with `faulty`, the test server whose
   * worker crashes, exits or hangs on demand (tests/harness/lsp-test-server.ts).
   */
  static start(cwd: string = repoPath(), options: { faulty?: boolean; env?: Record<string, string> } = {}): LspClient {
    const argv = options.faulty ? [repoPath('dist', 'tests', 'harness', 'lsp-test-server.js')] : [repoPath('bin', 'pystandards.js'), 'server'];
    const child = spawn(process.execPath, argv, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    child.stderr?.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return new LspClient(child, connection);
  }

  async initialize(folders: readonly string[], options: { capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<InitializeResult> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uri(folders[0]) : null,
      workspaceFolders: folders.map((folder) => ({ uri: uri(folder), name: path.basename(folder) })),
      capabilities: options.capabilities ?? clientCapabilities(),
      initializationOptions: options.initializationOptions,
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(file: string, text: string, languageId = 'python', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId, version, text } });
  }

  /** Replaces the whole text (a full change), or applies ranged changes. */
  change(file: string, version: number, changes: readonly ({ text: string } | { range: unknown; text: string })[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: changes });
  }

  close(file: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Waits until `predicate` holds, re-checked on every notification; fails after `timeoutMs`. */
  async waitFor<T>(what: string, predicate: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics last published for `file` for at least `version` (any version when not given). */
  waitForDiagnostics(file: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics of ${file}${version === undefined ? '' : ` v${version}`}`, () => {
      const last = this.diagnostics.get(uri(file))?.at(-1);
      if (!last) return undefined;
      if (version !== undefined && (last.version ?? -1) < version) return undefined;
      return last;
    }, timeoutMs);
  }

  /** Sends shutdown and exit, and resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit').catch(() => undefined);
    }
    const code = await Promise.race([this.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000))]);
    if (code === 'timeout') {
      this.process.kill();
      throw new Error('the server did not exit after shutdown/exit');
    }
    this.connection.dispose();
    return code;
  }

  waitForExit(): Promise<number | null> {
    return this.exited;
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The `file:` URI of a path. */
export function uri(file: string): string {
  return pathToFileURL(file).href;
}
