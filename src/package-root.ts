// The package's root folder. This module sits two folders below it both as compiled (dist/src/)
// and bundled (dist/bundle/), so the same relative URL holds in either layout.
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
