// Facts about the file being checked that blocks share, each computed at most once and only when needed.
import { commentText, dominantNewline, type SourceFile, type SyntaxNode } from '../../../syntax/index.js';
import { displayWidth, type Layout } from './format.js';
import { indentUnit } from './indent-unit.js';
import type { IsortSettings } from './isort-settings.js';
import type { BlockComment } from './types.js';

/** What a block needs to know about its file, computed once per file and only when asked. */
export class FileFacts {
  private newlineCache: string | undefined;
  private indentCache: string | undefined;

  constructor(
    readonly source: SourceFile,
    private readonly root: SyntaxNode,
    private readonly settings: IsortSettings,
  ) {}

  get newline(): string {
    this.newlineCache ??= dominantNewline(this.source.text);
    return this.newlineCache;
  }

  get indent(): string {
    this.indentCache ??= indentUnit(this.root, this.source.text, this.source.lines);
    return this.indentCache;
  }

  /**
   * The layout of a block indented by `blockIndentation`. With `standIn`, wrapped imports get a
   * stand-in indent unit instead of the file's own (costly to find), and `standIn.read` records
   * whether the formatting needed one.
   */
  layout(blockIndentation: string, standIn?: { read: boolean }): Layout {
    const facts = this;
    const tabSize = this.settings.tabSize;
    return {
      newline: this.newline,
      get indent() {
        if (!standIn) return facts.indent;
        standIn.read = true;
        return '    ';
      },
      lineLength: this.settings.lineLength,
      indentWidth: displayWidth(blockIndentation, 0, tabSize),
      tabSize,
    };
  }
}

/** The file's comments, read from the tree only as far as they are needed. */
export class LazyComments {
  private readonly read: BlockComment[] = [];

  constructor(private readonly nodes: readonly SyntaxNode[]) {}

  all(): readonly BlockComment[] {
    while (this.read.length < this.nodes.length) this.readNext();
    return this.read;
  }

  /** Comments that start at or after `start` and end by `end`, in order. */
  within(start: number, end: number): BlockComment[] {
    while (this.read.length < this.nodes.length && (this.read[this.read.length - 1]?.start ?? -1) < end) this.readNext();
    let low = 0;
    let high = this.read.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.read[mid] as BlockComment).start < start) low = mid + 1;
      else high = mid;
    }
    const found: BlockComment[] = [];
    for (let i = low; i < this.read.length && (this.read[i] as BlockComment).end <= end; i++) found.push(this.read[i] as BlockComment);
    return found;
  }

  private readNext(): void {
    const node = this.nodes[this.read.length] as SyntaxNode;
    const text = commentText(node);
    const start = node.startIndex;
    this.read.push({ text, start, end: start + text.length });
  }
}
