// An editor's workspace: its folders' settings resolved as `check` resolves them, cached until reload, and
// documents checked and fixed from the text the editor holds. The language server's one door to the checker.
import path from 'node:path';
import { readRegularText } from '../regular-file.js';
import { ConfigError, type Settings } from '../config/index.js';
import {
  GitIgnore,
  RuleSet,
  SettingsResolver,
  checkDocumentText,
  checkProjects,
  fixSource,
  indexModules,
  isExcludedByConfig,
  linkDocument,
  type IndexedModule,
  isKnownSelector,
  projectRoots,
  tooLargeError,
  type SelectionOverrides,
} from '../engine/index.js';
import { applicableLevels } from '../fix/index.js';
import { suppressFileFindings } from '../suppression/index.js';
import { SECTIONS, SYNTAX_ERROR_CODE, type Finding, type NoqaComment, type SectionId } from '../linter/index.js';
import { noqaEdit } from '../linter/noqa-edit.js';
import { ProjectIndex } from '../project/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { LineIndex, parseSource } from '../syntax/index.js';
import { findingRange, minimalEdit, positionAt, type TextEdit, type TextRange } from './editor-positions.js';

/** A document as the editor holds it. */
export interface EditorDocument {
  /** Absolute path the document is (or will be) saved at; an unsaved one gets a name in its folder. */
  readonly path: string;
  readonly text: string;
}

/** A finding placed in editor positions, with its fix as editor edits. */
export interface DocumentFinding {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly url: string;
  readonly section: SectionId;
  readonly sectionTitle: string;
  readonly range: TextRange;
  /** The 0-based line whose `# noqa` comment suppresses the finding (a multi-line string's last line, …); undefined when none can (syntax errors). */
  readonly noqaLine: number | undefined;
  readonly fix: {
    readonly applicability: 'safe' | 'unsafe' | 'display-only';
    readonly title: string;
    readonly edits: readonly TextEdit[];
  } | null;
}

/** A configuration that cannot be used: where it is broken and why. */
export interface ConfigProblem {
  readonly message: string;
  /** The file at fault, when there is one (a client setting has none). */
  readonly file: string | undefined;
  /** 1-based line and column in that file, when known. */
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/** A noqa comment in editor positions. */
export interface DocumentNoqaComment extends Omit<NoqaComment, 'start' | 'end'> {
  readonly range: TextRange;
}

/** The result of checking one document. */
export interface DocumentReport {
  readonly findings: readonly DocumentFinding[];
  /** Rules that crashed on the document (the other rules' findings are still there). */
  readonly errors: readonly string[];
  /** Set when the configuration that governs the document is broken; then nothing was checked. */
  readonly configProblem: ConfigProblem | undefined;
  /** True when `exclude` / `extend-exclude` leave the document out: nothing was checked. */
  readonly excluded: boolean;
  readonly noqaComments: readonly DocumentNoqaComment[];
  /** The configuration file in use, and the folder the settings are relative to. */
  readonly configFile: string | undefined;
  readonly projectRoot: string | undefined;
  /** The team standards folder of the document's settings (`standards-dir`), absolute. */
  readonly standardsDir: string | undefined;
}

/** A document's text after fixes. */
export interface DocumentFixResult {
  /** The one edit from the document's text to the fixed text; undefined when nothing changed. */
  readonly edit: TextEdit | undefined;
  /** How many findings' fixes were applied. */
  readonly fixedCount: number;
  readonly errors: readonly string[];
  readonly configProblem: ConfigProblem | undefined;
}

/** Findings of the project rules (ENV) on one project file. */
export interface ProjectFileReport {
  readonly path: string;
  readonly findings: readonly DocumentFinding[];
  readonly errors: readonly string[];
}

export interface ProjectsReport {
  readonly files: readonly ProjectFileReport[];
  readonly configProblems: readonly ConfigProblem[];
}

/** Rule selection a client sets for a folder, on top of the configuration (as `--select` and friends on the command line). */
export type FolderOverrides = SelectionOverrides;

/** Per-run state, dropped whole on reload: what settings resolution and the project rules read from disk. */
interface Caches {
  readonly projects: ProjectIndex;
  readonly resolvers: Map<string, SettingsResolver>;
  readonly ruleSets: Map<string, RuleSet>;
}

/** Where a document's settings come from, or why they cannot be had. */
type Governed =
  | { readonly ok: true; readonly settings: Settings; readonly ruleSet: RuleSet }
  | { readonly ok: false; readonly problem: ConfigProblem };

const NO_FOLDER = '';

/**
 * The workspace of an editor: one or more folders. A document's settings are those `check` would
 * use for the file at its path (the nearest pyproject.toml with `[tool.pystandards]`, the
 * project's declared Python version, per-file-ignores), with the folder standing for the folder
 * named on the command line. Files are read once and cached until `reload()`.
 */
export class Workspace {
  private folders: string[] = [];
  private readonly overrides = new Map<string, FolderOverrides>();
  private caches: Caches = newCaches();
  /**
   * Each folder's project index: the summaries of its files as saved, made by `refreshIndex`.
   * Documents of a folder with one are linked against it; without, they are checked alone.
   */
  private indexes = new Map<string, readonly IndexedModule[]>();

