/**
 * What was known when (docs/decisions/090-known-at.md). Every fact the review counts carries the instant
 * it took effect and the instant the app learned it. A week's review reads the facts in effect at the
 * week's end *as known at* a moment: the week's end for the figures as they stood at the meeting, or
 * now for the figures as corrected since.
 */

/** The attributes the review groups projects by, kept as a history. */
export const PROJECT_ATTRIBUTES = ['industry', 'channel', 'ownerAId', 'unitId'] as const;
export type ProjectAttribute = (typeof PROJECT_ATTRIBUTES)[number];

/**
 * A classification (行业, 招商方式) describes the project since it was registered: changing it corrects
 * the record and takes effect from the registration. A responsibility (A岗, 责任单位) is handed over:
 * the change takes effect when it is made.
 */
export const RETROACTIVE_ATTRIBUTES: ReadonlySet<ProjectAttribute> = new Set(['industry', 'channel']);

export interface TimedFact {
  effectiveAt: number;
  recordedAt: number;
}

/** Took effect before `asOf` and was recorded before `knownAt`. */
export const knownBy = (f: TimedFact, asOf: number, knownAt: number): boolean =>
  f.effectiveAt < asOf && f.recordedAt < knownAt;

/** Recorded at or after `knownAt` but effective before `asOf`: a correction of what was known then. */
export const isLateFact = (f: TimedFact, asOf: number, knownAt: number): boolean =>
  f.effectiveAt < asOf && f.recordedAt >= knownAt;

export interface AttributeFact extends TimedFact {
  id: number;
  projectId: number;
  field: ProjectAttribute;
  value: string | null;
}

/**
 * The value in effect at `asOf` as known at `knownAt`: of the facts known by then, the one that took
 * effect last; two taking effect at the same instant (a correction of a classification) → the one
 * recorded last. `undefined`: nothing known.
 */
export function valueAt(
  facts: readonly AttributeFact[],
  asOf: number,
  knownAt: number,
): AttributeFact | undefined {
  let best: AttributeFact | undefined;
  for (const f of facts) {
    if (!knownBy(f, asOf, knownAt)) continue;
    if (
      !best ||
      f.effectiveAt > best.effectiveAt ||
      (f.effectiveAt === best.effectiveAt &&
        (f.recordedAt > best.recordedAt || (f.recordedAt === best.recordedAt && f.id > best.id)))
    )
      best = f;
  }
  return best;
}
