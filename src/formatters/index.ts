// Output formats: pure functions from findings (and rule metadata) to text.
export { formatText, formatStatistics, textChunks, type TextOptions } from './text.js';
export { formatJson, formatJsonByStringify, jsonChunks } from './json.js';
export { formatSarif, type SarifOptions } from './sarif.js';
export { formatGithub } from './github.js';
export { conciseChunks, groupedChunks } from './concise.js';
export { formatJunit } from './junit.js';
export { formatGitlab, type GitlabOptions } from './gitlab.js';

export const OUTPUT_FORMATS = ['text', 'concise', 'grouped', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
