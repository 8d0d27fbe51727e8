// Syntax trees held as flat typed arrays, with node objects made only for the nodes code touches.
// SyntaxNode mirrors the tree-sitter node API that the rest of the code uses.
import { FIELD_IDS, FIELD_NAMES, SYMBOL_NAMES, SYMBOLS_BY_NAME, type FlatTreeData } from './native.js';

const NAMED = 1;
const ERROR = 2;
const MISSING = 4;
const HAS_ERROR = 8;
const EXTRA = 16;

export interface Point {
  readonly row: number;
  readonly column: number;
}

const masks = new Map<string, Uint8Array>();

/** A lookup table over symbol ids: 1 for the symbols named in `types`. Cached per type list. */
export function symbolMask(types: string | readonly string[]): Uint8Array {
  // One type is its own key: the hot callers ask for one, and joining a list per call showed in profiles.
  const key = typeof types === 'string' ? types : types.length === 1 ? (types[0] as string) : types.join(' ');
  let mask = masks.get(key);
  if (!mask) {
    mask = new Uint8Array(0x10000);
    for (const type of typeof types === 'string' ? [types] : types) for (const id of SYMBOLS_BY_NAME.get(type) ?? []) mask[id] = 1;
    masks.set(key, mask);
  }
  return mask;
}

/** The symbol ids a node type name stands for (a node and a keyword token may share a name). */
export function symbolIdsOf(type: string): readonly number[] {
  return SYMBOLS_BY_NAME.get(type) ?? [];
}

/** A parsed file: every node in pre-order, as arrays indexed by node id (the root is 0). */
export class SyntaxTree {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly parents: Int32Array;
  /** Index just past each node's subtree: its next sibling when it has one. */
  readonly afters: Int32Array;
  readonly types: Uint16Array;
  readonly fields: Uint16Array;
  readonly flags: Uint8Array;
  /** How deep the deepest node lies (the root at 0). */
  readonly depth: number;
  /** Node objects made so far, and for each node id its position in that list plus one (0: none yet). */
  private readonly made: SyntaxNode[] = [];
  /** Zeroed by the binding: a separate array per tree cost more than the rest of its setup. */
  private readonly slots: Int32Array;
  private lineStarts: number[] | undefined;
  private readonly childLists = new Map<number, Int32Array>();

  constructor(
    data: FlatTreeData,
    readonly text: string,
  ) {
    const count = data.count;
    this.count = count;
    this.depth = data.depth;
    const { buffer, columns } = data;
    // One buffer holds the columns back to back; a tree parsed in pieces has one buffer per column.
    const column = (index: number, offset: number): [ArrayBuffer, number] => (columns ? [columns[index] as ArrayBuffer, 0] : [buffer as ArrayBuffer, offset * count]);
    this.starts = new Uint32Array(...column(0, 0), count);
    this.ends = new Uint32Array(...column(1, 4), count);
    this.parents = new Int32Array(...column(2, 8), count);
    this.afters = new Int32Array(...column(3, 12), count);
    this.slots = new Int32Array(...column(4, 16), count);
    this.types = new Uint16Array(...column(5, 20), count);
    this.fields = new Uint16Array(...column(6, 22), count);
    this.flags = new Uint8Array(...column(7, 24), count);
  }

  get rootNode(): SyntaxNode {
    return this.node(0);
  }

  /** The node object for index `id` (one object per node, made on first use). */
  node(id: number): SyntaxNode {
    const slots = this.slots;
    const slot = slots[id] as number;
    if (slot > 0) return this.made[slot - 1] as SyntaxNode;
    const node = new SyntaxNode(this, id);
    slots[id] = this.made.push(node);
    return node;
  }

  /** The type name of node `id`, read without making its node object. */
  typeName(id: number): string {
    return SYMBOL_NAMES[this.types[id] as number] ?? '';
  }

  /** Whether node `id` is named (not an anonymous token), read without making its node object. */
  isNamed(id: number): boolean {
    return ((this.flags[id] as number) & NAMED) !== 0;
  }

  /** The source text of node `id`, read without making its node object. */
  textOf(id: number): string {
    return this.text.slice(this.starts[id] as number, this.ends[id] as number);
  }

  /** The id of node `id`'s first child under field `name`, or -1: for hot paths that need no node objects. */
  fieldChild(id: number, name: string): number {
    const field = FIELD_IDS.get(name);
    if (field === undefined) return -1;
    const { afters, fields } = this;
    const end = afters[id] as number;
    for (let child = id + 1; child < end; child = afters[child] as number) if (fields[child] === field) return child;
    return -1;
  }

