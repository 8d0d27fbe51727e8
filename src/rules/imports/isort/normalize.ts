// Merges a block's statements into isort's units: one per module (or alias, or star), duplicates folded.
import { emptyComments, type Alias, type Comments, type ImportStatement } from './types.js';

/** One `import x [as y]` of the output. */
export interface PlainEntry {
  readonly key: string;
  readonly alias: Alias;
  readonly firstIndex: number;
  readonly comments: Comments;
}

/** A name of a `from` statement of the output, with its comments. */
export interface MemberEntry {
  readonly alias: Alias;
  readonly comments: Comments;
}

/** One `from m import …` of the output. */
export interface FromEntry {
  readonly key: string;
  readonly module: string | undefined;
  readonly level: number;
  readonly firstIndex: number;
  readonly comments: Comments;
  readonly members: Map<string, MemberEntry>;
  trailingComma: boolean;
}

export interface NormalizedBlock {
  readonly plain: Map<string, PlainEntry>;
  readonly from: Map<string, FromEntry>;
  /** For each input statement, the keys of the output units it feeds, its first name's first. */
  readonly keysOf: readonly (readonly string[])[];
}

export interface NormalizeOptions {
  readonly combineAsImports: boolean;
  readonly forceSingleLine: boolean;
}

const SEP = '\u0000';

function aliasKey(alias: Alias): string {
  return `${alias.name}${SEP}${alias.asname ?? ''}`;
}

/**
 * Folds statements into output units, as isort does: every name of `import a, b` becomes its
 * own `import`; `from m import …` statements of one module merge (duplicates collapse); an
 * aliased name `x as y` gets its own statement unless `combine-as-imports`; `*` stays alone;
 * `force-single-line` gives every name its own statement. Comments go with the first unit a
 * statement feeds.
 */
export function normalizeImports(statements: readonly ImportStatement[], options: NormalizeOptions): NormalizedBlock {
  const plain = new Map<string, PlainEntry>();
  const from = new Map<string, FromEntry>();
  const keysOf: string[][] = [];

  const plainEntry = (alias: Alias, index: number): PlainEntry => {
    const key = `i${SEP}${aliasKey(alias)}`;
    let entry = plain.get(key);
    if (!entry) {
      entry = { key, alias: { name: alias.name, asname: alias.asname }, firstIndex: index, comments: emptyComments() };
      plain.set(key, entry);
    }
    return entry;
  };
  const fromEntry = (key: string, module: string | undefined, level: number, index: number): FromEntry => {
    let entry = from.get(key);
    if (!entry) {
      entry = { key, module, level, firstIndex: index, comments: emptyComments(), members: new Map(), trailingComma: false };
      from.set(key, entry);
    }
    return entry;
  };

  statements.forEach((statement, index) => {
    const keys: string[] = [];
    keysOf.push(keys);
    if (statement.kind === 'import') {
      statement.names.forEach((alias, i) => {
        const entry = plainEntry(alias, index);
        if (i === 0) {
          entry.comments.atop.push(...statement.comments.atop);
          entry.comments.inline.push(...statement.comments.inline);
        }
        keys.push(entry.key);
      });
      return;
    }
    const moduleKey = `${statement.level}${SEP}${statement.module ?? ''}`;
    const first = statement.members[0];
    const isolate = options.forceSingleLine && first?.name !== '*';
    const unitKey = (alias: Alias): string => {
      if (alias.name === '*') return `s${SEP}${moduleKey}`;
      if (!isolate && (alias.asname === undefined || options.combineAsImports)) return `f${SEP}${moduleKey}`;
      return `a${SEP}${moduleKey}${SEP}${aliasKey(alias)}`;
    };
    const { atop, inline, trailing } = statement.comments;
    if (isolate) {
      statement.members.forEach((member, i) => {
        const entry = fromEntry(unitKey(member), statement.module, statement.level, index);
        if (i === 0) entry.comments.atop.push(...atop);
        entry.comments.inline.push(...inline);
        entry.comments.trailing.push(...trailing);
      });
    } else if (first) {
      const entry = fromEntry(unitKey(first), statement.module, statement.level, index);
      entry.comments.atop.push(...atop);
      entry.comments.inline.push(...inline);
      entry.comments.trailing.push(...trailing);
    }
    for (const member of statement.members) {
      const entry = fromEntry(unitKey(member), statement.module, statement.level, index);
      const memberKey = aliasKey(member);
      let memberEntry = entry.members.get(memberKey);
      if (!memberEntry) {
        memberEntry = { alias: { name: member.name, asname: member.asname }, comments: emptyComments() };
        entry.members.set(memberKey, memberEntry);
      }
      memberEntry.comments.atop.push(...member.comments.atop);
      memberEntry.comments.inline.push(...member.comments.inline);
      memberEntry.comments.trailing.push(...member.comments.trailing);
      if (!isolate && statement.trailingComma) entry.trailingComma = true;
      if (!keys.includes(entry.key)) keys.push(entry.key);
    }
  });
  return { plain, from, keysOf };
}
