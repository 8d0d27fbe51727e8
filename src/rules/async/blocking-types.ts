// Which blocking type (`requests.Session`, `sqlite3.Connection`, …) a name or expression holds.
import type { Binding, SemanticModel } from '../../semantic/index.js';
import { unparenthesize, type SyntaxNode } from '../../syntax/index.js';
import type { BlockingType } from './blocking-apis.js';
import type { BlockingCatalog } from './blocking-catalog.js';

/** Resolves an expression to the dotted name it stands for, or undefined. */
export type NameResolver = (expression: SyntaxNode) => string | undefined;

const UNION_FORMS: ReadonlySet<string> = new Set([
  'typing.Optional',
  'typing.Union',
  'typing_extensions.Optional',
  'typing_extensions.Union',
]);

/** `Annotated[T, …]`: the type is its first member (FastAPI's `Annotated[Session, Depends(get_db)]`). */
const ANNOTATED_FORMS: ReadonlySet<string> = new Set(['typing.Annotated', 'typing_extensions.Annotated']);

/** How many module-level aliases (`SessionDep = Annotated[Session, …]`) an annotation is followed through. */
const MAX_ALIAS_HOPS = 4;

/**
 * Infers blocking types the way Ruff's ASYNC212/230 do, without flow analysis: a name has the
 * type its visible binding declares (annotation, also inside `X | None`, `Optional[X]`,
 * `Union[…]`) or is initialised with (`X(...)`, `with X(...) as name`, `conn.cursor()`).
 */
export class BlockingTypes {
  private readonly byBinding = new Map<Binding, BlockingType | null>();

  constructor(
    private readonly semantic: SemanticModel,
    private readonly catalog: BlockingCatalog,
    private readonly resolveName: NameResolver,
  ) {}

  /** The type of the binding `name` refers to at `offset`. */
  ofName(name: string, offset: number): BlockingType | undefined {
    const binding = this.semantic.lookup(name, offset);
    return binding ? this.ofBinding(binding) : undefined;
  }

  ofExpression(expression: SyntaxNode): BlockingType | undefined {
    const node = unparenthesize(expression);
    switch (node.type) {
      case 'identifier':
        return this.ofName(node.text, node.startIndex);
      case 'call':
        return this.ofCall(node);
      case 'attribute': {
        // `path.parent`: an attribute that holds another instance.
        const object = node.childForFieldName('object');
        const attribute = node.childForFieldName('attribute')?.text ?? '';
        const held = object ? this.ofExpression(object)?.attributes?.[attribute] : undefined;
        return held === undefined ? undefined : this.catalog.typesByName.get(held);
      }
      case 'binary_operator': {
        // `path / "name"`.
        const left = node.childForFieldName('left');
        if (node.childForFieldName('operator')?.type !== '/' || !left) return undefined;
        const type = this.ofExpression(left);
        return type?.divides ? type : undefined;
      }
      default:
        return undefined;
    }
  }

  /** True when the name at `offset` is bound to a factory of instances (`SessionLocal = sessionmaker(...)`). */
  isMakerName(name: string, offset: number): boolean {
    const binding = this.semantic.lookup(name, offset);
    return binding?.value !== undefined && this.madeBy(binding.value, 0) !== undefined;
  }

  /** The type whose instances a call of `expression` makes, when `expression` is a factory (`sessionmaker(...)`). */
  private madeBy(expression: SyntaxNode, hops: number): BlockingType | undefined {
    const node = unparenthesize(expression);
    if (node.type === 'identifier') {
      const value = this.semantic.lookup(node.text, node.startIndex)?.value;
      return value !== undefined && hops < MAX_ALIAS_HOPS ? this.madeBy(value, hops + 1) : undefined;
    }
    if (node.type !== 'call') return undefined;
    const callee = node.childForFieldName('function');
    const name = callee ? this.resolveName(callee) : undefined;
    return name === undefined ? undefined : this.catalog.typesByMaker.get(name);
  }

