// The data isort works on: import statements read from the tree, with their comments attached.

/** A comment of the block: its text (without the line break) and UTF-16 range. */
export interface BlockComment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** `name` or `name as asname`. */
export interface Alias {
  readonly name: string;
  readonly asname: string | undefined;
}

/** Comments that travel with a statement or a name: above it, after it on its line, after it inside `( )`. */
export interface Comments {
  readonly atop: string[];
  readonly inline: string[];
  readonly trailing: string[];
}

/** A name of `from m import …` with its own comments. */
export interface Member extends Alias {
  readonly comments: Comments;
}

/** `import a, b as c` as written. */
export interface PlainImport {
  readonly kind: 'import';
  readonly names: readonly Alias[];
  readonly comments: Comments;
  readonly start: number;
  readonly end: number;
}

/** `from .m import a, b as c` (or `*`) as written. */
export interface FromImport {
  readonly kind: 'from';
  /** The dotted module, undefined for `from . import x`. */
  readonly module: string | undefined;
  /** Number of leading dots. */
  readonly level: number;
  readonly members: readonly Member[];
  readonly comments: Comments;
  /** The parenthesized name list ends with a comma (black's "magic trailing comma"). */
  readonly trailingComma: boolean;
  readonly start: number;
  readonly end: number;
}

export type ImportStatement = PlainImport | FromImport;

/** The five sections of isort, in their default order. */
export const KNOWN_SECTIONS = ['future', 'standard-library', 'third-party', 'first-party', 'local-folder'] as const;
export type SectionName = (typeof KNOWN_SECTIONS)[number];

/** How a section is named in messages. */
export const SECTION_WORDS: Readonly<Record<SectionName, string>> = {
  future: 'future',
  'standard-library': 'standard-library',
  'third-party': 'third-party',
  'first-party': 'first-party',
  'local-folder': 'local',
};

export function emptyComments(): Comments {
  return { atop: [], inline: [], trailing: [] };
}

/** `from` module as written after `from`: dots then the dotted name (`..models`, `.`, `os.path`). */
export function fromModuleName(module: string | undefined, level: number): string {
  return `${'.'.repeat(level)}${module ?? ''}`;
}
