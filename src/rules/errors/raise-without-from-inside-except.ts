// ERR008: `raise X` inside an `except` handler without `from` (B904); off by default.
import { defineRule } from '../../linter/index.js';
import { unparenthesize } from '../../syntax/index.js';
import { exceptionName, handlerBody, raisedExpression, someStatement } from './handlers.js';

export default defineRule({
  code: 'ERR008',
  name: 'raise-without-from-inside-except',
  section: 'errors',
  defaultEnabled: false,
  fixAvailability: 'never',
  equivalents: ['B904'],
  messages: {
    missingFrom:
      'Raise inside `except` without `from`: write `raise ... from {{cause}}` to keep the original error as the cause, ' +
      'or `from None` to hide it on purpose',
  },
  docs: {
    summary: 'Require `raise ... from` when raising a new exception inside an `except` handler.',
    what:
      'Flags `raise X` inside an `except` (or `except*`) handler when it has no `from` clause, searching the ' +
      'handler body through `if`/`elif`/`else`, `for`, `while`, `with` and `match` (not loop `else` clauses, nested ' +
      '`try` statements or definitions). A bare `raise` and `raise e` (the `as` name) are not flagged.',
    why:
      'Without `from`, the new exception is chained implicitly ("During handling of the above exception, another ' +
      'exception occurred"), which reads like a bug in the handler. `from e` states the cause; `from None` states ' +
      'that the cause is deliberately hidden. The standards\' own example omits `from e`, so the rule is off by default.',
    bad:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError as e:\n' +
      '    logger.warning(f"Customer lookup failed: {e}")\n    raise HTTPException(status_code=404, detail="Customer not found")\n',
    good:
      'try:\n    customer = await get_customer(customer_id)\nexcept CustomerNotFoundError as e:\n' +
      '    logger.warning(f"Customer lookup failed: {e}")\n    raise HTTPException(status_code=404, detail="Customer not found") from e\n',
    comparison: "Same as Ruff's B904 (flake8-bugbear).",
  },
  create(context) {
    return {
      except_clause(node) {
        const name = exceptionName(node)?.text;
        someStatement(
          handlerBody(node),
          (statement) => {
            if (statement.type !== 'raise_statement' || statement.childForFieldName('cause')) return false;
            const raised = raisedExpression(statement);
            if (!raised) return false;
            const inner = unparenthesize(raised);
            if (name !== undefined && inner.type === 'identifier' && inner.text === name) return false;
            context.report({ node: statement, messageId: 'missingFrom', data: { cause: name ?? 'err' } });
            return false;
          },
          { loopElse: false },
        );
      },
    };
  },
});
