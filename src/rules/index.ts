// The single registry of rules, in catalog order. A rule exists when it is listed here.
import type { Rule } from '../linter/index.js';
import disallowedPackageManager from './environment/disallowed-package-manager.js';
import unignoredVirtualEnvironment from './environment/unignored-virtual-environment.js';
import unsupportedPythonVersion from './environment/unsupported-python-version.js';
import blockingDatabaseCallInAsync from './async/blocking-database-call-in-async.js';
import blockingHttpCallInAsync from './async/blocking-http-call-in-async.js';
import blockingInputInAsync from './async/blocking-input-in-async.js';
import blockingOpenCallInAsync from './async/blocking-open-call-in-async.js';
import blockingOsPathCallInAsync from './async/blocking-os-path-call-in-async.js';
import blockingProcessCallInAsync from './async/blocking-process-call-in-async.js';
import blockingSleepInAsync from './async/blocking-sleep-in-async.js';
import getEventLoopInCoroutine from './async/get-event-loop-in-coroutine.js';
import bareExcept from './errors/bare-except.js';
import blindExcept from './errors/blind-except.js';
import raiseVanillaClass from './errors/raise-vanilla-class.js';
import exceptionDetailsExposedToClient from './errors/exception-details-exposed-to-client.js';
import silentlySwallowedException from './errors/silently-swallowed-exception.js';
import httpErrorWithoutLogging from './errors/http-error-without-logging.js';
import raiseWithoutFromInsideExcept from './errors/raise-without-from-inside-except.js';
import exceptionNameErrorSuffix from './errors/exception-name-error-suffix.js';
import unsortedImports from './imports/unsorted-imports.js';
import invalidArgumentName from './naming/invalid-argument-name.js';
import invalidClassName from './naming/invalid-class-name.js';
import invalidFunctionName from './naming/invalid-function-name.js';
import invalidModuleName from './naming/invalid-module-name.js';
import mixedCaseClassAttribute from './naming/mixed-case-class-attribute.js';
import nonPascalCaseTypeAlias from './naming/non-pascal-case-type-alias.js';
import nonSnakeCaseVariable from './naming/non-snake-case-variable.js';
import nonUpperCaseConstant from './naming/non-upper-case-constant.js';
import invalidSyntax from './syntax/invalid-syntax.js';
import missingClassAttributeAnnotation from './type-hints/missing-class-attribute-annotation.js';
import missingParameterAnnotation from './type-hints/missing-parameter-annotation.js';
import missingReturnAnnotation from './type-hints/missing-return-annotation.js';
import nonPep585Generic from './type-hints/non-pep585-generic.js';
import nonPep604Union from './type-hints/non-pep604-union.js';
import { compareOrdinal } from '../compare.js';

/** The folder under src/rules/ that holds each section's rules (one file per rule, named after it). */
export const SECTION_FOLDERS: Readonly<Record<Rule['section'], string>> = {
  syntax: 'syntax',
  environment: 'environment',
  imports: 'imports',
  type_hints: 'type-hints',
  async: 'async',
  errors: 'errors',
  naming: 'naming',
};

const CATALOG_ORDER = ['SYN', 'ENV', 'IMP', 'TYP', 'ASY', 'ERR', 'NAM'];

function catalogOrder(a: Rule, b: Rule): number {
  const prefix = (rule: Rule) => CATALOG_ORDER.indexOf(rule.code.slice(0, 3));
  return prefix(a) - prefix(b) || compareOrdinal(a.code, b.code);
}

/** Every rule, in the catalog's order (section, then code). */
export const RULES: readonly Rule[] = ([
  invalidSyntax,
  unsortedImports,
  missingParameterAnnotation,
  missingReturnAnnotation,
  missingClassAttributeAnnotation,
  nonPep604Union,
  nonPep585Generic,
  unsupportedPythonVersion,
  disallowedPackageManager,
  unignoredVirtualEnvironment,
  blockingHttpCallInAsync,
  blockingSleepInAsync,
  blockingProcessCallInAsync,
  blockingOpenCallInAsync,
  blockingDatabaseCallInAsync,
  getEventLoopInCoroutine,
  blockingInputInAsync,
  blockingOsPathCallInAsync,
  bareExcept,
  blindExcept,
  raiseVanillaClass,
  exceptionNameErrorSuffix,
  exceptionDetailsExposedToClient,
  silentlySwallowedException,
  httpErrorWithoutLogging,
  raiseWithoutFromInsideExcept,
  invalidModuleName,
  invalidClassName,
  invalidFunctionName,
  invalidArgumentName,
  nonSnakeCaseVariable,
  nonUpperCaseConstant,
  mixedCaseClassAttribute,
  nonPascalCaseTypeAlias,
] as Rule[]).sort(catalogOrder);

/** Rules by code. */
export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.code, rule]));


