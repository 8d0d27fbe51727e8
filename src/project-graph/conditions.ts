// Decides the project facts that findings wait on (see linter/project-condition.ts).
import type { ProjectFact } from '../linter/index.js';
import type { ClassNode, FunctionNode, ModuleNode, ProjectGraph } from './graph.js';

/** Text passed through helpers of helpers is followed this deep. */
const MAX_DEPTH = 8;

export class FactChecker {
  constructor(private readonly graph: ProjectGraph) {}

  /** True when the fact holds for code seen from `module`; unknown targets make it false. */
  holds(module: ModuleNode, fact: ProjectFact): boolean {
    switch (fact.fact) {
      case 'returns-text': {
        const callee = this.graph.calledFunction(module, fact.target);
        return callee !== undefined && this.returnsText(callee, fact.argument, 0, new Set());
      }
      case 'logs':
        return this.graph.calledFunction(module, fact.target)?.fact?.logs === true;
      case 'class-kind':
        return this.classes(module, fact.targets).some((cls) => cls.fact.kinds.some((kind) => fact.kinds.includes(kind)));
      case 'annotates':
        return this.classes(module, fact.targets).some((cls) => cls.fact.annotated.includes(fact.name));
      case 'any':
        return fact.facts.some((each) => this.holds(module, each));
    }
  }

  /** The project classes the targets name, with all their project bases. */
  private classes(module: ModuleNode, targets: readonly string[]): ClassNode[] {
    return targets.flatMap((target) => {
      const resolved = this.graph.resolve(module, target);
      return resolved?.kind === 'class' ? this.graph.lineage(resolved.node) : [];
    });
  }

  /** Whether `callee`, handed text as its `argument`-th call argument, returns it. */
  private returnsText(callee: FunctionNode, argument: number, depth: number, seen: Set<string>): boolean {
    const fact = callee.fact;
    if (!fact || depth > MAX_DEPTH) return false;
    const parameter = argument + (callee.boundCall ? 1 : 0);
    const key = `${callee.module.index}:${callee.name}:${parameter}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (fact.returnsText?.includes(parameter)) return true;
    for (const [from, target, passedAs] of fact.returnsTextThrough ?? []) {
      if (from !== parameter) continue;
      const next = this.graph.calledFunction(callee.module, target);
      if (next && this.returnsText(next, passedAs, depth + 1, seen)) return true;
    }
    return false;
  }
}
