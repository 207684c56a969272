/**
 * Three-way merge of a form after a CONFLICT: `base` is what the person opened, `theirs` what another
 * person saved since, `mine` what this person typed. Only the fields this person changed are reapplied
 * on top of theirs; a clash is a field both changed to different values. Empty text, null and undefined
 * are the same value (a form's empty input).
 */
export interface Merge<T> {
  /** Theirs with my changes on top; on a clash, theirs (see `withMine`). */
  merged: T;
  /** Fields only I changed: reapplied. */
  mine: (keyof T)[];
  /** Fields only they changed (or both to the same value): kept. */
  theirs: (keyof T)[];
  /** Fields both changed to different values: the person chooses. */
  clashes: (keyof T)[];
}

const norm = (v: unknown): unknown => (v === '' || v === undefined ? null : v);

export function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(norm(a), norm(b));
}

export function threeWayMerge<T extends Record<string, unknown>>(base: T, theirs: T, mine: T): Merge<T> {
  const merged = { ...theirs };
  const result: Merge<T> = { merged, mine: [], theirs: [], clashes: [] };
  const keys = new Set([...Object.keys(base), ...Object.keys(theirs), ...Object.keys(mine)] as (keyof T)[]);
  for (const k of keys) {
    const iChanged = !sameValue(mine[k], base[k]);
    const theyChanged = !sameValue(theirs[k], base[k]);
    if (iChanged && theyChanged && !sameValue(mine[k], theirs[k])) result.clashes.push(k);
    else if (iChanged && !theyChanged) {
      merged[k] = mine[k];
      result.mine.push(k);
    } else if (theyChanged) result.theirs.push(k);
  }
  return result;
}

/** The merge with my values on the clashing fields too (the person chose to keep theirs elsewhere). */
export function withMine<T extends Record<string, unknown>>(m: Merge<T>, mine: T): T {
  const out = { ...m.merged };
  for (const k of m.clashes) out[k] = mine[k];
  return out;
}
