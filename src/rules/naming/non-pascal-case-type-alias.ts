// NAM008: type aliases must be PascalCase (`CustomerDict = dict[str, Any]`).
import { defineRule } from '../../linter/index.js';
import type { Binding } from '../../semantic/index.js';
import { typeAliasName } from '../../syntax/index.js';
import { isExplicitTypeAlias } from './binding-shapes.js';
import { isPascalCase } from './case.js';
import { isIgnoredName } from './ignore-names.js';
import { isTypeExpression } from './literal-values.js';

export default defineRule({
  code: 'NAM008',
  name: 'non-pascal-case-type-alias',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    notPascalCase: 'Type alias `{{name}}` should be PascalCase',
  },
  docs: {
    summary: 'Enforce PascalCase type alias names.',
    what:
      'Checks `type X = ...` and `X: TypeAlias = ...` anywhere, and module-level assignments whose value is a type ' +
      'expression: a subscripted generic (`dict[str, Any]`, `Optional[Customer]`, `Callable[[int], str]`) or a `|` ' +
      'union in which at least one member is certainly a type (`Customer | None`). The name must be PascalCase ' +
      'after leading underscores, like a class.',
    why:
      'The standards name type aliases in PascalCase (`CustomerDict = dict[str, Any]`): an alias is used exactly ' +
      'like a class in annotations, so it should look like one.',
    bad: 'from typing import Any\n\ncustomer_dict = dict[str, Any]\n',
    good: 'from typing import Any\n\nCustomerDict = dict[str, Any]\n',
    comparison:
      "No Ruff rule checks alias names; pylint's `invalid-name` has a similar `typealias` style. A mixedCase alias " +
      'at module level (`customerDict = dict[str, Any]`) is also reported by NAM006, as Ruff reports it under N816.',
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    const check = (binding: Binding | undefined): void => {
      if (!binding || isPascalCase(binding.name) || isIgnoredName(context.settings, binding.name)) return;
      context.report({ node: binding.node, messageId: 'notPascalCase', data: { name: binding.name } });
    };
    return {
      type_alias_statement(node) {
        const name = typeAliasName(node);
        if (name) check(context.semantic.bindingOf(name));
      },
      assignment(node) {
        const left = node.childForFieldName('left');
        if (left?.type !== 'identifier') return;
        const binding = context.semantic.bindingOf(left);
        if (!binding) return;
        if (isExplicitTypeAlias(binding, context.semantic)) return check(binding);
        const isModuleLevel = context.semantic.scopeOf(node) === context.semantic.module;
        if (isModuleLevel && !binding.annotation && binding.value && isTypeExpression(binding.value, context.semantic)) {
          check(binding);
        }
      },
    };
  },
});