  constructor(folders: readonly string[] = []) {
    this.setFolders(folders);
  }

  /** The workspace folders (absolute paths). */
  setFolders(folders: readonly string[]): void {
    // Longest first, so the innermost folder of nested ones claims its files.
    this.folders = [...new Set(folders.map((folder) => path.resolve(folder)))].sort((a, b) => b.length - a.length);
    this.caches = newCaches();
  }

  /**
   * Rule selection for one folder (or, without a folder, for files outside every folder and
   * folders with none of their own). Returns the selectors that name no rule; they are left out.
   */
  setOverrides(folder: string | undefined, overrides: FolderOverrides): string[] {
    const unknown: string[] = [];
    const known = (selectors: readonly string[] | undefined): string[] | undefined => {
      if (!selectors) return undefined;
      return selectors.filter((selector) => isKnownSelector(selector) || (unknown.push(selector), false));
    };
    const key = folder === undefined ? NO_FOLDER : path.resolve(folder);
    this.overrides.set(key, { select: known(overrides.select), extendSelect: known(overrides.extendSelect), ignore: known(overrides.ignore) });
    // Folders without overrides of their own follow the default ones: start every folder afresh.
    this.caches.ruleSets.clear();
    return unknown;
  }

  /** Forgets every configuration and project fact read so far: the next check reads them again. */
  reload(): void {
    this.caches = newCaches();
  }

  /**
   * Summarises every Python file of each folder as saved on disk (through the result cache, so
   * only changed files are read again): the project index documents are linked against, for
   * findings that follow calls into other modules. The editor calls it on start and on save.
   */
  async refreshIndex(): Promise<void> {
    const indexes = new Map<string, readonly IndexedModule[]>();
    for (const folder of this.folders) {
      try {
        indexes.set(folder, await indexModules([folder], { cwd: folder, threads: 1, frames: false, ...(this.overrides.get(folder) ?? this.overrides.get(NO_FOLDER)) }));
      } catch (error) {
        // A folder whose configuration is broken has no index; its documents show the problem.
        if (!(error instanceof ConfigError)) throw error;
      }
    }
    this.indexes = indexes;
  }

  /** The innermost workspace folder holding `absolutePath`, if any. */
  folderOf(absolutePath: string): string | undefined {
    return this.folders.find((folder) => absolutePath === folder || absolutePath.startsWith(folder + path.sep));
  }

  /**
   * Checks a document as `check` would check the file at its path. Every document check goes
   * through here, so what else a check needs (project-wide findings) is added in one place.
   */
  checkDocument(document: EditorDocument): DocumentReport {
    const governed = this.governing(document.path);
    if (!governed.ok) return emptyReport({ configProblem: governed.problem });
    const { settings, ruleSet } = governed;
    const context = { configFile: settings.configFile, projectRoot: settings.projectRoot, standardsDir: standardsDirOf(settings) };
    if (isExcludedByConfig(settings, document.path)) return emptyReport({ ...context, excluded: true });
    const tooLarge = overMaxFileSize(document, settings);
    if (tooLarge) return emptyReport({ ...context, errors: [tooLarge] });
    const index = this.indexes.get(this.folderOf(document.path) ?? NO_FOLDER);
    const check = checkDocumentText({
      absolutePath: document.path,
      text: document.text,
      settings,
      rules: ruleSet.rulesFor(settings),
      ignoredCodes: ruleSet.ignoredCodes(settings, document.path),
      summarize: index !== undefined,
    });
    const lines = check.source.lines;
    // Linked against the folder's index: what `check` on the folder would say of the edited text.
    let findings = index ? linkDocument({ absolutePath: document.path, settings, summary: check.summary, findings: check.findings }, index, ruleSet) : check.findings;
    // The bulk suppressions file hides what `check` would hide; a broken one is shown, never skipped.
    let problem: ConfigProblem | undefined;
    try {
      const enabledCodes = enabledCodesOf(ruleSet, settings, document.path);
      findings = suppressFileFindings({ absolutePath: document.path, projectRoot: settings.projectRoot, findings, enabledCodes }).kept;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problem = configProblem(error);
    }
    return {
      ...context,
      findings: findings.map((finding) => documentFinding(finding, lines)),
      errors: check.errors,
      configProblem: problem,
      excluded: false,
      noqaComments: check.noqaComments.map(({ start, end, ...rest }) => ({ ...rest, range: { start: positionAt(lines, start), end: positionAt(lines, end) } })),
    };
  }

