// TYP002: every function needs a return annotation (ANN201–ANN206, mypy's `__init__` rule).
import { makeFix, insertEdit } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import {
  checkedParameters,
  functionFacts,
  isAbstract,
  isDunder,
  isOverloadImplementation,
  isOverloadStub,
  hasBrokenSignature,
  type FunctionFacts,
} from './function-facts.js';
import { isPlaceholderBody, simpleDunderReturn } from './return-type-guess.js';

/** What the body of an open `def` showed so far. */
interface BodyFacts {
  returnsValue: boolean;
  isGenerator: boolean;
}

export default defineRule({
  code: 'TYP002',
  name: 'missing-return-annotation',
  section: 'type_hints',
  defaultEnabled: true,
  fixAvailability: 'sometimes',
  fixApplicability: 'unsafe',
  equivalents: ['ANN201', 'ANN202', 'ANN204', 'ANN205', 'ANN206'],
  messages: {
    missingReturn: 'Missing return type annotation for function `{{name}}`',
    missingReturnMethod: 'Missing return type annotation for method `{{name}}`',
    missingReturnSpecial: 'Missing return type annotation for special method `{{name}}`',
    missingReturnStatic: 'Missing return type annotation for staticmethod `{{name}}`',
    missingReturnClass: 'Missing return type annotation for classmethod `{{name}}`',
  },
  docs: {
    summary: 'Require return type annotations on functions and methods.',
    what:
      'Checks every `def` and `async def` (nested functions, static and class methods and dunders included) for ' +
      'a `->` annotation. Following mypy, `__init__` may omit `-> None` when at least one of its parameters ' +
      '(other than `self`) is annotated. The implementation that follows `@overload` stubs is skipped. ' +
      'Lambdas are not checked.',
    why:
      'The standards require type hints everywhere. A return annotation states what callers get back ' +
      '(`-> Customer | None`), and makes the type checker verify every `return` against it.',
    bad: 'def calculate_total(items: list[float], tax_rate: float):\n    return sum(items) * (1 + tax_rate)\n',
    good: 'def calculate_total(items: list[float], tax_rate: float) -> float:\n    return sum(items) * (1 + tax_rate)\n',
    fixSafety:
      'The fix adds `-> None` to a function whose `return` statements carry no value (none at all, bare ' +
      '`return`, or `return None`), and the data model\'s fixed types to simple dunders (`__str__` → `str`, ' +
      '`__bool__` → `bool`, `__len__` → `int`, `__init__` → `None`, …). It is unsafe: the annotation is a claim ' +
      'the type checker then enforces on subclasses and callers, and a function may return a value through ' +
      'paths the fix cannot see. No fix is offered for generators, abstract methods, `@overload` stubs, or ' +
      'bodies that are only `...` or `raise NotImplementedError` (placeholders whose real type is unknown).',
    comparison:
      "Same findings as Ruff's ANN201 and ANN202 (public/private functions), ANN204 (special methods), " +
      'ANN205 (static methods) and ANN206 (class methods) with `mypy-init-return = true`. Ruff also infers ' +
      'other return types (`-> int` from `return 1`); this fix only writes `None` and the dunder types above.',
  },
  create(context) {
    const open: BodyFacts[] = [];
    const innermost = (): BodyFacts | undefined => open[open.length - 1];
    return {
      function_definition() {
        open.push({ returnsValue: false, isGenerator: false });
      },
      return_statement(node) {
        const facts = innermost();
        if (!facts || facts.returnsValue) return;
        const value = node.namedChild(0);
        if (value && value.type !== 'none' && value.type !== 'comment') facts.returnsValue = true;
      },
      yield() {
        const facts = innermost();
        if (facts) facts.isGenerator = true;
      },
      'function_definition:exit'(node) {
        const body = open.pop();
        if (node.childForFieldName('return_type') || hasBrokenSignature(node)) return;
        const semantic = context.semantic;
        const facts = functionFacts(node, semantic);
        const messageId = messageFor(node, facts);
        if (!messageId || isOverloadImplementation(node, facts, semantic)) return;
        const nameNode = node.childForFieldName('name');
        if (!nameNode) return;
        const guess = returnTypeGuess(node, facts, body, context.semantic);
        const params = node.childForFieldName('parameters');
        const fix = guess && params ? makeFix('unsafe', `Add return type \`-> ${guess}\``, [insertEdit(params.endIndex, ` -> ${guess}`)]) : undefined;
        context.report({ node: nameNode, messageId, data: { name: facts.name }, ...(fix && { fix }) });
      },
    };
  },
});

type ReturnMessage = 'missingReturn' | 'missingReturnMethod' | 'missingReturnSpecial' | 'missingReturnStatic' | 'missingReturnClass';

/** Ruff's classification order; undefined when mypy's `__init__` rule exempts the method. */
function messageFor(node: SyntaxNode, facts: FunctionFacts): ReturnMessage | undefined {
  if (!facts.isMethod) return 'missingReturn';
  if (facts.isClassMethod) return 'missingReturnClass';
  if (facts.isStatic) return 'missingReturnStatic';
  if (facts.name === '__init__') {
    return checkedParameters(node, facts).some((param) => param.annotated) ? undefined : 'missingReturnSpecial';
  }
  return isDunder(facts.name) ? 'missingReturnSpecial' : 'missingReturnMethod';
}

function returnTypeGuess(
  node: SyntaxNode,
  facts: FunctionFacts,
  body: BodyFacts | undefined,
  semantic: Parameters<typeof isPlaceholderBody>[1],
): string | undefined {
  if (!body || body.isGenerator || isOverloadStub(facts) || isAbstract(facts)) return undefined;
  if (isPlaceholderBody(node, semantic)) return undefined;
  const dunder = facts.isMethod ? simpleDunderReturn(facts.name) : undefined;
  if (dunder) return dunder;
  return body.returnsValue ? undefined : 'None';
}
