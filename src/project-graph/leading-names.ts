// A set of names looked up where the source spells them, without slicing the source: the summary
// asks at every call of a file, and a string for each call's leading name showed in allocation
// profiles (most are not in the set).

export class LeadingNames {
  /** The names by length and first character. */
  private readonly byShape = new Map<number, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (name === '') continue;
      const key = shapeOf(name.length, name.charCodeAt(0));
      const same = this.byShape.get(key);
      if (same) same.push(name);
      else this.byShape.set(key, [name]);
    }
  }

  /** The name of the set that `text` spells from `start` to `end`, or undefined. */
  at(text: string, start: number, end: number): string | undefined {
    const candidates = this.byShape.get(shapeOf(end - start, text.charCodeAt(start)));
    if (candidates) for (const name of candidates) if (text.startsWith(name, start)) return name;
    return undefined;
  }
}

/**
 * Ruff's logger-name test (`log*`, `*logger`, `LOG*`, `*LOGGER`) on the identifier `text` spells
 * from `start` to `end`: calls on such names may log.
 */
export function spellsLoggerName(text: string, start: number, end: number): boolean {
  if (text.startsWith('log', start) || text.startsWith('LOG', start)) return true;
  return end - start >= 6 && (text.startsWith('logger', end - 6) || text.startsWith('LOGGER', end - 6));
}

function shapeOf(length: number, firstCode: number): number {
  return length * 0x10000 + firstCode;
}
