// A summary read back from the result cache, parsed only when the link phase first looks into it:
// a warm run then parses the summaries of the modules with coroutines and of those their calls
// reach, not the whole project's.
import type { ModuleSummary } from './summary.js';

export function cachedSummary(json: Buffer, coroutines: boolean): ModuleSummary {
  let parsed: ModuleSummary | undefined;
  const read = (): ModuleSummary => {
    if (parsed) return parsed;
    try {
      parsed = JSON.parse(json.toString('utf8')) as ModuleSummary;
    } catch {
      // Damaged bytes of the right length (the cache checks lengths when it reads the file): the
      // file then contributes no facts to the link, as if it had no calls worth following.
      parsed = { coroutines: false, functions: [], classes: [], imports: {}, starImports: [] };
    }
    return parsed;
  };
  return {
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
}
