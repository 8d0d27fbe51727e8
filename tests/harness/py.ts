// `py` template tag: writes Python snippets indented inside TypeScript, dedented on use.

/** Dedents a snippet: drops the first empty line and the common indentation; ends with `\n`. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.raw.reduce((out, part, i) => out + part.replace(/\\`/g, '`') + (i < values.length ? String(values[i]) : ''), '');
  text = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '\n');
  const indents = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  const dedented = text
    .split('\n')
    .map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0)))
    .join('\n');
  return dedented.endsWith('\n') ? dedented : `${dedented}\n`;
}
