// NAM004: parameter names must be snake_case (N803).
import { parameterName } from '../../semantic/index.js';
import { defineRule } from '../../linter/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import { isLowercase } from './case.js';
import { isOverride } from './decorators.js';
import { isIgnoredName } from './ignore-names.js';

export default defineRule({
  code: 'NAM004',
  name: 'invalid-argument-name',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N803'],
  messages: {
    notSnakeCase: 'Argument name `{{name}}` should be snake_case',
  },
  docs: {
    summary: 'Enforce snake_case parameter names.',
    what:
      'Checks the parameters of every function, method and lambda, including `*args` and `**kwargs`: a name may ' +
      'not contain an uppercase letter. Methods decorated with `@override` are exempt, since their signature ' +
      'follows the method they override.',
    why: 'Parameters are variables, and the standards name variables in snake_case (`customer_name`).',
    bad: 'def greet(customerName: str) -> str:\n    return customerName\n',
    good: 'def greet(customer_name: str) -> str:\n    return customer_name\n',
    comparison: "Same as Ruff's N803.",
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    const check = (params: SyntaxNode | null): void => {
      for (const param of params?.namedChildren ?? []) {
        const nameNode = parameterName(param);
        if (!nameNode) continue;
        const name = nameNode.text;
        if (isLowercase(name) || isIgnoredName(context.settings, name)) continue;
        context.report({ node: nameNode, messageId: 'notSnakeCase', data: { name } });
      }
    };
    return {
      function_definition(node) {
        if (isOverride(node, context.semantic)) return;
        check(node.childForFieldName('parameters'));
      },
      lambda(node) {
        check(node.childForFieldName('parameters'));
      },
    };
  },
});
