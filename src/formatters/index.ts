// Output formats: pure functions from findings (and rule metadata) to text.
export { formatText, formatStatistics, textChunks, type TextOptions } from './text.js';
export { formatJson, formatJsonByStringify, jsonChunks } from './json.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatGithub } from './github.js';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
