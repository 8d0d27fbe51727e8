// Orders the statements of one section and the names inside each `from` statement.
import type { IsortSettings } from './isort-settings.js';
import type { FromEntry, MemberEntry, PlainEntry } from './normalize.js';
import { compareMembers, compareModules, type ModuleSortKey } from './sort-keys.js';
import type { SectionName } from './types.js';

/** A statement of the output, in order. */
export type OrderedImport =
  | { readonly kind: 'import'; readonly entry: PlainEntry }
  | { readonly kind: 'from'; readonly entry: FromEntry; readonly members: readonly MemberEntry[] };

type SortSettings = Pick<IsortSettings, 'caseSensitive' | 'orderByType' | 'relativeFurthestFirst' | 'forceSortWithinSections'>;

/**
 * Plain `import` statements first, then `from` statements, each sorted by module (ties keep
 * source order); `force-sort-within-sections` sorts both kinds together by module. In the
 * `__future__` section `from` statements come first.
 */
export function orderSection(
  plain: readonly PlainEntry[],
  from: readonly FromEntry[],
  section: SectionName,
  settings: SortSettings,
): OrderedImport[] {
  const straight = plain.map((entry): OrderedImport => ({ kind: 'import', entry }));
  const froms = from.map((entry): OrderedImport => ({
    kind: 'from',
    entry,
    members: [...entry.members.values()].sort((a, b) => compareMembers(a.alias, b.alias, settings)),
  }));
  const compare = (a: OrderedImport, b: OrderedImport): number =>
    compareModules(sortKey(a), sortKey(b), settings) || a.entry.firstIndex - b.entry.firstIndex;
  if (section === 'future') return [...froms.sort(compare), ...straight.sort(compare)];
  if (settings.forceSortWithinSections) return [...straight, ...froms].sort(compare);
  return [...straight.sort(compare), ...froms.sort(compare)];
}

function sortKey(item: OrderedImport): ModuleSortKey {
  if (item.kind === 'import') return { name: item.entry.alias.name, asname: item.entry.alias.asname, level: 0, firstMember: undefined };
  const first = item.members[0]?.alias;
  return { name: item.entry.module, asname: undefined, level: item.entry.level, firstMember: first };
}
