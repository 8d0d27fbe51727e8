// The built-in parts of the Python Backend Standards, in document order.
import type { BuiltInPart } from '../types.js';
import { asyncPatterns } from './async.js';
import { environment } from './environment.js';
import { errors } from './errors.js';
import { imports } from './imports.js';
import { naming } from './naming.js';
import { overview } from './overview.js';
import { typeHints } from './type-hints.js';

export const BUILT_IN_PARTS: readonly BuiltInPart[] = [overview, environment, imports, typeHints, asyncPatterns, errors, naming];
