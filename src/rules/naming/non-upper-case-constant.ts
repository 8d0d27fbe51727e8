// NAM006: module-level constants must be UPPER_SNAKE_CASE; mixedCase module names are flagged (N816).
import { defineRule } from '../../linter/index.js';
import type { Binding, SemanticModel } from '../../semantic/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import { STORED_NAME_KINDS, isFinalAnnotated, isNamedTupleAssignment, stringValue } from './binding-shapes.js';
import { isDunder, isMixedCase, isUpperSnake } from './case.js';
import { frameworkNames } from './framework-globals.js';
import { isIgnoredName } from './ignore-names.js';
import { isLiteralValue } from './literal-values.js';

export default defineRule({
  code: 'NAM006',
  name: 'non-upper-case-constant',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N816'],
  messages: {
    mixedCase: 'Module-level name `{{name}}` should not be mixedCase',
    notUpperSnake: 'Module-level constant `{{name}}` should be UPPER_SNAKE_CASE',
  },
  docs: {
    summary: 'Enforce UPPER_SNAKE_CASE names for module-level constants.',
    what:
      'Checks names bound at module level. A **constant** is a name bound exactly once in the module (no second ' +
      'assignment, `global` rebinding, loop or `if __name__ == "__main__":` block) to a literal — a number, string, ' +
      'bytes, bool, or a tuple or `frozenset(...)` of literals — or annotated `Final`. Its name must be ' +
      'UPPER_SNAKE_CASE after leading underscores (`MAX_RETRY_COUNT`, `_CACHE_SIZE`). Independently, any mixedCase ' +
      'module-level name (`defaultTimeout`) is flagged wherever the module binds it (a function assigning it ' +
      'through `global` is not flagged again). Dunder names are exempt.\n\n' +
      'Names a framework reads by name, and so requires in lower case, are exempt where the module shows that ' +
      'framework: Alembic\'s `revision`, `down_revision`, `branch_labels` and `depends_on` in a migration script (a ' +
      'module binding both `revision` and `down_revision`, or any module under `naming.migration-folders`); ' +
      'Django\'s `app_name` and `handler400`–`handler500` in a URLconf (a module binding `urlpatterns`); pytest\'s ' +
      '`pytest_plugins` and Django\'s `default_app_config` anywhere; and the settings of a gunicorn, Celery or Sphinx ' +
      'configuration file (`bind`, `workers`, `broker_url`, `task_serializer`, `project`, `html_theme`, …): a ' +
      'module with the conventional file name (`gunicorn.conf.py`, `celeryconfig.py`, a Sphinx `conf.py` binding ' +
      '`extensions`, `project` or `html_theme`), or one whose lower-case constants are all, and at least two, ' +
      'settings of that framework.',
    why:
      'The standards write constants in UPPER_SNAKE (`MAX_RETRY_COUNT`), so a reader can tell configuration from ' +
      'state; `max_retries = 3` at module level looks like a variable someone might reassign.',
    bad: 'max_retry_count = 3\n',
    good: 'MAX_RETRY_COUNT = 3\n',
    comparison:
      "Finds everything Ruff's N816 finds (mixedCase module-level names) and, beyond it, literal constants that are " +
      "not UPPER_SNAKE_CASE, like pylint's `invalid-name` for constants restricted to literal values, so " +
      '`logger = logging.getLogger(__name__)` and `app = FastAPI()` pass.',
    options: ['naming.ignore-names', 'naming.extend-ignore-names', 'naming.migration-folders'],
  },
  create(context) {
    return {
      module() {
        const semantic = context.semantic;
        const lowerCase: Binding[] = [];
        for (const [name, bindings] of semantic.module.bindings) {
          if (isIgnoredName(context.settings, name)) continue;
          if (isMixedCase(name)) {
            for (const binding of bindings) {
              if (!STORED_NAME_KINDS.has(binding.kind) || isNamedTupleAssignment(binding, semantic)) continue;
              if (semantic.scopeOf(binding.statement) !== semantic.module) continue;
              context.report({ node: binding.node, messageId: 'mixedCase', data: { name } });
            }
            continue;
          }
          const only = bindings.length === 1 ? bindings[0] : undefined;
          if (!only || isDunder(name) || isUpperSnake(name) || !isConstantBinding(only, semantic)) continue;
          lowerCase.push(only);
        }
        if (lowerCase.length === 0) return;
        const required = frameworkNames(semantic, context.source, context.settings, lowerCase.map((binding) => binding.name));
        for (const binding of lowerCase) {
          if (!required.has(binding.name)) context.report({ node: binding.node, messageId: 'notUpperSnake', data: { name: binding.name } });
        }
      },
    };
  },
});

function isConstantBinding(binding: Binding, semantic: SemanticModel): boolean {
  if (binding.kind !== 'assignment' || binding.statement.childForFieldName('left')?.type !== 'identifier') return false;
  if (semantic.scopeOf(binding.statement) !== semantic.module || isInLoopOrMainGuard(binding.statement)) return false;
  if (isFinalAnnotated(binding, semantic)) return true;
  return binding.value !== undefined && isLiteralValue(binding.value, semantic);
}

function isInLoopOrMainGuard(statement: SyntaxNode): boolean {
  for (let node = statement.parent; node; node = node.parent) {
    if (node.type === 'for_statement' || node.type === 'while_statement') return true;
    if (node.type === 'if_statement' && isMainGuard(node)) return true;
  }
  return false;
}

/** `if __name__ == "__main__":`, either way round. */
function isMainGuard(ifStatement: SyntaxNode): boolean {
  const condition = ifStatement.childForFieldName('condition');
  if (condition?.type !== 'comparison_operator') return false;
  const operands = condition.namedChildren;
  if (operands.length !== 2) return false;
  const isName = operands.some((operand) => operand.type === 'identifier' && operand.text === '__name__');
  return isName && operands.some((operand) => stringValue(operand) === '__main__');
}
