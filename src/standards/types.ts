// The shapes of the standards content: built-in parts as data, and sections as the library serves them.
import type { Rule, SectionId } from '../linter/index.js';

/** The parts of the built-in Python Backend Standards, in document order. */
export const PART_IDS = ['overview', 'environment', 'imports', 'type_hints', 'async', 'errors', 'naming'] as const;
export type PartId = (typeof PART_IDS)[number];

/** A good or bad example of a part; bad ones name the codes pystandards reports on them. */
export interface StandardExample {
  /** Stable kebab-case id, unique within its part, so tests can pin the codes of each example. */
  readonly id: string;
  readonly title: string;
  readonly kind: 'good' | 'bad';
  /** `python` examples can be checked as they are; `toml` ones show project files. */
  readonly language: 'python' | 'toml';
  /** The file the example stands for (module-name and project rules look at it). */
  readonly filename: string;
  readonly code: string;
  /** Rule codes pystandards reports on the example (none for good ones), per RULES.md. */
  readonly codes: readonly string[];
}

/** Words of a task description that point at a part, for the offline relevance ranking. */
export interface PartKeywords {
  /** Words that name the part's subject outright (weight 3). */
  readonly strong: readonly string[];
  /** Words that often come with it (weight 1). */
  readonly weak: readonly string[];
  /** Score every task gets, for parts that apply to any Python change. */
  readonly base?: number;
}

/** One built-in part, written as data: prose, examples and relevance keywords. */
export interface BuiltInPart {
  readonly id: PartId;
  readonly title: string;
  /** One sentence saying what the part asks for. */
  readonly summary: string;
  /** The guidance, in markdown, without the part's heading. */
  readonly body: string;
  readonly examples: readonly StandardExample[];
  /** Rule sections whose rules this part lists (generated from the rule registry). */
  readonly ruleSections: readonly SectionId[];
  readonly keywords: PartKeywords;
}

/** Where a section's text came from. */
export type SectionOrigin = 'built-in' | 'team' | 'team-replaced';

/** A section as the library serves it: rendered markdown plus what the tools need. */
export interface StandardsSection {
  /** `overview`, a part id such as `type_hints`, or a team section's id. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly origin: SectionOrigin;
  /** The section's markdown, starting with its `## Title` heading. */
  readonly markdown: string;
  /** The section's own guidance (summary and prose), without its examples and rule list: what an editor shows on hover. */
  readonly guidance: string;
  readonly examples: readonly StandardExample[];
  /** Registry rules that enforce the section, in catalog order. */
  readonly rules: readonly Rule[];
  readonly keywords: PartKeywords;
  /** The team file the text came from, for team sections. */
  readonly file?: string;
}
