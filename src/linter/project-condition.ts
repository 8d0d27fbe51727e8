// Findings whose truth depends on code in other modules of the project. A rule that cannot decide
// alone (is this base class, defined elsewhere, an Enum? does this helper return the exception's
// text?) reports with a condition on a fact of the project; the link phase, which sees every
// module's summary, keeps or drops the finding. Without a project (stdin, a snippet, an editor
// keystroke) each condition is resolved alone: as if the fact were unknown.

/**
 * A fact about project code, named by call or class targets relative to the reporting module
 * (see `callTarget`): `q:` qualified through imports, `l:` defined in the same module.
 */
export type ProjectFact =
  /** The function returns text of its `argument`-th argument (an exception's message). */
  | { readonly fact: 'returns-text'; readonly target: string; readonly argument: number }
  /** The function logs (so handing it an exception counts as logging it). */
  | { readonly fact: 'logs'; readonly target: string }
  /** The class, or a class it derives from, is of one of these kinds (`enum`, `typed-dict`, …). */
  | { readonly fact: 'class-kind'; readonly targets: readonly string[]; readonly kinds: readonly string[] }
  /** A class among these or their bases annotates the attribute `name` in its body. */
  | { readonly fact: 'annotates'; readonly targets: readonly string[]; readonly name: string }
  /** One of these facts holds. */
  | { readonly fact: 'any'; readonly facts: readonly ProjectFact[] };

/** `requires`: report only when the fact holds; `unless`: report unless it holds. */
export interface FindingCondition {
  readonly when: 'requires' | 'unless';
  readonly fact: ProjectFact;
}

/** Whether a finding with this condition is kept when the project cannot be consulted. */
export function keptAlone(condition: FindingCondition): boolean {
  return condition.when === 'unless';
}