  /** Index of a node's previous sibling, -1 for a first child (children lists made per parent, on first use). */
  previousSiblingOf(id: number): number {
    const parent = this.parents[id] as number;
    if (parent < 0) return -1;
    let children = this.childLists.get(parent);
    if (!children) {
      const ids: number[] = [];
      const end = this.afters[parent] as number;
      for (let child = parent + 1; child < end; child = this.afters[child] as number) ids.push(child);
      children = Int32Array.from(ids);
      this.childLists.set(parent, children);
    }
    let low = 0;
    let high = children.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = children[mid] as number;
      if (value === id) return mid === 0 ? -1 : (children[mid - 1] as number);
      if (value < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Row and UTF-16 column of an offset (tree-sitter's point). */
  point(offset: number): Point {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: offset - (starts[low] as number) };
  }
}

/** One node of a SyntaxTree. `id` is its pre-order index, unique within the tree. */
export class SyntaxNode {
  constructor(
    readonly tree: SyntaxTree,
    readonly id: number,
  ) {}

  get type(): string {
    return this.tree.typeName(this.id);
  }

  get typeId(): number {
    return this.tree.types[this.id] as number;
  }

  get startIndex(): number {
    return this.tree.starts[this.id] as number;
  }

  get endIndex(): number {
    return this.tree.ends[this.id] as number;
  }

  get startPosition(): Point {
    return this.tree.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.tree.point(this.endIndex);
  }

  get text(): string {
    return this.tree.textOf(this.id);
  }

  get isNamed(): boolean {
    return this.tree.isNamed(this.id);
  }

  get isError(): boolean {
    return ((this.tree.flags[this.id] as number) & ERROR) !== 0;
  }

  get isMissing(): boolean {
    return ((this.tree.flags[this.id] as number) & MISSING) !== 0;
  }

  get hasError(): boolean {
    return ((this.tree.flags[this.id] as number) & HAS_ERROR) !== 0;
  }

  get isExtra(): boolean {
    return ((this.tree.flags[this.id] as number) & EXTRA) !== 0;
  }

  get parent(): SyntaxNode | null {
    const parent = this.tree.parents[this.id] as number;
    return parent < 0 ? null : this.tree.node(parent);
  }

  /** Child ids in order. */
  private childIds(): number[] {
    const ids: number[] = [];
    const { afters } = this.tree;
    const end = afters[this.id] as number;
    for (let child = this.id + 1; child < end; child = afters[child] as number) ids.push(child);
    return ids;
  }

  get children(): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    const { afters } = this.tree;
    const end = afters[this.id] as number;
    for (let child = this.id + 1; child < end; child = afters[child] as number) found.push(this.tree.node(child));
    return found;
  }

  get namedChildren(): SyntaxNode[] {
    // Sized up front: an empty array grown by push reserves 16 slots, for lists of two on average.
    const found = new Array<SyntaxNode>(this.namedChildCount);
    const { afters, flags } = this.tree;
    const end = afters[this.id] as number;
    let position = 0;
    for (let child = this.id + 1; child < end; child = afters[child] as number) {
      if (((flags[child] as number) & NAMED) !== 0) found[position++] = this.tree.node(child);
    }
    return found;
  }

  get childCount(): number {
    let count = 0;
    const { afters } = this.tree;
    const end = afters[this.id] as number;
    for (let child = this.id + 1; child < end; child = afters[child] as number) count++;
    return count;
  }

  get namedChildCount(): number {
    let count = 0;
    const { afters, flags } = this.tree;
    const end = afters[this.id] as number;
    for (let child = this.id + 1; child < end; child = afters[child] as number) if (((flags[child] as number) & NAMED) !== 0) count++;
    return count;
  }

  child(index: number): SyntaxNode | null {
    const { afters } = this.tree;
    const end = afters[this.id] as number;
    let position = 0;
    for (let child = this.id + 1; child < end; child = afters[child] as number) if (position++ === index) return this.tree.node(child);
    return null;
  }

  namedChild(index: number): SyntaxNode | null {
    const { afters, flags } = this.tree;
    const end = afters[this.id] as number;
    let position = 0;
    for (let child = this.id + 1; child < end; child = afters[child] as number) {
      if (((flags[child] as number) & NAMED) !== 0 && position++ === index) return this.tree.node(child);
    }
    return null;
  }

  get firstChild(): SyntaxNode | null {
    return this.id + 1 < (this.tree.afters[this.id] as number) ? this.tree.node(this.id + 1) : null;
  }

  get lastChild(): SyntaxNode | null {
    const ids = this.childIds();
    const last = ids[ids.length - 1];
    return last === undefined ? null : this.tree.node(last);
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChild(0);
  }

  get lastNamedChild(): SyntaxNode | null {
    const { afters, flags } = this.tree;
    const end = afters[this.id] as number;
    let last = -1;
    for (let child = this.id + 1; child < end; child = afters[child] as number) if (((flags[child] as number) & NAMED) !== 0) last = child;
    return last < 0 ? null : this.tree.node(last);
  }

  get nextSibling(): SyntaxNode | null {
    const parent = this.tree.parents[this.id] as number;
    if (parent < 0) return null;
    const next = this.tree.afters[this.id] as number;
    return next < (this.tree.afters[parent] as number) ? this.tree.node(next) : null;
  }

  get previousSibling(): SyntaxNode | null {
    const previous = this.tree.previousSiblingOf(this.id);
    return previous < 0 ? null : this.tree.node(previous);
  }

  get nextNamedSibling(): SyntaxNode | null {
    let sibling = this.nextSibling;
    while (sibling && !sibling.isNamed) sibling = sibling.nextSibling;
    return sibling;
  }

  get previousNamedSibling(): SyntaxNode | null {
    let sibling = this.previousSibling;
    while (sibling && !sibling.isNamed) sibling = sibling.previousSibling;
    return sibling;
  }

  /** The first child under field `name` (tree-sitter's field names: `name`, `body`, `left`, …). */
  childForFieldName(name: string): SyntaxNode | null {
    const child = this.tree.fieldChild(this.id, name);
    return child < 0 ? null : this.tree.node(child);
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    const field = FIELD_IDS.get(name);
    if (field === undefined) return [];
    const { fields } = this.tree;
    return this.childIds()
      .filter((id) => fields[id] === field)
      .map((id) => this.tree.node(id));
  }

  fieldNameForChild(index: number): string | null {
    const id = this.childIds()[index];
    if (id === undefined) return null;
    return FIELD_NAMES[this.tree.fields[id] as number] || null;
  }

  /** Descendants (and this node) of the given types, in document order. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const wanted = symbolMask(types);
    const { types: nodeTypes, afters } = this.tree;
    const end = afters[this.id] as number;
    const found: SyntaxNode[] = [];
    for (let id = this.id; id < end; id++) if (wanted[nodeTypes[id] as number] === 1) found.push(this.tree.node(id));
    return found;
  }

  /** The smallest node that spans [start, end). */
  descendantForIndex(start: number, end: number = start): SyntaxNode {
    return this.smallestSpanning(start, end, false);
  }

  /** The smallest named node that spans [start, end). */
  namedDescendantForIndex(start: number, end: number = start): SyntaxNode {
    return this.smallestSpanning(start, end, true);
  }

  private smallestSpanning(start: number, end: number, namedOnly: boolean): SyntaxNode {
    const { starts, ends, afters, flags } = this.tree;
    let best = this.id;
    let current = this.id;
    for (;;) {
      let next = -1;
      const stop = afters[current] as number;
      for (let child = current + 1; child < stop; child = afters[child] as number) {
        if ((starts[child] as number) <= start && (ends[child] as number) >= end && (ends[child] as number) > (starts[child] as number)) {
          next = child;
          break;
        }
      }
      if (next < 0) return this.tree.node(best);
      current = next;
      if (!namedOnly || ((flags[current] as number) & NAMED) !== 0) best = current;
    }
  }

  /** The nearest ancestor of one of the given types. */
  closest(types: string | readonly string[]): SyntaxNode | null {
    const wanted = typeof types === 'string' ? [types] : types;
    for (let node = this.parent; node; node = node.parent) if (wanted.includes(node.type)) return node;
    return null;
  }

  equals(other: SyntaxNode): boolean {
    return other.tree === this.tree && other.id === this.id;
  }

  /** tree-sitter's S-expression of the named nodes below, with field names. */
  toString(): string {
    const render = (node: SyntaxNode, field: string): string => {
      const prefix = field ? `${field}: ` : '';
      if (node.isMissing) return `${prefix}(MISSING ${node.isNamed ? node.type : JSON.stringify(node.type)})`;
      const children = node.childIds().flatMap((id, index) => {
        const child = this.tree.node(id);
        return child.isNamed || child.isMissing ? [render(child, node.fieldNameForChild(index) ?? '')] : [];
      });
      return `${prefix}(${[node.type, ...children].join(' ')})`;
    };
    return render(this, '');
  }
}
