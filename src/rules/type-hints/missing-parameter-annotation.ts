// TYP001: every parameter needs an annotation (ANN001, ANN002, ANN003).
import { defineRule } from '../../linter/index.js';
import { checkedParameters, hasBrokenSignature, functionFacts, isOverloadImplementation } from './function-facts.js';

export default defineRule({
  code: 'TYP001',
  name: 'missing-parameter-annotation',
  section: 'type_hints',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['ANN001', 'ANN002', 'ANN003'],
  messages: {
    missingArgument: 'Missing type annotation for function argument `{{name}}`',
    missingArgs: 'Missing type annotation for `*{{name}}`',
    missingKwargs: 'Missing type annotation for `**{{name}}`',
  },
  docs: {
    summary: 'Require type annotations on function and method parameters.',
    what:
      'Checks every `def` and `async def`, nested functions, static and class methods and dunders included: ' +
      'each parameter, `*args` and `**kwargs` must have an annotation. The first parameter of a method that is ' +
      'not a `@staticmethod` (`self`, `cls`, whatever its name) is skipped, since type checkers infer it. ' +
      'The implementation that follows `@overload` stubs is skipped (the stubs carry the types and are checked). ' +
      'Lambdas are not checked: they cannot carry annotations.',
    why:
      'The standards require type hints everywhere. Annotated parameters document what a function accepts, let ' +
      'the type checker catch wrong calls, and let editors complete and refactor reliably.',
    bad: 'def calculate_total(items: list[float], tax_rate) -> float:\n    return sum(items) * (1 + tax_rate)\n',
    good: 'def calculate_total(items: list[float], tax_rate: float) -> float:\n    return sum(items) * (1 + tax_rate)\n',
    comparison:
      "Same as Ruff's ANN001 (parameters), ANN002 (`*args`) and ANN003 (`**kwargs`) with default settings. Like " +
      'Ruff, the parameter skipped on a method is the first one that is not `*args`/`**kwargs`, even when it is ' +
      'keyword-only (`def m(*, key)` in a class).',
  },
  create(context) {
    return {
      function_definition(node) {
        const semantic = context.semantic;
        const facts = functionFacts(node, semantic);
        const params = checkedParameters(node, facts);
        if (params.every((param) => param.annotated) || hasBrokenSignature(node)) return;
        if (isOverloadImplementation(node, facts, semantic)) return;
        for (const param of params) {
          if (param.annotated) continue;
          const messageId = param.kind === 'args' ? 'missingArgs' : param.kind === 'kwargs' ? 'missingKwargs' : 'missingArgument';
          context.report({ node: param.name, messageId, data: { name: param.name.text } });
        }
      },
    };
  },
});
