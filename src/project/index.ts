// Public surface of the project layer: project discovery and the facts ENV rules read.
export * from './project.js';
export { ProjectIndex } from './project-index.js';
export { projectFile } from './project-file.js';
export { sortedEntries } from './directory.js';
