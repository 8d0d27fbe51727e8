// The names a module's calls may start with to matter for its summary: read once per file, so
// the summary's call listener skips most calls by their leading name alone.
import type { Settings } from '../config/index.js';
import type { Scope, SemanticModel } from '../semantic/index.js';
import type { SourceFile, SyntaxNode, SyntaxTree } from '../syntax/index.js';
import { blockingCallAnalyzer, leadingName } from '../rules/async/blocking-call-analyzer.js';
import { isFirstPartyModule } from '../rules/imports/isort/first-party-module.js';

/**
 * Names a call may start with to matter: top-level functions and classes, imports of possible
 * project modules (recorded in `imports` for re-exports), names bound to a call's result
 * (instances), `self`/`cls`/`super`, and the names the blocking catalog resolves.
 */
export function interestingNames(
  semantic: SemanticModel,
  source: SourceFile,
  settings: Settings,
  imports: Record<string, string>,
  starImports: string[],
): { all: Set<string>; mayBlock: Set<string> } {
  const names = new Set(['self', 'cls', 'super', 'traceback', 'logging']);
  const mayBlock = new Set<string>();
  const analyzer = blockingCallAnalyzer(source, semantic, settings);
  for (const name of analyzer.candidateNames) {
    names.add(name);
    mayBlock.add(name);
  }
  const assignedCalls: [string, SyntaxNode][] = [];
  // Bindings by their values, each naming itself: destructured entries cost an array each.
  for (const bindings of semantic.module.bindings.values()) {
    for (const binding of bindings) {
      const name = binding.name;
      if (binding.kind === 'function' || binding.kind === 'class') names.add(name);
      else if ((binding.kind === 'import' || binding.kind === 'from-import') && binding.qualifiedName !== undefined) {
        if (!isFirstPartyModule(binding.qualifiedName, source, settings)) continue;
        names.add(name);
        imports[name] = binding.qualifiedName;
      } else if (binding.kind === 'assignment' && binding.value?.type === 'call') assignedCalls.push([name, binding.value]);
      else if (binding.kind === 'assignment' || binding.kind === 'type-alias') names.add(name);
    }
  }
  // `client = Name(...)` at the top, where `Name` may be a project class or a blocking maker.
  const makesInstances = (value: SyntaxNode): boolean => {
    const leading = leadingName(source.text, value.startIndex);
    return names.has(leading) && !RECEIVERS.has(leading);
  };
  for (const [name, value] of assignedCalls) {
    if (!makesInstances(value)) continue;
    names.add(name);
    mayBlock.add(name);
  }
  // An annotation names a blocking type only through a name the catalog resolves, an alias defined
  // here (`DB = Annotated[Session, Depends(get_db)]`) or a typing wrapper around one.
  const mayNameType = (annotation: SyntaxNode): boolean => {
    const leading = leadingName(source.text, annotation.startIndex);
    return names.has(leading) || TYPE_WRAPPERS.has(leading);
  };
  const locals = (scope: Scope): void => {
    for (const child of scope.children) {
      if (child.kind === 'function') {
        for (const bindings of child.bindings.values()) {
          for (const binding of bindings) {
            // `x = Name(...)` where `Name` may be a project class or a blocking maker.
            const instance = binding.kind === 'assignment' && binding.value?.type === 'call' && makesInstances(binding.value);
            const typed = (binding.kind === 'parameter' && binding.annotation !== undefined && mayNameType(binding.annotation)) || binding.kind === 'with-target';
            if (instance || (typed && analyzer.bindsBlockingType(binding))) {
              names.add(binding.name);
              mayBlock.add(binding.name);
            }
          }
        }
      }
      locals(child);
    }
  };
  locals(semantic.module);
  for (const statement of source.tree.rootNode.namedChildren) {
    if (statement.type !== 'import_from_statement' || !statement.namedChildren.some((child) => child.type === 'wildcard_import')) continue;
    const module = statement.childForFieldName('module_name')?.text;
    if (module !== undefined && isFirstPartyModule(module, source, settings)) starImports.push(module);
  }
  return { all: names, mayBlock };
}

/**
 * Leading names that start calls worth reading but never make an instance a target or a blocking
 * type can name: `x = self.parse()` leaves `x` unknown (see call-targets.ts and blocking-types.ts),
 * and `self = cls.__new__(cls)` would otherwise make every `self.m()` of the file look blocking.
 */
const RECEIVERS = new Set(['self', 'cls', 'super']);

/** Leading names of annotations that wrap another type (`Annotated[Session, …]`, `Optional[Client]`). */
const TYPE_WRAPPERS = new Set(['Annotated', 'Optional', 'Union', 'typing', 't']);

/** Method names of logging calls (and `traceback.print_exc`): only these calls are asked whether they log. */
const LOGGING_METHODS = new Set([
  'debug', 'info', 'warn', 'warning', 'error', 'critical', 'log', 'exception', 'fatal', 'msg', 'trace',
  'aerror', 'aexception', 'acritical', 'print_exc', 'print_exception', 'capture_exception', 'capture_message',
]);

/** Whether the callee (node `callee` of `tree`) may name a logging call, read from the tree's ids. */
export function mayLog(tree: SyntaxTree, callee: number, settings: Settings): boolean {
  const type = tree.typeName(callee);
  if (type === 'attribute') {
    const method = tree.fieldChild(callee, 'attribute');
    return method >= 0 && LOGGING_METHODS.has(tree.textOf(method));
  }
  return type === 'identifier' && (LOGGING_METHODS.has(tree.textOf(callee)) || settings.errors.logFunctions.length > 0);
}

export function isLoggingMethod(name: string): boolean {
  return LOGGING_METHODS.has(name);
}
