// The single registry of rules, in catalog order. A rule exists when it is listed here.
import type { Rule } from '../linter/index.js';
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

const CATALOG_ORDER = ['SYN', 'ENV', 'IMP', 'TYP', 'ASY', 'ERR', 'NAM'];

function catalogOrder(a: Rule, b: Rule): number {
  const prefix = (rule: Rule) => CATALOG_ORDER.indexOf(rule.code.slice(0, 3));
  return prefix(a) - prefix(b) || a.code.localeCompare(b.code);
}

/** Every rule, in the catalog's order (section, then code). */
export const RULES: readonly Rule[] = ([
  invalidSyntax,
  unsortedImports,
  exceptionNameErrorSuffix,
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
