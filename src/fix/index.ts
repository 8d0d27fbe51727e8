// Public surface of the fix layer.
export * from './types.js';
