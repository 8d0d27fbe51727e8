// defineRule(): a rule is metadata, documentation and messages as data, plus listeners.
import type { Settings } from '../config/index.js';
import type { Applicability, Fix, FixAvailability } from '../fix/index.js';
import type { Project, ProjectFile, Span } from '../project/index.js';
import type { SemanticModel } from '../semantic/index.js';
import type { NodeType, SourceFile, SyntaxNode } from '../syntax/index.js';
import type { FindingCondition } from './project-condition.js';

/** Sections of the Python Backend Standards; every rule belongs to one. */
export const SECTIONS = {
  syntax: 'Syntax',
  environment: 'Environment',
  imports: 'Import Ordering',
  type_hints: 'Type Hints',
  async: 'Async Patterns',
  errors: 'Error Handling',
  naming: 'Naming Conventions',
} as const;
export type SectionId = keyof typeof SECTIONS;

/** A rule's user documentation, in fixed parts (what, why, bad, good, fix safety). */
export interface RuleDocs {
  /** One sentence starting with Disallow / Require / Enforce. */
  readonly summary: string;
  /** What the rule flags, precisely (markdown). */
  readonly what: string;
  /** Why it matters (markdown). */
  readonly why: string;
  /**
   * Python code that produces exactly one diagnostic of this rule. For a project rule, the text
   * of one file (named by `filenames`) of an example project that produces exactly one.
   */
  readonly bad: string;
  /** The same code (or file) written to pass. */
  readonly good: string;
  /** File names the examples are checked under, for rules about files (default `example.py`). */
  readonly filenames?: { readonly bad: string; readonly good: string };
  /** When and why the fix is safe or unsafe; required for fixable rules. */
  readonly fixSafety?: string;
  /** How the rule compares with its "≈" rules in Ruff / flake8 and where it deliberately differs. */
  readonly comparison?: string;
  /** Configuration keys that change the rule's behaviour, e.g. `naming.ignore-names`. */
  readonly options?: readonly string[];
}

/** Everything a rule may read, and the one thing it may do: report. */
export interface RuleContext<M extends string> {
  readonly source: SourceFile;
  /** Valid inside listeners (the model is built before the first listener runs). */
  readonly semantic: SemanticModel;
  readonly settings: Settings;
  report(report: Report<M>): void;
}

/** A finding as a rule reports it: where, which message, and an optional fix. */
export interface Report<M extends string> {
  /** The node to highlight; or give `range`. */
  readonly node?: SyntaxNode;
  readonly range?: { readonly start: number; readonly end: number };
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
  /** A fact of other modules the finding depends on; resolved by the link phase (see project-condition.ts). */
  readonly condition?: FindingCondition;
}

/** What a project rule may read, and the one thing it may do: report on a file of the project. */
export interface ProjectRuleContext<M extends string> {
  readonly project: Project;
  /** The settings that govern the project's root folder. */
  readonly settings: Settings;
  report(report: ProjectReport<M>): void;
}

/** A finding of a project rule: the file that declares the fact, and where in it. */
export interface ProjectReport<M extends string> {
  readonly file: ProjectFile;
  /** Offsets into the file's text; the start of the file when absent. */
  readonly span?: Span;
  readonly messageId: M;
  readonly data?: Readonly<Record<string, string | number>>;
}

export type Listener = (node: SyntaxNode) => void;
/** Callbacks keyed by node type (`call`), or `type:exit` for after the node's subtree. */
export type Listeners = { readonly [K in NodeType | `${NodeType}:exit`]?: Listener };

export interface RuleDefinition<M extends string> {
  /** Stable catalog code, e.g. `NAM002`. */
  readonly code: string;
  /** kebab-case name, equal to the file name, e.g. `class-name-pascal-case`. */
  readonly name: string;
  readonly section: SectionId;
  readonly defaultEnabled: boolean;
  readonly fixAvailability: FixAvailability;
  /** How trustworthy the rule's fixes are, when it has any (`safe` unless said otherwise). */
  readonly fixApplicability?: Applicability;
  /** Codes of other tools this rule matches ("≈" in RULES.md); accepted in `# noqa`. */
  readonly equivalents: readonly string[];
  /** Message templates by id; `{{name}}` placeholders are filled from `data`. */
  readonly messages: Readonly<Record<M, string>>;
  readonly docs: RuleDocs;
  /**
   * Whether the rule can find anything in a file at all (`async def` for the async rules). When
   * false its listeners are not registered, so nodes only it listens to are never collected.
   */
  readonly appliesTo?: (source: SourceFile) => boolean;
  /** Returns the rule's listeners for one file. Absent for most project rules and for rules the engine runs itself. */
  readonly create?: (context: RuleContext<M>) => Listeners;
  /**
   * Checks a whole project (the ENV rules): run once per project per run by `check` on paths,
   * never for a snippet or stdin. A rule has this or `create`, except ENV001, which also reads each
   * file's PEP 723 `# /// script` block (a script's own Python declaration) with `create`.
   */
  readonly checkProject?: (context: ProjectRuleContext<M>) => void;
}

/** A rule with its message ids erased, as the registry and the engine hold it. */
export type Rule = RuleDefinition<string>;

/** Declares a rule. The identity function, there for type inference of message ids. */
export function defineRule<const M extends string>(definition: RuleDefinition<M>): RuleDefinition<M> {
  return definition;
}

const templates = new Map<string, readonly string[]>();

/** A template split into text and placeholder names (odd positions), once per template. */
function compile(template: string): readonly string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    templates.set(template, parts);
  }
  return parts;
}

/** Fills `{{placeholders}}`; a placeholder without data is a bug in the rule and throws. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let message = '';
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) {
      message += parts[i];
      continue;
    }
    const key = parts[i] as string;
    const value = data[key];
    if (value === undefined) throw new Error(`message placeholder {{${key}}} has no data`);
    message += String(value);
  }
  return message;
}
