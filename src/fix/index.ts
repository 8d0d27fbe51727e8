// Public surface of the fix layer.
export * from './types.js';
export { applyFixes, applicableLevels, type ApplyResult } from './apply.js';
