// ERR003: `raise Exception(...)` / `raise BaseException(...)` (TRY002).
import { defineRule } from '../../linter/index.js';
import { unparenthesize } from '../../syntax/index.js';
import { blindExceptionName } from './builtin-symbols.js';
import { raisedExpression } from './handlers.js';

export default defineRule({
  code: 'ERR003',
  name: 'raise-vanilla-class',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['TRY002'],
  messages: {
    vanillaClass: 'Raising `{{name}}` forces callers to catch every error; raise a specific exception class (e.g. `class CustomerNotFoundError(Exception)`)',
  },
  docs: {
    summary: 'Disallow raising `Exception` or `BaseException` directly.',
    what:
      'Flags `raise Exception`, `raise Exception(...)` and the same with `BaseException` (the builtins, also as ' +
      '`builtins.Exception`; a local class named `Exception` is not flagged).',
    why:
      'The standards ask for specific exceptions (`CustomerNotFoundError`). Code that raises `Exception` can only ' +
      'be handled by `except Exception`, which also catches every bug; a named class lets callers handle exactly ' +
      'this failure and turn it into the right HTTP status.',
    bad: 'def get_customer(customer_id: int) -> Customer:\n    raise Exception("customer not found")\n',
    good:
      'class CustomerNotFoundError(Exception):\n    """Raised when a customer is not found."""\n\n\n' +
      'def get_customer(customer_id: int) -> Customer:\n    raise CustomerNotFoundError(customer_id)\n',
    comparison: "Same as Ruff's TRY002 (tryceratops).",
  },
  create(context) {
    return {
      raise_statement(node) {
        const raised = raisedExpression(node);
        if (!raised) return;
        const inner = unparenthesize(raised);
        const target = inner.type === 'call' ? inner.childForFieldName('function') : inner;
        const name = target ? blindExceptionName(context.semantic, target) : undefined;
        if (name) context.report({ node: raised, messageId: 'vanillaClass', data: { name } });
      },
    };
  },
});
