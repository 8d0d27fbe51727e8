// ERR001: bare `except:` clauses (E722).
import { defineRule } from '../../linter/index.js';
import { statementsOf } from '../../syntax/index.js';
import { caughtTypeExpression, handlerBody, isBareRaise } from './handlers.js';

export default defineRule({
  code: 'ERR001',
  name: 'bare-except',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['E722'],
  messages: {
    bareExcept: 'Bare `except:` catches every exception, `KeyboardInterrupt` and `SystemExit` included; name the exceptions you expect',
  },
  docs: {
    summary: 'Disallow bare `except:` clauses.',
    what:
      'Flags an `except:` with no exception type. A handler whose body has a bare `raise` at its top level ' +
      '(cleanup, then re-raise) is exempt.',
    why:
      'The standards ask for specific exceptions. `except:` also catches `KeyboardInterrupt`, `SystemExit` and ' +
      '`asyncio.CancelledError`, so a server cannot be stopped cleanly and cancelled requests keep running; and it ' +
      'hides the bugs (a `TypeError`, a `NameError`) that the handler was never meant for.',
    bad:
      'try:\n    customer = repository.get(customer_id)\nexcept:\n    customer = None\n',
    good:
      'try:\n    customer = repository.get(customer_id)\nexcept CustomerNotFoundError:\n    customer = None\n',
    comparison:
      "Same as pycodestyle's and Ruff's E722, including the exemption: only a bare `raise` directly in the handler's " +
      'body counts (one inside an `if` does not), and `raise e` or `raise X from e` do not.',
  },
  create(context) {
    return {
      except_clause(node) {
        if (caughtTypeExpression(node)) return;
        if (statementsOf(handlerBody(node) ?? null).some(isBareRaise)) return;
        const keyword = node.firstChild;
        context.report(keyword ? { node: keyword, messageId: 'bareExcept' } : { node, messageId: 'bareExcept' });
      },
    };
  },
});
