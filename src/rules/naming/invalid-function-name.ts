// NAM003: function and method names must be snake_case (N802).
import { defineRule } from '../../linter/index.js';
import { isLowercase } from './case.js';
import { isOverrideOrOverload } from './decorators.js';
import { isIgnoredName } from './ignore-names.js';

export default defineRule({
  code: 'NAM003',
  name: 'invalid-function-name',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N802'],
  messages: {
    notSnakeCase: 'Function name `{{name}}` should be snake_case',
  },
  docs: {
    summary: 'Enforce snake_case function and method names.',
    what:
      'Checks every `def` and `async def`: the name may not contain an uppercase letter. Exempt are methods ' +
      'decorated with `@override` or `@overload` (their name is decided elsewhere), names listed in ' +
      '`naming.ignore-names` (by default the unittest and Django hooks `setUp`, `tearDown`, `asyncSetUp`, …), ' +
      '`visit_*` methods of `ast.NodeVisitor` subclasses and `do_*` methods of `http.server` request handlers.',
    why: 'The standards name functions in snake_case (`get_customer_by_id`); `getCustomerById` reads like another language.',
    bad: 'def getCustomerById(customer_id: int) -> None:\n    pass\n',
    good: 'def get_customer_by_id(customer_id: int) -> None:\n    pass\n',
    comparison: "Same as Ruff's N802, with the same exemptions.",
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      function_definition(node) {
        const nameNode = node.childForFieldName('name');
        if (!nameNode) return;
        const name = nameNode.text;
        if (isLowercase(name) || isIgnoredName(context.settings, name)) return;
        const semantic = context.semantic;
        if (isOverrideOrOverload(node, semantic)) return;
        const parent = semantic.scopeOf(node);
        if (parent.kind === 'class') {
          const kinds = semantic.classInfo(parent.node).kinds;
          if (name.startsWith('visit_') && kinds.has('ast-visitor')) return;
          if (name.startsWith('do_') && kinds.has('http-handler')) return;
        }
        context.report({ node: nameNode, messageId: 'notSnakeCase', data: { name } });
      },
    };
  },
});