  /** Applies every safe fix (with `unsafe`, unsafe ones too) until the text settles, as `check --fix` would. */
  fixAll(document: EditorDocument, options: { readonly unsafe: boolean }): DocumentFixResult {
    const governed = this.governing(document.path);
    if (!governed.ok) return { edit: undefined, fixedCount: 0, errors: [], configProblem: governed.problem };
    const { settings, ruleSet } = governed;
    if (isExcludedByConfig(settings, document.path)) return { edit: undefined, fixedCount: 0, errors: [], configProblem: undefined };
    return this.fix(document, settings, ruleSet.rulesFor(settings), ruleSet.ignoredCodes(settings, document.path), options.unsafe);
  }

  /** Sorts and formats the document's import blocks (IMP001's fix), whether or not IMP001 is selected. */
  organizeImports(document: EditorDocument): DocumentFixResult {
    const governed = this.governing(document.path);
    if (!governed.ok) return { edit: undefined, fixedCount: 0, errors: [], configProblem: governed.problem };
    const imports = RULES_BY_CODE.get(IMPORT_ORDER_CODE);
    if (!imports) return { edit: undefined, fixedCount: 0, errors: [`rule ${IMPORT_ORDER_CODE} is not registered`], configProblem: undefined };
    return this.fix(document, governed.settings, [imports], new Set(), false);
  }

  /**
   * For each finding (its code and noqa line), the edit that writes or merges `# noqa: CODE` on
   * the line where the checker reads it, as `check --add-noqa` writes it; undefined where nothing
   * can or needs to change (a blanket `# noqa` is there, or the line holds a file-level directive).
   */
  disableOnLine(document: EditorDocument, targets: readonly { readonly code: string; readonly noqaLine: number }[]): (TextEdit | undefined)[] {
    const source = parseSource(document.path, document.text, { encoding: 'utf-8', bom: false }, document.path);
    return targets.map((target) => {
      const edit = noqaEdit(source, target.noqaLine + 1, [target.code]);
      return edit && { range: { start: positionAt(source.lines, edit.start), end: positionAt(source.lines, edit.end) }, newText: edit.content };
    });
  }

  /**
   * Runs the project rules (ENV) once each on the projects that `paths` (files or folders) belong
   * to; findings come back on the project files that declare the facts (pyproject.toml, …).
   */
  checkProjects(paths: readonly string[]): ProjectsReport {
    const files: ProjectFileReport[] = [];
    const configProblems: ConfigProblem[] = [];
    const byFolder = new Map<string, string[]>();
    for (const given of paths) {
      const folder = this.folderOf(given) ?? NO_FOLDER;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), given]);
    }
    for (const [folder, folderPaths] of byFolder) {
      const { projects } = this.caches;
      const roots = projectRoots(folderPaths, projects);
      if (roots.length === 0) continue;
      try {
        const resolver = this.resolver(folder);
        const ruleSet = this.ruleSet(folder);
        const reports = checkProjects(roots, { projects, resolver, ruleSet, cwd: folder || path.parse(roots[0] as string).root });
        for (const report of reports) files.push(projectFileReport(withoutSuppressed(report, resolver, ruleSet), folder));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        configProblems.push(configProblem(error));
      }
    }
    return { files, configProblems };
  }

  private fix(document: EditorDocument, settings: Settings, rules: Parameters<typeof fixSource>[0]['rules'], ignoredCodes: ReadonlySet<string>, unsafe: boolean): DocumentFixResult {
    const tooLarge = overMaxFileSize(document, settings);
    if (tooLarge) return { edit: undefined, fixedCount: 0, errors: [tooLarge], configProblem: undefined };
    const result = fixSource({
      displayPath: document.path,
      absolutePath: document.path,
      text: document.text,
      encoding: { encoding: 'utf-8', bom: false },
      settings,
      rules,
      ignoredCodes,
      levels: applicableLevels(unsafe),
    });
    const edit = minimalEdit(document.text, result.text, new LineIndex(document.text));
    return { edit, fixedCount: result.fixed.length, errors: result.errors, configProblem: undefined };
  }

  /** The settings and rules that govern the file at `absolutePath`, or the configuration problem that stops it. */
  private governing(absolutePath: string): Governed {
    const folder = this.folderOf(absolutePath) ?? NO_FOLDER;
    try {
      const settings = this.resolver(folder).forPath(absolutePath);
      const ruleSet = this.ruleSet(folder);
      // Selection errors (a bad selector in the configuration) surface here, once per settings.
      ruleSet.rulesFor(settings);
      return { ok: true, settings, ruleSet };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { ok: false, problem: configProblem(error) };
    }
  }

  private resolver(folder: string): SettingsResolver {
    let resolver = this.caches.resolvers.get(folder);
    if (!resolver) {
      resolver = new SettingsResolver({ isKnownSelector, projects: this.caches.projects, fallbackRoots: folder ? [folder] : [] });
      this.caches.resolvers.set(folder, resolver);
    }
    return resolver;
  }

  private ruleSet(folder: string): RuleSet {
    let ruleSet = this.caches.ruleSets.get(folder);
    if (!ruleSet) {
      ruleSet = new RuleSet(this.overrides.get(folder) ?? this.overrides.get(NO_FOLDER) ?? {});
      this.caches.ruleSets.set(folder, ruleSet);
    }
    return ruleSet;
  }
}

