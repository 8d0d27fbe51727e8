// NAM002: class names must be PascalCase (N801).
import { defineRule } from '../../linter/index.js';
import { isPascalCase } from './case.js';
import { isIgnoredName } from './ignore-names.js';

export default defineRule({
  code: 'NAM002',
  name: 'invalid-class-name',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N801'],
  messages: {
    notPascalCase: 'Class name `{{name}}` should be PascalCase',
  },
  docs: {
    summary: 'Enforce PascalCase class names.',
    what:
      'Checks every `class` statement. After leading underscores are stripped, the name must start with an ' +
      'uppercase letter and contain no underscore: `CustomerService` and `_InternalCache` pass, `customer_service`, ' +
      '`Customer_Service` and `customerService` do not.',
    why: 'The standards name classes in PascalCase (`CustomerService`), which tells a reader at a glance that a name is a type.',
    bad: 'class customer_service:\n    pass\n',
    good: 'class CustomerService:\n    pass\n',
    comparison: "Same as Ruff's N801, including stripping only leading underscores (so `Foo_` fails, as in Ruff).",
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      class_definition(node) {
        const nameNode = node.childForFieldName('name');
        if (!nameNode) return;
        const name = nameNode.text;
        if (isPascalCase(name) || isIgnoredName(context.settings, name)) return;
        context.report({ node: nameNode, messageId: 'notPascalCase', data: { name } });
      },
    };
  },
});
