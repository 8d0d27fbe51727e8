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
    if (node.type === 'identifier') return this.ofName(node.text, node.startIndex);
    if (node.type === 'call') return this.ofCall(node);
    return undefined;
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
    if (callee.type !== 'attribute') return undefined;
    const receiver = callee.childForFieldName('object');
    const method = callee.childForFieldName('attribute');
    if (!receiver || !method) return undefined;
    const factory = this.ofExpression(receiver)?.factories?.[method.text];
    return factory === undefined ? undefined : this.catalog.typesByName.get(factory);
  }

  private ofAnnotation(annotation: SyntaxNode): BlockingType | undefined {
    const node = annotation.type === 'type' ? annotation.namedChild(0) : annotation;
    if (!node) return undefined;
    const name = this.resolveName(node);
    if (name !== undefined) return this.catalog.typesByAnnotation.get(name);
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '|') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return (left && this.ofAnnotation(left)) ?? (right ? this.ofAnnotation(right) : undefined);
    }
    if (node.type === 'union_type') return this.firstOf(node.namedChildren);
    // `Optional[X]` parses as a subscript, or as a generic_type when the form is a bare name.
    if (node.type === 'subscript' || node.type === 'generic_type') {
      const form = node.type === 'subscript' ? node.childForFieldName('value') : node.namedChild(0);
      if (!form || !UNION_FORMS.has(this.resolveName(form) ?? '')) return undefined;
      const members =
        node.type === 'subscript'
          ? node.childrenForFieldName('subscript')
          : (node.namedChildren.find((child) => child.type === 'type_parameter')?.namedChildren ?? []);
      return this.firstOf(members);
    }
    return undefined;
  }

  private firstOf(annotations: readonly SyntaxNode[]): BlockingType | undefined {
    for (const annotation of annotations) {
      const type = this.ofAnnotation(annotation);
      if (type) return type;
    }
    return undefined;
  }
}
