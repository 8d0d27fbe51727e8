// ERR006: a handler whose body is only `pass`, `...` or `continue` (S110/S112, for every exception type).
import { defineRule } from '../../linter/index.js';
import { statementsOf, type SyntaxNode } from '../../syntax/index.js';
import { handlerBody, handlerHeader } from './handlers.js';

export default defineRule({
  code: 'ERR006',
  name: 'silently-swallowed-exception',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['S110', 'S112'],
  messages: {
    swallowed:
      'Exception swallowed silently (the handler only has `{{body}}`); log or handle it, or write ' +
      '`with contextlib.suppress(...)` to show that ignoring it is intended',
  },
  docs: {
    summary: 'Disallow `except` handlers that silently swallow the exception.',
    what:
      'Flags an `except` handler whose body consists only of `pass`, `...` or `continue`, whatever exception it ' +
      'catches (a bare `except:`, `except Exception`, `except KeyError`, …). `contextlib.suppress(...)` is the ' +
      'explicit way to ignore an exception and is not flagged.',
    why:
      'The standards ask for errors to be logged server-side. A handler that does nothing erases the only trace ' +
      'of a failure: the request "succeeds" with missing data and nobody can find out why. When ignoring an ' +
      'exception is the intent, `contextlib.suppress(KeyError)` says so in one line.',
    bad: 'try:\n    cache.delete(customer_id)\nexcept KeyError:\n    pass\n',
    good: 'import contextlib\n\nwith contextlib.suppress(KeyError):\n    cache.delete(customer_id)\n',
    comparison:
      "Broader than Ruff's S110 (`pass`) and S112 (`continue`), which only look at bare, `Exception` and " +
      '`BaseException` handlers (unless `check-typed-exception` is set) and whose body must be exactly one ' +
      'statement: this rule flags every handler that only passes, including `except KeyError: pass` and a body ' +
      'of `...`. Every S110/S112 finding is an ERR006 finding.',
  },
  create(context) {
    return {
      except_clause(node) {
        const statements = statementsOf(handlerBody(node) ?? null);
        if (statements.length === 0 || !statements.every(isNoOp)) return;
        const body = [...new Set(statements.map((s) => (s.type === 'continue_statement' ? 'continue' : s.type === 'pass_statement' ? 'pass' : '...')))];
        context.report({ range: handlerHeader(node), messageId: 'swallowed', data: { body: body.join('`, `') } });
      },
    };
  },
});

/** `pass`, `continue` or a bare `...`. */
function isNoOp(statement: SyntaxNode): boolean {
  if (statement.type === 'pass_statement' || statement.type === 'continue_statement') return true;
  if (statement.type !== 'expression_statement') return false;
  const expressions = statement.namedChildren.filter((child) => child.type !== 'comment');
  return expressions.length === 1 && expressions[0]?.type === 'ellipsis';
}