  ofBinding(binding: Binding): BlockingType | undefined {
    const cached = this.byBinding.get(binding);
    if (cached !== undefined) return cached ?? undefined;
    this.byBinding.set(binding, null);
    const type = this.computeBinding(binding);
    this.byBinding.set(binding, type ?? null);
    return type;
  }

  private computeBinding(binding: Binding): BlockingType | undefined {
    if (binding.annotation) return this.ofAnnotation(binding.annotation);
    switch (binding.kind) {
      case 'assignment':
      case 'walrus':
        return binding.value ? this.ofExpression(binding.value) : undefined;
      case 'with-target':
        return this.ofWithTarget(binding);
      default:
        return undefined;
    }
  }

  /** `with requests.Session() as s`: the context manager's type (these types return themselves). */
  private ofWithTarget(binding: Binding): BlockingType | undefined {
    if (binding.node.parent?.type !== 'as_pattern_target') return undefined;
    const pattern = binding.statement.childForFieldName('value');
    const expression = pattern?.type === 'as_pattern' ? pattern.namedChild(0) : null;
    return expression ? this.ofExpression(expression) : undefined;
  }

  private ofCall(call: SyntaxNode): BlockingType | undefined {
    const callee = call.childForFieldName('function');
    if (!callee) return undefined;
    const name = this.resolveName(callee);
    if (name !== undefined) return this.catalog.typesByConstructor.get(name);
    const made = this.madeBy(callee, 0);
    if (made) return made;
    if (callee.type !== 'attribute') return undefined;
    const receiver = callee.childForFieldName('object');
    const method = callee.childForFieldName('attribute');
    if (!receiver || !method) return undefined;
    const factory = this.ofExpression(receiver)?.factories?.[method.text];
    return factory === undefined ? undefined : this.catalog.typesByName.get(factory);
  }

  private ofAnnotation(annotation: SyntaxNode, hops = 0): BlockingType | undefined {
    const node = annotation.type === 'type' ? annotation.namedChild(0) : annotation;
    if (!node) return undefined;
    const name = this.resolveName(node);
    if (name !== undefined) return this.catalog.typesByAnnotation.get(name);
    if (node.type === 'identifier') return hops < MAX_ALIAS_HOPS ? this.ofAlias(node, hops) : undefined;
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '|') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return (left && this.ofAnnotation(left)) ?? (right ? this.ofAnnotation(right) : undefined);
    }
    if (node.type === 'union_type') return this.firstOf(node.namedChildren);
    // `Optional[X]` parses as a subscript, or as a generic_type when the form is a bare name.
    if (node.type === 'subscript' || node.type === 'generic_type') {
      const form = node.type === 'subscript' ? node.childForFieldName('value') : node.namedChild(0);
      const formName = form ? this.resolveName(form) ?? '' : '';
      const members =
        node.type === 'subscript'
          ? node.childrenForFieldName('subscript')
          : (node.namedChildren.find((child) => child.type === 'type_parameter')?.namedChildren ?? []);
      if (ANNOTATED_FORMS.has(formName)) return members[0] ? this.ofAnnotation(members[0], hops) : undefined;
      return UNION_FORMS.has(formName) ? this.firstOf(members) : undefined;
    }
    return undefined;
  }

  /** A name bound in the module to a type (`SessionDep = Annotated[Session, Depends(get_db)]`, `type SessionDep = …`). */
  private ofAlias(name: SyntaxNode, hops: number): BlockingType | undefined {
    const binding = this.semantic.lookup(name.text, name.startIndex);
    if (binding?.scope !== this.semantic.module || binding.value === undefined) return undefined;
    if (binding.kind !== 'assignment' && binding.kind !== 'type-alias') return undefined;
    return this.ofAnnotation(binding.value, hops + 1);
  }

  private firstOf(annotations: readonly SyntaxNode[]): BlockingType | undefined {
    for (const annotation of annotations) {
      const type = this.ofAnnotation(annotation);
      if (type) return type;
    }
    return undefined;
  }
}
