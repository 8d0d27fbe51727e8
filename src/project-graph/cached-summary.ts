// A summary held as its JSON text (read back from the result cache, or sent by a worker thread),
// parsed only when the link phase first looks into it: a warm run then parses the summaries of the
// modules with coroutines and of those their calls reach, not the whole project's; a cold run
// copies one string per file between threads instead of its objects.
import type { ModuleSummary } from './summary.js';

/** The JSON text of summaries made from it: stored again as is, never parsed and written back. */
const texts = new WeakMap<ModuleSummary, Buffer | string>();

export function cachedSummary(json: Buffer | string, coroutines: boolean): ModuleSummary {
  let parsed: ModuleSummary | undefined;
  const read = (): ModuleSummary => {
    if (parsed) return parsed;
    try {
      parsed = JSON.parse(typeof json === 'string' ? json : json.toString('utf8')) as ModuleSummary;
    } catch {
      // Damaged bytes of the right length (the cache checks lengths when it reads the file): the
      // file then contributes no facts to the link, as if it had no calls worth following.
      parsed = { coroutines: false, functions: [], classes: [], imports: {}, starImports: [] };
    }
    return parsed;
  };
  const summary = {
    coroutines,
    get functions() {
      return read().functions;
    },
    get classes() {
      return read().classes;
    },
    get imports() {
      return read().imports;
    },
    get starImports() {
      return read().starImports;
    },
    toJSON: () => read(),
  } as ModuleSummary;
  texts.set(summary, json);
  return summary;
}

/** A summary's JSON text: the one it was made from, else written now. */
export function summaryText(summary: ModuleSummary): Buffer | string {
  return texts.get(summary) ?? JSON.stringify(summary);
}
