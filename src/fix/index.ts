// Public surface of the fix layer.
export * from './types.js';
export { applyFixes, applicableLevels, type ApplyResult } from './apply.js';
export { fixUntilStable, MAX_FIX_PASSES, type Fixable, type FixLoopOptions, type FixLoopResult } from './fix-loop.js';
export { unifiedDiff } from './diff.js';
