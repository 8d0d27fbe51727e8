// TYP003: class attributes need annotations (no Ruff equivalent).
import { defineRule } from '../../linter/index.js';
import { bodyOf, type SyntaxNode } from '../../syntax/index.js';
import { classExemption, inheritedExemption, isExemptName, isExemptValue, projectBases } from './class-attribute-exemptions.js';

/** Compound statements whose blocks still run in the class body. */
const NESTED_BLOCKS = new Set(['if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'finally_clause', 'with_statement', 'block']);

export default defineRule({
  code: 'TYP003',
  name: 'missing-class-attribute-annotation',
  section: 'type_hints',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    missingAnnotation: 'Class attribute `{{name}}` has no type annotation',
  },
  docs: {
    summary: 'Require type annotations on class attributes.',
    what: [
      'Checks assignments `name = value` in a class body (also inside `if`/`try`/`with` blocks there). ' +
        'Instance attributes (`self.x = …` in methods) are not class attributes and are not checked. Exempt, ' +
        'each for a reason:',
      '',
      '- **dunder names** (`__slots__`, `__tablename__`, `__table_args__`, `__match_args__`, …): protocol ' +
        'hooks that frameworks read, conventionally unannotated;',
      '- **Enum members** (any class deriving from `enum.Enum`, `IntEnum`, `StrEnum`, `Flag`, Django ' +
        'choices, directly or through classes of the module): the typing spec forbids annotating members;',
      '- **`model_config`**: pydantic reads it itself, and pydantic ≥ 2.11 rejects an annotated one;',
      '- **attributes a well-known base declares**: `maxDiff`, `longMessage`, `failureException` on ' +
        '`unittest.TestCase`, and `metadata`, `registry`, `type_annotation_map` on SQLAlchemy\'s ' +
        '`DeclarativeBase` (annotated there, an annotation would be read as a column);',
      '- **names declared elsewhere in the class** (`x: int` and later `x = 1`), or in a base class: of the same ' +
        'module always, of another module of the project when `pystandards check` runs on a folder;',
      '- **methods, descriptors and classes bound by assignment**: a `lambda`, `property(...)`, ' +
        '`classmethod(...)`, `staticmethod(...)`, `functools.cached_property(...)`/`partialmethod(...)`, or ' +
        'a name bound to a function or class (`__eq__ = _eq`, `Error = NotFoundError`);',
      '- **unpacking targets** (`a, b = 1, 2`), which cannot carry annotations;',
      '- **nested `Meta` and `Config` classes** (Django and pydantic v1 options);',
      '- **factory_boy factories** (classes deriving from `factory.Factory`, `SQLAlchemyModelFactory`, ' +
        '`DjangoModelFactory`, …): their attributes are declarations the factory reads (`name = Sequence(...)`), ' +
        'whose values are not the attribute\'s type;',
      '- classes deriving from a base listed in `type-hints.exempt-base-classes` (for ORMs that declare ' +
        'fields without annotations, such as Django models).',
      '',
      'Bases defined in another module of the project (an `Enum`, a model deriving from an exempt base, a class ' +
        'that annotates the attribute) are followed through the project graph when `pystandards check` runs on ' +
        'a folder: `class Color(StrEnum)` with `StrEnum(str, Enum)` in `app/base.py` is an Enum. A snippet or stdin ' +
        'sees one file and reports such attributes (the editor links against its folder\'s saved files).',
    ].join('\n'),
    why:
      'The standards require type hints on class attributes too. An annotation says whether an attribute is ' +
      'a field (`name: str`) or shared class data (`RETRIES: ClassVar[int] = 3`), which dataclasses, pydantic ' +
      'and SQLAlchemy rely on, and lets the type checker verify every use.',
    bad: 'class Settings:\n    timeout = 30\n',
    good: 'from typing import ClassVar\n\n\nclass Settings:\n    timeout: ClassVar[int] = 30\n',
    comparison:
      'No Ruff or flake8 rule checks class attributes (Ruff\'s ANN rules cover functions only). ' +
      'basedpyright\'s `reportUnannotatedClassAttribute` is the closest, but it also flags `self.x = …` and ' +
      '`__slots__`.',
    options: ['type-hints.exempt-base-classes'],
  },
  create(context) {
    return {
      class_definition(node) {
        const semantic = context.semantic;
        if (classExemption(node, semantic, context.settings)) return;
        let bases: string[] | undefined;
        for (const assignment of classBodyAssignments(bodyOf(node))) {
          const left = assignment.childForFieldName('left');
          if (left?.type !== 'identifier' || assignment.childForFieldName('type')) continue;
          const value = assignment.childForFieldName('right');
          if (isExemptName(left.text, node, semantic) || (value && isExemptValue(value, semantic))) continue;
          bases ??= projectBases(node, semantic, context.source, context.settings);
          const condition = inheritedExemption(left.text, bases);
          context.report({ node: left, messageId: 'missingAnnotation', data: { name: left.text }, ...(condition && { condition }) });
        }
      },
    };
  },
});

/** Assignments that run in the class body itself, chained ones (`a = b = 1`) included. */
function classBodyAssignments(block: SyntaxNode | null): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (statement: SyntaxNode): void => {
    if (statement.type === 'expression_statement') {
      for (let node = statement.namedChild(0); node?.type === 'assignment'; node = node.childForFieldName('right')) found.push(node);
      return;
    }
    if (!NESTED_BLOCKS.has(statement.type)) return;
    for (const child of statement.namedChildren) {
      if (child.type === 'block' || NESTED_BLOCKS.has(child.type)) visit(child);
      else if (statement.type === 'block') visit(child);
    }
  };
  for (const statement of block?.namedChildren ?? []) visit(statement);
  return found;
}
