// ERR004: exception classes must be named with an `Error` suffix (N818).
import { defineRule } from '../../linter/index.js';
import { isIgnoredName } from '../naming/ignore-names.js';

export default defineRule({
  code: 'ERR004',
  name: 'exception-name-error-suffix',
  section: 'errors',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N818'],
  messages: {
    missingSuffix: 'Exception name `{{name}}` should end with `Error`',
  },
  docs: {
    summary: 'Require an `Error` suffix on exception class names.',
    what:
      'Checks classes whose direct base, written as a plain name, is `Exception` or ends in `Error` ' +
      '(`class CustomerNotFound(Exception)`, `class Invalid(ValueError)`): the class name must end in `Error`.',
    why:
      'The standards raise specific, self-describing exceptions (`CustomerNotFoundError`). The suffix tells a reader ' +
      'of an `except` clause or a traceback that the name is an error type, as PEP 8 recommends.',
    bad: 'class CustomerNotFound(Exception):\n    """Raised when a customer is not found."""\n',
    good: 'class CustomerNotFoundError(Exception):\n    """Raised when a customer is not found."""\n',
    comparison:
      "Same as Ruff's N818: only direct bases written as plain names count, so `class Problem(errors.AppError)` and " +
      "`class Done(BaseException)` are not checked. pep8-naming's plugin ships N818 disabled; here it is on.",
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      class_definition(node) {
        const nameNode = node.childForFieldName('name');
        if (!nameNode || nameNode.text.endsWith('Error')) return;
        const bases = node.childForFieldName('superclasses')?.namedChildren ?? [];
        const isException = bases.some(
          (base) => base.type === 'identifier' && (base.text === 'Exception' || base.text.endsWith('Error')),
        );
        if (!isException || isIgnoredName(context.settings, nameNode.text)) return;
        context.report({ node: nameNode, messageId: 'missingSuffix', data: { name: nameNode.text } });
      },
    };
  },
});
