// The standards a server or the CLI serves: built-in parts, team sections, lookup, index and hash.
import { createHash } from 'node:crypto';
import type { Rule, SectionId } from '../linter/index.js';
import { RULES } from '../rules/index.js';
import { BUILT_IN_PARTS } from './parts/index.js';
import { renderBuiltInPart, renderRuleList } from './render.js';
import { loadTeamSections, type TeamSection } from './team.js';
import type { BuiltInPart, StandardsSection } from './types.js';

export const STANDARD_ID = 'python-backend';
export const STANDARD_TITLE = 'Python Backend Standards';
/** Version of the standards text (the document they were written from is 1.0.0). */
export const STANDARD_VERSION = '1.0.0';
export const STANDARD_URI = `standards://${STANDARD_ID}`;

/** Section selectors that stand for groups of sections. */
export const SELECT_ALL = 'all';
export const SELECT_PYTHON = 'python';

/** The URI of one section. */
export function sectionUri(id: string): string {
  return `${STANDARD_URI}/${id}`;
}

/** The built-in part that states the rules of a rule section (`syntax` lives in the overview). */
export function partForRuleSection(section: SectionId): string {
  return BUILT_IN_PARTS.find((part) => part.ruleSections.includes(section))?.id ?? 'overview';
}

export interface StandardsIndexEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly origin: StandardsSection['origin'];
  readonly uri: string;
  readonly sha256: string;
  readonly rules: readonly string[];
}

/** What `standards://index` serves. */
export interface StandardsIndex {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly sha256: string;
  readonly uri: string;
  readonly sections: readonly StandardsIndexEntry[];
}

export interface LibraryOptions {
  /** A folder of team markdown files (see team.ts). */
  readonly teamDir?: string | undefined;
  /** The rule registry to list; the full registry by default. */
  readonly rules?: readonly Rule[];
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The standards document, assembled once; immutable afterwards. */
export class StandardsLibrary {
  readonly sections: readonly StandardsSection[];
  /** The whole document, as `standards://python-backend` serves it. */
  readonly markdown: string;
  readonly sha256: string;
  private readonly byId: ReadonlyMap<string, StandardsSection>;

  constructor(options: LibraryOptions = {}) {
    const rules = options.rules ?? RULES;
    const team = options.teamDir ? loadTeamSections(options.teamDir) : [];
    const teamById = new Map(team.map((section) => [section.id, section]));
    const builtIn = BUILT_IN_PARTS.map((part) => builtInSection(part, rules, teamById.get(part.id)));
    const added = team.filter((section) => !BUILT_IN_PARTS.some((part) => part.id === section.id)).map(teamSection);
    this.sections = [...builtIn, ...added];
    this.byId = new Map(this.sections.map((section) => [section.id, section]));
    const contents = `Version ${STANDARD_VERSION}. Sections: ${this.sections.map((s) => s.title).join(', ')}.`;
    this.markdown = `# ${STANDARD_TITLE}\n\n${contents}\n\n${this.sections.map((s) => s.markdown).join('\n')}`;
    this.sha256 = sha256(this.markdown);
  }

  section(id: string): StandardsSection | undefined {
    return this.byId.get(id);
  }

  /** Every value `select` accepts: `all`, `python`, then each section id in document order. */
  get selectors(): readonly string[] {
    return [SELECT_ALL, SELECT_PYTHON, ...this.sections.map((section) => section.id)];
  }

  /**
   * The sections a selector names: `all` (every section), `python` (the Python parts, without
   * the overview and team additions) or one section id. Undefined for anything else.
   */
  select(selector: string): readonly StandardsSection[] | undefined {
    const wanted = selector.trim().toLowerCase();
    if (wanted === SELECT_ALL) return this.sections;
    if (wanted === SELECT_PYTHON) return this.sections.filter((s) => s.origin !== 'team' && s.id !== 'overview');
    const section = this.byId.get(wanted);
    return section ? [section] : undefined;
  }

  index(): StandardsIndex {
    return {
      id: STANDARD_ID,
      title: STANDARD_TITLE,
      version: STANDARD_VERSION,
      sha256: this.sha256,
      uri: STANDARD_URI,
      sections: this.sections.map((section) => ({
        id: section.id,
        title: section.title,
        summary: section.summary,
        origin: section.origin,
        uri: sectionUri(section.id),
        sha256: sha256(section.markdown),
        rules: section.rules.map((rule) => rule.code),
      })),
    };
  }
}

function rulesOf(part: BuiltInPart, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => part.ruleSections.includes(rule.section));
}

function builtInSection(part: BuiltInPart, allRules: readonly Rule[], replacement: TeamSection | undefined): StandardsSection {
  const rules = rulesOf(part, allRules);
  if (replacement) {
    return {
      id: part.id,
      title: replacement.title,
      summary: replacement.summary || part.summary,
      origin: 'team-replaced',
      // The team's text replaces ours; the rule list stays, because the checker still enforces it.
      markdown: `${replacement.markdown.trimEnd()}\n\n${renderRuleList(rules)}\n`,
      guidance: withoutHeading(replacement.markdown),
      examples: [],
      rules,
      keywords: { ...part.keywords, strong: [...part.keywords.strong, ...replacement.title.split(/\s+/)], weak: [...part.keywords.weak, ...replacement.headings] },
      file: replacement.file,
    };
  }
  const registered = new Set(allRules.map((rule) => rule.code));
  return {
    id: part.id,
    title: part.title,
    summary: part.summary,
    origin: 'built-in',
    markdown: renderBuiltInPart(part, rules, registered),
    guidance: `*${part.summary}*\n\n${part.body.trim()}`,
    examples: part.examples,
    rules,
    keywords: part.keywords,
  };
}

function teamSection(section: TeamSection): StandardsSection {
  return {
    id: section.id,
    title: section.title,
    summary: section.summary,
    origin: 'team',
    markdown: section.markdown,
    guidance: withoutHeading(section.markdown),
    examples: [],
    rules: [],
    keywords: { strong: [...section.id.split('_'), ...section.title.split(/\s+/)], weak: [...section.headings] },
    file: section.file,
  };
}

/** A team section's markdown without its leading `## Title` line (an editor shows the title itself). */
function withoutHeading(markdown: string): string {
  return markdown.replace(/^\s*## [^\n]*\n/, '').trim();
}
