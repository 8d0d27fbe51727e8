// NAM007: class attributes must not be mixedCase (N815).
import { defineRule } from '../../linter/index.js';
import { STORED_NAME_KINDS, isNamedTupleAssignment } from './binding-shapes.js';
import { isMixedCase } from './case.js';
import { isIgnoredName } from './ignore-names.js';

export default defineRule({
  code: 'NAM007',
  name: 'mixed-case-class-attribute',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N815'],
  messages: {
    mixedCase: 'Class attribute `{{name}}` should not be mixedCase',
  },
  docs: {
    summary: 'Disallow mixedCase names for class attributes.',
    what:
      'Checks every name assigned in a class body (fields of dataclasses, pydantic models and Enums included): ' +
      '`customerName` is flagged, `customer_name`, `MAX_SIZE` and `Status` pass. `TypedDict` classes are exempt, ' +
      'since their keys often mirror an external JSON shape.',
    why:
      'The standards name variables in snake_case; mixedCase field names usually leak a JSON or JavaScript ' +
      "convention into Python. For camelCase JSON use pydantic's `Field(alias=...)` or `alias_generator`.",
    bad: 'class Customer:\n    firstName: str = ""\n',
    good: 'class Customer:\n    first_name: str = ""\n',
    comparison: "Same as Ruff's N815.",
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      class_definition(node) {
        const semantic = context.semantic;
        const scope = semantic.scopeCreatedBy(node);
        if (!scope || semantic.classInfo(node).kinds.has('typed-dict')) return;
        for (const bindings of scope.bindings.values()) {
          for (const binding of bindings) {
            if (!STORED_NAME_KINDS.has(binding.kind) || !isMixedCase(binding.name)) continue;
            if (isNamedTupleAssignment(binding, semantic) || isIgnoredName(context.settings, binding.name)) continue;
            context.report({ node: binding.node, messageId: 'mixedCase', data: { name: binding.name } });
          }
        }
      },
    };
  },
});
