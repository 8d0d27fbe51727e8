// Public surface of the semantic layer.
export { SemanticModel } from './model.js';
export { SEMANTIC_NODE_TYPES, parameterName } from './build.js';
export { Scope, type Binding, type BindingKind, type ScopeKind } from './scope.js';
export { type ClassInfo, type ClassKind } from './class-info.js';
export { BUILTIN_NAMES, BUILTIN_EXCEPTION_NAMES } from './builtins.js';
export { callTarget, callTargetOf, definitionPath, firstParameterName } from './call-targets.js';
