// NAM005: variables assigned in a function must be snake_case (N806).
import { defineRule } from '../../linter/index.js';
import type { Binding, SemanticModel } from '../../semantic/index.js';
import {
  STORED_NAME_KINDS,
  isDjangoModelImport,
  isExplicitTypeAlias,
  isNamedTupleAssignment,
  isTypeVarAssignment,
  isTypedDictAssignment,
} from './binding-shapes.js';
import { isLowercase } from './case.js';
import { isIgnoredName } from './ignore-names.js';

export default defineRule({
  code: 'NAM005',
  name: 'non-snake-case-variable',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N806'],
  messages: {
    notSnakeCase: 'Variable `{{name}}` in function should be snake_case',
  },
  docs: {
    summary: 'Enforce snake_case names for variables assigned in functions.',
    what:
      'Checks every name a function assigns (`=`, annotated and augmented assignment, `for` and `with` targets, ' +
      '`:=`): it may not contain an uppercase letter. Exempt are names declared `global`, class-like factories ' +
      '(`namedtuple(...)`, `NamedTuple(...)`, `TypedDict(...)`, `TypeVar(...)`, `NewType(...)`), explicit type aliases (`X: TypeAlias = ...`, `type X = ...`) and Django dynamic model ' +
      'imports (`apps.get_model(...)`).',
    why: 'The standards name variables in snake_case (`customer_name`).',
    bad: 'def total(prices: list[float]) -> float:\n    TotalPrice = sum(prices)\n    return TotalPrice\n',
    good: 'def total(prices: list[float]) -> float:\n    total_price = sum(prices)\n    return total_price\n',
    comparison:
      "Same as Ruff's N806. Like Ruff, a plain `Alias = dict[str, int]` inside a function is flagged (declare it " +
      '`Alias: TypeAlias = ...` or `type Alias = ...`), `ParamSpec(...)` and `TypeVarTuple(...)` results are not ' +
      'exempt, and a `:=` inside a comprehension is not checked.',
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      function_definition(node) {
        const scope = context.semantic.scopeCreatedBy(node);
        if (!scope) return;
        for (const bindings of scope.bindings.values()) {
          for (const binding of bindings) {
            if (!STORED_NAME_KINDS.has(binding.kind) || isLowercase(binding.name)) continue;
            if (isExempt(binding, context.semantic) || isIgnoredName(context.settings, binding.name)) continue;
            context.report({ node: binding.node, messageId: 'notSnakeCase', data: { name: binding.name } });
          }
        }
      },
    };
  },
});

function isExempt(binding: Binding, semantic: SemanticModel): boolean {
  if (binding.kind === 'walrus' && semantic.scopeOf(binding.statement).kind === 'comprehension') return true;
  return (
    isNamedTupleAssignment(binding, semantic) ||
    isTypedDictAssignment(binding, semantic) ||
    isTypeVarAssignment(binding, semantic) ||
    isExplicitTypeAlias(binding, semantic) ||
    isDjangoModelImport(binding, semantic)
  );
}
