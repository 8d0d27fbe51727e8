// The link phase: joins the summaries of a run's files into the project graph, decides the
// findings that waited on other modules, and reports the coroutines that block through helpers.
import path from 'node:path';
import { compareOrdinal } from '../compare.js';
import type { Settings } from '../config/index.js';
import { SECTIONS, formatMessage, keptAlone, ruleUrl, type Finding } from '../linter/index.js';
import { RULES_BY_CODE } from '../rules/index.js';
import { blockingCatalog } from '../rules/async/blocking-catalog.js';
import { THROUGH_HELPER_MESSAGE } from '../rules/async/blocking-call-listeners.js';
import { blockingThroughHelpers, describeChain } from './blocking-through-helpers.js';
import { FactChecker } from './conditions.js';
import { ProjectGraph, type GraphFile } from './graph.js';
import type { ModuleSummary } from './summary.js';

export interface LinkFile {
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly settings: Settings;
  /** Absent for a file that could not be summarised (unreadable, undecodable): it is not in the graph. */
  readonly summary: ModuleSummary | undefined;
  readonly findings: readonly Finding[];
}

export interface LinkOptions {
  /** Whether a finding of `code` may be reported on file `index` (enabled, not in per-file-ignores). */
  readonly reports: (index: number, code: string) => boolean;
  /** Keep the calls' source line for code frames. */
  readonly frames: boolean;
}

/** Each file's findings after linking, in the order of the input. */
export type LinkOutcome = Finding[][];

export function linkProject(files: readonly LinkFile[], options: LinkOptions): LinkOutcome {
  const inGraph: number[] = [];
  const graphFiles: GraphFile[] = [];
  files.forEach((file, index) => {
    if (!file.summary) return;
    inGraph.push(index);
    graphFiles.push({
      absolutePath: file.absolutePath,
      displayPath: file.displayPath,
      summary: file.summary,
      projectRoot: file.settings.projectRoot,
      sourceRoots: file.settings.src.map((root) => path.resolve(file.settings.projectRoot, root)),
    });
  });
  const graph = new ProjectGraph(graphFiles);
  const facts = new FactChecker(graph);
  const moduleOf = new Map(inGraph.map((fileIndex, moduleIndex) => [fileIndex, graph.modules[moduleIndex]]));
  const outcome: LinkOutcome = files.map((file, index) => {
    // Most files have no finding that waits on the project: their list is kept as it is.
    if (!file.findings.some((finding) => finding.condition)) return file.findings as Finding[];
    const module = moduleOf.get(index);
    return file.findings.flatMap((finding) => {
      const condition = finding.condition;
      if (!condition) return [finding];
      const holds = module !== undefined && facts.holds(module, condition.fact);
      const kept = module === undefined ? keptAlone(condition) : condition.when === 'requires' ? holds : !holds;
      if (!kept) return [];
      const { condition: _decided, ...decided } = finding;
      return [decided];
    });
  });
  const isAllowed = (node: { module: { index: number; name: string }; name: string }): boolean => {
    const file = files[inGraph[node.module.index] as number] as LinkFile;
    return blockingCatalog(file.settings).isAllowed(`${node.module.name}.${node.name}`);
  };
  const added = new Set<number>();
  for (const call of blockingThroughHelpers(graph, isAllowed)) {
    const index = inGraph[call.module.index] as number;
    const code = call.chain.block[0];
    if (call.site.suppressed.includes(code) || !options.reports(index, code)) continue;
    if (!added.has(index)) outcome[index] = [...(outcome[index] as Finding[])];
    added.add(index);
    (outcome[index] as Finding[]).push(throughHelperFinding(files[index] as LinkFile, code, call.coroutine, call.site, describeChain(call.chain), options.frames));
  }
  for (const index of added) (outcome[index] as Finding[]).sort(byPosition);
  return outcome;
}

function throughHelperFinding(
  file: LinkFile,
  code: string,
  coroutine: string,
  site: NonNullable<ModuleSummary['functions'][number]['sites']>[number],
  chain: string,
  frames: boolean,
): Finding {
  const rule = RULES_BY_CODE.get(code);
  const template = (rule?.messages as Record<string, string> | undefined)?.['throughHelper'] ?? THROUGH_HELPER_MESSAGE;
  return {
    code,
    rule: rule?.name ?? code,
    message: formatMessage(template, { call: site.callee, function: coroutine.slice(coroutine.lastIndexOf('.') + 1), chain }),
    filename: file.displayPath,
    absoluteFilename: file.absolutePath,
    location: { row: site.row, column: site.column },
    endLocation: { row: site.endRow, column: site.endColumn },
    noqaRow: site.noqaRow,
    fix: null,
    url: ruleUrl(code),
    section: 'async',
    sectionTitle: SECTIONS.async,
    sourceLines: frames ? [site.line] : [],
  };
}

function byPosition(a: Finding, b: Finding): number {
  return a.location.row - b.location.row || a.location.column - b.location.column || compareOrdinal(a.code, b.code);
}
