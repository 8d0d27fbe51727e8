// Class kinds resolved from bases, metaclasses and decorators, transitively within the module.
import { decoratorCallee, decoratorsOf, definitionName, type SyntaxNode } from '../syntax/index.js';
import { BUILTIN_EXCEPTION_NAMES } from './builtins.js';
import type { SemanticModel } from './model.js';

export type ClassKind =
  | 'enum'
  | 'pydantic-model'
  | 'pydantic-settings'
  | 'typed-dict'
  | 'named-tuple'
  | 'protocol'
  | 'dataclass'
  | 'exception'
  | 'metaclass'
  | 'test-case'
  | 'sqlalchemy-model'
  | 'ast-visitor'
  | 'http-handler'
  | 'factory-boy';

/** What the model knows about one class definition. */
export interface ClassInfo {
  readonly node: SyntaxNode;
  readonly name: string;
  /** Base class expressions, with `Generic[T]`-style subscripts stripped. */
  readonly bases: readonly SyntaxNode[];
  /** Qualified names of the bases, where they resolve through imports or builtins. */
  readonly baseNames: readonly (string | undefined)[];
  /** Qualified names of the decorators (the called function for `@d(...)`). */
  readonly decoratorNames: readonly (string | undefined)[];
  readonly kinds: ReadonlySet<ClassKind>;
}

const KINDS_BY_BASE: Readonly<Record<string, readonly ClassKind[]>> = {
  'enum.Enum': ['enum'],
  'enum.IntEnum': ['enum'],
  'enum.StrEnum': ['enum'],
  'enum.Flag': ['enum'],
  'enum.IntFlag': ['enum'],
  'enum.ReprEnum': ['enum'],
  'django.db.models.Choices': ['enum'],
  'django.db.models.TextChoices': ['enum'],
  'django.db.models.IntegerChoices': ['enum'],
  'pydantic.BaseModel': ['pydantic-model'],
  'pydantic.main.BaseModel': ['pydantic-model'],
  'pydantic.RootModel': ['pydantic-model'],
  'pydantic.v1.BaseModel': ['pydantic-model'],
  'sqlmodel.SQLModel': ['pydantic-model'],
  'pydantic.BaseSettings': ['pydantic-model', 'pydantic-settings'],
  'pydantic_settings.BaseSettings': ['pydantic-model', 'pydantic-settings'],
  'typing.TypedDict': ['typed-dict'],
  'typing_extensions.TypedDict': ['typed-dict'],
  'typing.NamedTuple': ['named-tuple'],
  'typing_extensions.NamedTuple': ['named-tuple'],
  'typing.Protocol': ['protocol'],
  'typing_extensions.Protocol': ['protocol'],
  'builtins.type': ['metaclass'],
  'abc.ABCMeta': ['metaclass'],
  'enum.EnumMeta': ['metaclass'],
  'enum.EnumType': ['metaclass'],
  'unittest.TestCase': ['test-case'],
  'unittest.IsolatedAsyncioTestCase': ['test-case'],
  'django.test.TestCase': ['test-case'],
  'django.test.SimpleTestCase': ['test-case'],
  'django.test.TransactionTestCase': ['test-case'],
  'sqlalchemy.orm.DeclarativeBase': ['sqlalchemy-model'],
  'sqlalchemy.orm.DeclarativeBaseNoMeta': ['sqlalchemy-model'],
  'ast.NodeVisitor': ['ast-visitor'],
  'ast.NodeTransformer': ['ast-visitor'],
  'http.server.BaseHTTPRequestHandler': ['http-handler'],
  'http.server.SimpleHTTPRequestHandler': ['http-handler'],
  'http.server.CGIHTTPRequestHandler': ['http-handler'],
  'factory.Factory': ['factory-boy'],
  'factory.base.Factory': ['factory-boy'],
  'factory.DictFactory': ['factory-boy'],
  'factory.alchemy.SQLAlchemyModelFactory': ['factory-boy'],
  'factory.django.DjangoModelFactory': ['factory-boy'],
  'factory.mongoengine.MongoEngineFactory': ['factory-boy'],
  'factory.mogo.MogoFactory': ['factory-boy'],
};

const KINDS_BY_METACLASS: Readonly<Record<string, readonly ClassKind[]>> = {
  'enum.EnumMeta': ['enum'],
  'enum.EnumType': ['enum'],
};

const DATACLASS_DECORATORS = new Set([
  'dataclasses.dataclass',
  'pydantic.dataclasses.dataclass',
  'attr.s',
  'attr.attrs',
  'attr.define',
  'attr.frozen',
  'attr.mutable',
  'attr.dataclass',
  'attrs.define',
  'attrs.frozen',
  'attrs.mutable',
]);

/** Computes a class's info; `visiting` guards against cyclic bases within the module. */
export function classInfoOf(model: SemanticModel, node: SyntaxNode, visiting: Set<number>): ClassInfo {
  visiting.add(node.id);
  const kinds = new Set<ClassKind>();
  const bases: SyntaxNode[] = [];
  const baseNames: (string | undefined)[] = [];
  const superclasses = node.childForFieldName('superclasses');

  for (const arg of superclasses?.namedChildren ?? []) {
    if (arg.type === 'keyword_argument') {
      if (arg.childForFieldName('name')?.text !== 'metaclass') continue;
      const value = arg.childForFieldName('value');
      const name = value ? model.qualifiedName(value) : undefined;
      for (const kind of (name && KINDS_BY_METACLASS[name]) || []) kinds.add(kind);
      continue;
    }
    if (arg.type === 'list_splat' || arg.type === 'dictionary_splat' || arg.type === 'comment') continue;
    const base = arg.type === 'subscript' ? (arg.childForFieldName('value') ?? arg) : arg;
    const name = model.qualifiedName(base);
    bases.push(base);
    baseNames.push(name);
    for (const kind of kindsOfBase(model, base, name, visiting)) kinds.add(kind);
  }

  const decoratorNames = decoratorsOf(node).map((decorator) => {
    const callee = decoratorCallee(decorator);
    return callee ? model.qualifiedName(callee) : undefined;
  });
  if (decoratorNames.some((name) => name !== undefined && DATACLASS_DECORATORS.has(name))) kinds.add('dataclass');

  visiting.delete(node.id);
  return { node, name: definitionName(node), bases, baseNames, decoratorNames, kinds };
}

function kindsOfBase(
  model: SemanticModel,
  base: SyntaxNode,
  name: string | undefined,
  visiting: Set<number>,
): readonly ClassKind[] {
  if (name) {
    const known = KINDS_BY_BASE[name];
    if (known) return known;
    if (name.startsWith('builtins.')) {
      return BUILTIN_EXCEPTION_NAMES.has(name.slice('builtins.'.length)) ? ['exception'] : [];
    }
    return /(?:Error|Exception)$/.test(name) ? ['exception'] : [];
  }
  const local = base.type === 'identifier' ? model.resolve(base) : undefined;
  if (local?.kind !== 'class' || visiting.has(local.statement.id)) return [];
  return [...classInfoOf(model, local.statement, visiting).kinds];
}