const IMPORT_ORDER_CODE = 'IMP001';

function newCaches(): Caches {
  return { projects: new ProjectIndex(new GitIgnore()), resolvers: new Map(), ruleSets: new Map() };
}

/**
 * Why a document is not checked when it would be saved larger than `max-file-size`, as `check`
 * leaves the file out. The size is not in the message, which stays the same while it is edited.
 */
function overMaxFileSize(document: EditorDocument, settings: Settings): string | undefined {
  // A UTF-16 unit is at most three bytes of UTF-8: most documents are decided without counting bytes.
  if (document.text.length <= settings.maxFileSize / 3) return undefined;
  return Buffer.byteLength(document.text, 'utf8') > settings.maxFileSize ? tooLargeError(document.path, settings) : undefined;
}

function emptyReport(parts: Partial<DocumentReport>): DocumentReport {
  return {
    findings: [],
    errors: [],
    configProblem: undefined,
    excluded: false,
    noqaComments: [],
    configFile: undefined,
    projectRoot: undefined,
    standardsDir: undefined,
    ...parts,
  };
}

function configProblem(error: ConfigError): ConfigProblem {
  return { message: error.message, file: error.file ? path.resolve(error.file) : undefined, line: error.line, column: error.column };
}

function standardsDirOf(settings: Settings): string | undefined {
  return settings.standardsDir === undefined ? undefined : path.resolve(settings.projectRoot, settings.standardsDir);
}

function documentFinding(finding: Finding, lines: LineIndex): DocumentFinding {
  return {
    code: finding.code,
    rule: finding.rule,
    message: finding.message,
    url: finding.url,
    section: finding.section,
    sectionTitle: finding.sectionTitle || SECTIONS[finding.section],
    range: findingRange(lines, finding),
    noqaLine: finding.code === SYNTAX_ERROR_CODE ? undefined : finding.noqaRow - 1,
    fix: finding.fix
      ? {
          applicability: finding.fix.applicability,
          title: finding.fix.message,
          edits: finding.fix.edits.map((edit) => ({ range: findingRange(lines, edit), newText: edit.content })),
        }
      : null,
  };
}

/** A project file's findings in editor positions (the file is read again for its line index: project files are small). */
function projectFileReport(report: { readonly path: string; readonly findings: readonly Finding[]; readonly errors: readonly string[] }, folder: string): ProjectFileReport {
  const file = report.findings[0]?.absoluteFilename ?? path.resolve(folder || '/', report.path);
  // A file that vanished since the rules read it: its findings sit at the start.
  const lines = new LineIndex(readRegularText(file).text ?? '');
  return { path: file, findings: report.findings.map((finding) => documentFinding(finding, lines)), errors: report.errors };
}

/** A project file's report less what the project's bulk suppressions file hides (as `check` hides it). */
function withoutSuppressed<R extends { readonly findings: readonly Finding[] }>(report: R, resolver: SettingsResolver, ruleSet: RuleSet): R {
  const first = report.findings[0];
  if (!first) return report;
  const settings = resolver.forPath(first.absoluteFilename);
  const enabledCodes = enabledCodesOf(ruleSet, settings, first.absoluteFilename);
  const { kept } = suppressFileFindings({ absolutePath: first.absoluteFilename, projectRoot: settings.projectRoot, findings: report.findings, enabledCodes });
  return kept.length === report.findings.length ? report : { ...report, findings: kept };
}

/** The codes on for a file: its project's selection less its per-file ignores. */
function enabledCodesOf(ruleSet: RuleSet, settings: Settings, absolutePath: string): ReadonlySet<string> {
  const ignored = ruleSet.ignoredCodes(settings, absolutePath);
  return new Set(ruleSet.rulesFor(settings).map((rule) => rule.code).filter((code) => !ignored.has(code)));
}
