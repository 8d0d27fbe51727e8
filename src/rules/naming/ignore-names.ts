// `naming.ignore-names` / `extend-ignore-names`: glob patterns of names every naming rule accepts.
import type { Settings } from '../../config/index.js';

const cache = new WeakMap<Settings, RegExp[]>();

/** True when `name` matches one of the configured ignore patterns. */
export function isIgnoredName(settings: Settings, name: string): boolean {
  let patterns = cache.get(settings);
  if (!patterns) {
    patterns = [...settings.naming.ignoreNames, ...settings.naming.extendIgnoreNames].map(globToRegExp);
    cache.set(settings, patterns);
  }
  return patterns.some((pattern) => pattern.test(name));
}

/** fnmatch-style glob (`*`, `?`, `[abc]`, `[!abc]`) to an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] as string;
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'su');
}
