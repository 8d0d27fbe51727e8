// `pystandards server`: the Language Server Protocol over stdio. LSP messages in, api/ calls (on worker
// threads), diagnostics, code actions and hovers out. No checking logic lives here.
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION, isKnownSelector, type ConfigProblem, type DocumentFinding, type DocumentFixResult, type DocumentReport, type TextEdit } from '../api/index.js';
import { StandardsLibrary } from '../standards/library.js';
import { CoalescedTask } from './coalesced-task.js';
import { CheckerPool, laneFor } from './checker-pool.js';
import type { WorkspaceSetup } from './checker-calls.js';
import { mergeSettings, readClientSettings, type ClientSettings } from './client-settings.js';
import {
  CODE_ACTION_KINDS,
  FIX_ALL_KIND,
  disableActions,
  ORGANIZE_IMPORTS_KIND,
  quickFixes,
  rangesMeet,
  sourceActionTitle,
  wantsKind,
  workspaceEdit,
  type ActionData,
  type DisableActionData,
  type EditTarget,
  type SourceActionData,
} from './code-actions.js';
import { FolderWatcher, WATCH_GLOBS, isWatchedFile } from './config-watch.js';
import { configDiagnostic, describeProblem, toDiagnostic } from './diagnostics.js';
import { DiagnosticsPublisher } from './diagnostics-publisher.js';
import { DocumentChecks, type CheckedDocument, type VersionedReport } from './document-checks.js';
import { hoverAt } from './hover.js';
import { pathToUri, uriToPath } from './uri.js';

/** What the client can do, read once from `initialize`. */
interface ClientAbilities {
  readonly pullDiagnostics: boolean;
  readonly diagnosticRefresh: boolean;
  readonly watchFiles: boolean;
  readonly configurationPull: boolean;
  readonly configurationChangeRegistration: boolean;
  readonly workspaceFolders: boolean;
  readonly resolveCodeActions: boolean;
  readonly versionedEdits: boolean;
  readonly markdownHover: boolean;
}

const PYTHON_EXTENSIONS = new Set(['.py', '.pyi']);
const PROJECT_REFRESH_DELAY_MS = 50;
/** Saves within this many milliseconds refresh the project index once. */
const INDEX_REFRESH_DELAY_MS = 200;

/** Options for tests: another worker script, a smaller time budget. */
export interface LanguageServerOptions {
  readonly connection?: Connection;
  readonly pool?: CheckerPool;
}

/** Serves LSP on stdio (or the given connection) until the client sends `exit`. */
export function startLanguageServer(options: LanguageServerOptions = {}): Connection {
  const connection = options.connection ?? createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // A stray rejected promise must not end a server the editor relies on: it is written to stderr, which clients log.
  process.on('unhandledRejection', (reason) => process.stderr.write(`pystandards server: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`));
  const server = new LanguageServer(connection, options.pool ?? new CheckerPool());
  server.listen();
  return connection;
}

class LanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly checks: DocumentChecks;
  private readonly publisher: DiagnosticsPublisher;
  private abilities: ClientAbilities | undefined;
  /** Workspace folders by URI → absolute path. */
  private readonly folders = new Map<string, string>();
  private initSettings: ClientSettings = {};
  private globalSettings: ClientSettings | undefined;
  private readonly folderSettings = new Map<string, ClientSettings>();
  /** Configuration problems seen by document checks (by document URI) and by the project pass. */
  private readonly documentProblems = new Map<string, ConfigProblem>();
  private projectProblems: readonly ConfigProblem[] = [];
  /** Messages already shown with window/showMessage, so each is shown once while it lasts. */
  private readonly shown = new Set<string>();
  private readonly libraries = new Map<string, StandardsLibrary>();
  /** The project rules' latest findings, by the absolute path of the file they are on (for hover). */
  private projectFindings = new Map<string, readonly DocumentFinding[]>();
  private readonly watcher = new FolderWatcher(() => this.reload());
  /** The project rules, run soon (opening several files at once runs them once). */
  private readonly projects = new CoalescedTask(() => this.checkProjects(), PROJECT_REFRESH_DELAY_MS, () => this.shuttingDown);
  /**
   * The project index: the folders' saved files summarised again soon (a save of several files
   * runs once), then the open documents checked again, so findings that follow calls into other
   * modules (a coroutine blocking through a helper) are refreshed on save.
   */
  private readonly index = new CoalescedTask(() => this.refreshIndex(), INDEX_REFRESH_DELAY_MS, () => this.shuttingDown);
  private shuttingDown = false;

  constructor(
    private readonly connection: Connection,
    private readonly pool: CheckerPool,
  ) {
    this.publisher = new DiagnosticsPublisher((uri, diagnostics, version) => {
      this.connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined && { version }) }).catch(ignoreClosed);
    });
    this.checks = new DocumentChecks(pool, {
      onReport: (document, report) => this.reportArrived(document, report),
      onFailure: (document, error) => this.failure(`pystandards could not check ${document.path}: ${error.message}`),
    });
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => void this.initialized());
    connection.onShutdown(async () => {
      this.shuttingDown = true;
      this.watcher.close();
      await this.pool.close();
    });
    documents.onDidOpen(({ document }) => this.opened(document));
    documents.onDidChangeContent(({ document }) => this.changed(document));
    documents.onDidClose(({ document }) => this.closed(document));
    documents.onDidSave(({ document }) => {
      if (uriToPath(document.uri) && isWatchedFile(uriToPath(document.uri) as string)) this.reload();
      else if (this.isPython(document)) this.index.schedule();
    });
    connection.onDidChangeConfiguration((change) => void this.configurationChanged(change.settings));
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((change) => change.type !== FileChangeType.Changed || isWatchedFile(uriToPath(change.uri) ?? ''))) this.reload();
    });
    connection.languages.diagnostics.on(async (params) => this.pullDiagnostics(params.textDocument.uri, params.previousResultId));
    connection.onCodeAction((params) => this.codeActions(params));
    connection.onCodeActionResolve((action) => this.resolveCodeAction(action));
    connection.onHover(async ({ textDocument, position }) => {
      const markdown = this.abilities?.markdownHover ?? true;
      // The project rules' findings on this file (pyproject.toml, or a setup.py that is also checked).
      const file = uriToPath(textDocument.uri);
      const project = (file && this.projectFindings.get(file)) || [];
      const document = this.documents.get(textDocument.uri);
      if (!document || !this.isPython(document)) return hoverAt(position, project, [], this.library(undefined), markdown);
      const report = await this.checks.fresh(textDocument.uri);
      if (!report) return null;
      return hoverAt(position, [...report.report.findings, ...project], report.report.noqaComments, this.library(report.report.standardsDir), markdown);
    });
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities;
    const pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    this.abilities = {
      pullDiagnostics,
      diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
      watchFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationPull: capabilities.workspace?.configuration === true,
      configurationChangeRegistration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      workspaceFolders: capabilities.workspace?.workspaceFolders === true,
      resolveCodeActions: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
      versionedEdits: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? true,
    };
    for (const folder of initialFolders(params)) {
      const folderPath = uriToPath(folder.uri);
      if (folderPath) this.folders.set(folder.uri, folderPath);
    }
    const reading = readClientSettings(params.initializationOptions);
    this.initSettings = reading.settings;
    this.settingsProblems(reading.problems);
    this.pool.setup(this.workspaceSetup());
    this.pool.warm();
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: true },
        hoverProvider: true,
        ...(pullDiagnostics && { diagnosticProvider: { identifier: 'pystandards', interFileDependencies: false, workspaceDiagnostics: false } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'pystandards', version: VERSION },
    };
  }

  private async initialized(): Promise<void> {
    const abilities = this.abilities;
    if (!abilities) return;
    const refused = (what: string) => (error: Error) => this.log(MessageType.Warning, `pystandards: the client refused to ${what}: ${error.message}`);
    if (abilities.configurationChangeRegistration) this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'pystandards' }).catch(refused('send configuration changes'));
    if (abilities.watchFiles) {
      this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCH_GLOBS.map((globPattern) => ({ globPattern })) }).catch((error: Error) => {
        refused('watch files')(error);
        this.watcher.watchFolders(this.folders.values());
      });
    } else {
      this.watcher.watchFolders(this.folders.values());
    }
    if (abilities.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) {
          this.folders.delete(removed.uri);
          this.folderSettings.delete(removed.uri);
        }
        for (const added of event.added) {
          const folderPath = uriToPath(added.uri);
          if (folderPath) this.folders.set(added.uri, folderPath);
        }
        if (!abilities.watchFiles) this.watcher.watchFolders(this.folders.values());
        void this.pullFolderSettings().then(() => this.settingsChanged());
      });
    }
    await this.pullFolderSettings();
    this.pool.setup(this.workspaceSetup());
    this.projects.schedule();
    this.index.schedule();
  }

  // --- documents -------------------------------------------------------------------------------

  private isPython(document: TextDocument): boolean {
    const file = uriToPath(document.uri);
    return document.languageId === 'python' || (file !== undefined && PYTHON_EXTENSIONS.has(path.extname(file)));
  }

  /** The path a document is checked under: its file, or for an unsaved one a name in the first folder. */
  private pathOf(document: TextDocument): string {
    const file = uriToPath(document.uri);
    if (file) return file;
    const folder = this.folders.values().next().value ?? process.cwd();
    const name = document.uri.replace(/^[a-z]+:/i, '').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase() || 'untitled';
    return path.join(folder, `${name}.py`);
  }

  private checked(document: TextDocument): CheckedDocument {
    const uri = document.uri;
    const documents = this.documents;
    return {
      uri,
      path: this.pathOf(document),
      version: () => documents.get(uri)?.version ?? -1,
      text: () => documents.get(uri)?.getText() ?? '',
    };
  }

  private opened(document: TextDocument): void {
    if (!this.isPython(document)) return;
    this.checks.update(this.checked(document));
    this.projects.schedule();
  }

  private changed(document: TextDocument): void {
    if (!this.isPython(document)) return;
    this.checks.update(this.checks.document(document.uri) ?? this.checked(document));
  }

  private closed(document: TextDocument): void {
    this.checks.close(document.uri);
    this.publisher.clearDocument(document.uri);
    if (this.documentProblems.delete(document.uri)) this.publishConfigProblems();
  }

  private reportArrived(document: CheckedDocument, versioned: VersionedReport): void {
    const { report } = versioned;
    if (!this.abilities?.pullDiagnostics) this.publisher.setDocument(document.uri, versioned.version, report.findings.map(toDiagnostic));
    for (const error of report.errors) this.failure(`pystandards: ${error}`, ruleOf(error));
    const before = this.documentProblems.get(document.uri);
    if (report.configProblem) this.documentProblems.set(document.uri, report.configProblem);
    else this.documentProblems.delete(document.uri);
    if (before !== report.configProblem) this.publishConfigProblems();
    if (!this.abilities?.watchFiles) this.watchConfigOf(report);
  }

  private async pullDiagnostics(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    const report = await this.checks.fresh(uri);
    if (!report) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const items = report.report.findings.map(toDiagnostic);
    // Named by content: a check again that finds the same (a configuration reload, the project
    // index refreshed on save) is "unchanged" to the client.
    const resultId = createHash('sha1').update(JSON.stringify(items)).digest('base64url').slice(0, 16);
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  // --- code actions ----------------------------------------------------------------------------

  private async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const document = this.documents.get(uri);
    if (!document || !this.isPython(document)) return [];
    const only = params.context.only;
    const report = await this.checks.fresh(uri);
    if (!report) return [];
    const target: EditTarget = { uri, version: report.version, versioned: this.abilities?.versionedEdits ?? false };
    const actions: CodeAction[] = [];
    if (wantsKind(only, CodeActionKind.QuickFix)) {
      const here = report.report.findings.filter((finding) => rangesMeet(finding.range, params.range));
      actions.push(...quickFixes(here, target, params.context.diagnostics, toDiagnostic));
      const disable = disableActions(here, target, params.context.diagnostics, toDiagnostic);
      actions.push(...(this.abilities?.resolveCodeActions ? disable : await this.withDisableEdits(disable)));
    }
    const unsafe = this.settingsFor(uri).unsafeFixes ?? false;
    for (const kind of [FIX_ALL_KIND, ORGANIZE_IMPORTS_KIND] as const) {
      if (!wantsKind(only, kind)) continue;
      if (kind === FIX_ALL_KIND && !report.report.findings.some((f) => f.fix && (f.fix.applicability === 'safe' || (unsafe && f.fix.applicability === 'unsafe')))) continue;
      const data: SourceActionData = { uri, version: report.version, kind };
      const action: CodeAction = { title: sourceActionTitle(kind, unsafe), kind, data };
      actions.push(this.abilities?.resolveCodeActions ? action : await this.resolveCodeAction(action));
    }
    return actions;
  }

  /** The noqa edits of "Disable CODE for this line" actions, computed on a worker in one call. */
  private async withDisableEdits(actions: readonly CodeAction[]): Promise<CodeAction[]> {
    const first = actions[0]?.data as ActionData | undefined;
    if (!first) return [];
    const document = this.documents.get(first.uri);
    if (!document) return [];
    const targets = actions.map((action) => action.data as ActionData).filter((data): data is DisableActionData => data.kind === 'disable');
    const text = document.getText();
    let edits: (TextEdit | undefined)[];
    try {
      edits = await this.pool.run({ kind: 'disable-on-line', document: { path: this.pathOf(document), text }, targets }, laneFor(text.length));
    } catch (error) {
      this.failure(`pystandards could not place a noqa comment in ${this.pathOf(document)}: ${(error as Error).message}`);
      return [];
    }
    const target: EditTarget = { uri: first.uri, version: document.version, versioned: this.abilities?.versionedEdits ?? false };
    // A finding whose line is already covered (a blanket `# noqa`) or holds a file-level directive gets no action.
    return actions.flatMap((action, index) => {
      const edit = edits[index];
      return edit ? [{ ...action, edit: workspaceEdit(target, [edit]) }] : [];
    });
  }

  /** Computes an action's edit: the whole document fixed (or its imports sorted), or a noqa comment, on a worker. */
  private async resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    const data = action.data as ActionData | undefined;
    if (data?.kind === 'disable') return (await this.withDisableEdits([action]))[0] ?? action;
    if (!data || (data.kind !== FIX_ALL_KIND && data.kind !== ORGANIZE_IMPORTS_KIND)) return action;
    const document = this.documents.get(data.uri);
    if (!document) return action;
    const text = document.getText();
    const call = { path: this.pathOf(document), text };
    let result: DocumentFixResult;
    try {
      result =
        data.kind === FIX_ALL_KIND
          ? await this.pool.run({ kind: 'fix-all', document: call, unsafe: this.settingsFor(data.uri).unsafeFixes ?? false }, laneFor(text.length))
          : await this.pool.run({ kind: 'organize-imports', document: call }, laneFor(text.length));
    } catch (error) {
      this.failure(`pystandards could not fix ${call.path}: ${(error as Error).message}`);
      return action;
    }
    for (const error of result.errors) this.log(MessageType.Warning, `pystandards: ${error}`);
    const target: EditTarget = { uri: data.uri, version: document.version, versioned: this.abilities?.versionedEdits ?? false };
    return { ...action, edit: workspaceEdit(target, result.edit ? [result.edit] : []) };
  }

  // --- configuration ---------------------------------------------------------------------------

  /** Client settings for the folder of a document: the folder's own, over the global ones, over initializationOptions. */
  private settingsFor(uri: string): ClientSettings {
    const file = uriToPath(uri);
    const folder = file ? this.folderUriOf(file) : undefined;
    return mergeSettings(this.initSettings, this.globalSettings, folder ? this.folderSettings.get(folder) : undefined);
  }

  private folderUriOf(file: string): string | undefined {
    let best: [string, string] | undefined;
    for (const [uri, folder] of this.folders) {
      if ((file === folder || file.startsWith(folder + path.sep)) && (!best || folder.length > best[1].length)) best = [uri, folder];
    }
    return best?.[0];
  }

  private workspaceSetup(): WorkspaceSetup {
    const base = mergeSettings(this.initSettings, this.globalSettings);
    const selection = (settings: ClientSettings) => ({ select: settings.select, extendSelect: settings.extendSelect, ignore: settings.ignore });
    const overrides: [string | null, ReturnType<typeof selection>][] = [[null, selection(base)]];
    for (const [uri, folder] of this.folders) {
      const own = this.folderSettings.get(uri);
      if (own) overrides.push([folder, selection(mergeSettings(base, own))]);
    }
    for (const [, value] of overrides) this.reportUnknownSelectors(value);
    return { folders: [...this.folders.values()], overrides };
  }

  private reportUnknownSelectors(selection: { select?: readonly string[] | undefined; extendSelect?: readonly string[] | undefined; ignore?: readonly string[] | undefined }): void {
    for (const [key, codes] of Object.entries(selection)) {
      for (const code of (codes as readonly string[] | undefined) ?? []) {
        if (!isKnownSelector(code)) this.settingsProblems([`unknown rule code or prefix \`${code}\` in setting \`${key}\`; it is left out`]);
      }
    }
  }

  private async pullFolderSettings(): Promise<void> {
    if (!this.abilities?.configurationPull) return;
    const uris = [...this.folders.keys()];
    try {
      const answers: unknown[] = await this.connection.workspace.getConfiguration([
        { section: 'pystandards' },
        ...uris.map((scopeUri) => ({ scopeUri, section: 'pystandards' })),
      ]);
      const [global, ...perFolder] = answers;
      const globalReading = readClientSettings(global);
      this.settingsProblems(globalReading.problems);
      this.globalSettings = global === null || global === undefined ? undefined : globalReading.settings;
      this.folderSettings.clear();
      uris.forEach((uri, index) => {
        const answer = perFolder[index];
        if (answer === null || answer === undefined) return;
        const reading = readClientSettings(answer);
        this.settingsProblems(reading.problems);
        this.folderSettings.set(uri, reading.settings);
      });
    } catch (error) {
      this.log(MessageType.Warning, `pystandards: cannot read the editor's settings: ${(error as Error).message}`);
    }
  }

  private async configurationChanged(settings: unknown): Promise<void> {
    if (this.abilities?.configurationPull) {
      await this.pullFolderSettings();
    } else if (settings !== null && settings !== undefined) {
      const reading = readClientSettings(settings);
      this.settingsProblems(reading.problems);
      this.globalSettings = reading.settings;
    }
    this.settingsChanged();
  }

  private settingsChanged(): void {
    this.pool.setup(this.workspaceSetup());
    this.recheck();
  }

  /** Configuration files changed on disk: every worker reads them again and every document is checked again. */
  private reload(): void {
    if (this.shuttingDown) return;
    this.pool.reload();
    this.recheck();
    this.index.schedule();
  }

  // --- project index ---------------------------------------------------------------------------

  private async refreshIndex(): Promise<void> {
    try {
      await this.pool.refreshIndex();
      this.checks.recheckAll();
      if (this.abilities?.pullDiagnostics && this.abilities.diagnosticRefresh) this.connection.languages.diagnostics.refresh().catch(ignoreClosed);
    } catch (error) {
      this.failure(`pystandards could not index the workspace: ${(error as Error).message}`);
    }
  }

  private recheck(): void {
    this.checks.recheckAll();
    this.projects.schedule();
    if (this.abilities?.pullDiagnostics && this.abilities.diagnosticRefresh) this.connection.languages.diagnostics.refresh().catch(ignoreClosed);
  }

  /** Watches the folders a document's settings come from, for clients that watch nothing for us. */
  private watchConfigOf(report: DocumentReport): void {
    const folders = [report.configFile && path.dirname(report.configFile), report.projectRoot].filter((folder): folder is string => Boolean(folder));
    this.watcher.watchFolders(folders);
  }

  // --- project rules ---------------------------------------------------------------------------

  private async checkProjects(): Promise<void> {
    const paths = [...this.folders.values(), ...this.checks.documents.filter((d) => uriToPath(d.uri)).map((d) => path.dirname(d.path))];
    try {
      const result = await this.pool.run({ kind: 'check-projects', paths: [...new Set(paths)] });
      const byUri = new Map<string, Diagnostic[]>();
      this.projectFindings = new Map(result.files.map((file) => [file.path, file.findings]));
      for (const file of result.files) {
        byUri.set(this.uriOfFile(file.path), file.findings.map(toDiagnostic));
        for (const error of file.errors) this.failure(`pystandards: ${error}`, ruleOf(error));
      }
      this.publisher.replace('project', byUri);
      this.projectProblems = result.configProblems;
      this.publishConfigProblems();
    } catch (error) {
      this.failure(`pystandards could not check the projects: ${(error as Error).message}`);
    }
  }

  /** The URI the client knows a file by: an open document's own, else the file's. */
  private uriOfFile(file: string): string {
    return this.documents.all().find((document) => uriToPath(document.uri) === file)?.uri ?? pathToUri(file);
  }

  // --- problems --------------------------------------------------------------------------------

  /** One diagnostic per broken configuration file, and a message the first time each problem shows. */
  private publishConfigProblems(): void {
    const problems = [...this.documentProblems.values(), ...this.projectProblems];
    const byUri = new Map<string, Diagnostic[]>();
    const current = new Set<string>();
    for (const problem of problems) {
      const text = describeProblem(problem);
      current.add(text);
      if (!problem.file) continue;
      const uri = this.uriOfFile(problem.file);
      const list = byUri.get(uri) ?? [];
      if (!list.some((d) => d.message === configDiagnostic(problem).message)) list.push(configDiagnostic(problem));
      byUri.set(uri, list);
    }
    this.publisher.replace('config', byUri);
    for (const text of current) this.showOnce(MessageType.Error, `pystandards: ${text}`, `config:${text}`);
    // A problem that went away may be shown again should it come back.
    for (const key of [...this.shown]) if (key.startsWith('config:') && !current.has(key.slice('config:'.length))) this.shown.delete(key);
  }

  private settingsProblems(problems: readonly string[]): void {
    for (const problem of problems) this.showOnce(MessageType.Warning, `pystandards: ${problem}`, `settings:${problem}`);
  }

  /** A failure that does not stop the server: logged each time, shown once per rule (or message). */
  private failure(message: string, key = message): void {
    this.log(MessageType.Error, message);
    this.showOnce(MessageType.Error, message, `failure:${key}`);
  }

  private showOnce(type: MessageType, message: string, key: string): void {
    if (this.shown.has(key)) return;
    this.shown.add(key);
    this.connection.sendNotification('window/showMessage', { type, message }).catch(ignoreClosed);
  }

  private log(type: MessageType, message: string): void {
    this.connection.sendNotification('window/logMessage', { type, message }).catch(ignoreClosed);
  }

  private library(standardsDir: string | undefined): StandardsLibrary {
    const key = standardsDir ?? '';
    let library = this.libraries.get(key);
    if (!library) {
      try {
        library = new StandardsLibrary({ teamDir: standardsDir });
      } catch (error) {
        this.log(MessageType.Warning, `pystandards: cannot read the team standards in ${standardsDir}: ${(error as Error).message}`);
        library = this.libraries.get('') ?? new StandardsLibrary();
      }
      this.libraries.set(key, library);
    }
    return library;
  }
}

/** A message that could not be sent: the client has gone, and the process ends with the connection. */
function ignoreClosed(): void {}

/** The workspace folders the client opened with: its list, else its root. */
function initialFolders(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders;
  if (params.rootUri) return [{ uri: params.rootUri, name: 'root' }];
  if (params.rootPath) return [{ uri: pathToUri(params.rootPath), name: 'root' }];
  return [];
}

/** `rule NAM002 (…) failed on …` → `rule NAM002`: crashes of one rule are shown once, logged always. */
function ruleOf(error: string): string {
  const failed = error.indexOf(' failed on ');
  return failed > 0 ? error.slice(0, failed) : error;
}
