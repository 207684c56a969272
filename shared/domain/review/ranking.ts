import { FUNNEL_STAGES } from '../stages';
import type { GroupKeys } from './compute';
import type { Pace } from './targets';

const STAGES = FUNNEL_STAGES.length;

/** What a group (责任单位 or officer) achieved in a period: projects first reaching each stage. */
export interface GroupActual {
  /** Registered (reached 洽谈). */
  newLeads: number;
  /** Signed (reached 引进) and their amounts, 万元. */
  signed: number;
  signedAmount: number;
  landed: number;
  started: number;
  completed: number;
}

const zero = (): GroupActual => ({
  newLeads: 0,
  signed: 0,
  signedAmount: 0,
  landed: 0,
  started: 0,
  completed: 0,
});

/**
 * Per group key, the projects that first reached each stage within [from, to) (replay.ts firstReach),
 * keyed by `keyOf[projectId]` (as known at the period's end). One pass over the projects.
 */
export function reachByGroup(
  firstReach: Float64Array,
  amounts: Float64Array,
  from: number,
  to: number,
  keyOf: GroupKeys,
): Map<string, GroupActual> {
  const out = new Map<string, GroupActual>();
  const projects = firstReach.length / STAGES;
  const inRange = (p: number, k: number) => {
    const t = firstReach[p * STAGES + k]!;
    return t >= from && t < to;
  };
  for (let p = 0; p < projects; p++) {
    const key = keyOf[p];
    if (typeof key !== 'string') continue;
    let a: GroupActual | undefined;
    const row = () => {
      a ??= out.get(key) ?? out.set(key, zero()).get(key)!;
      return a;
    };
    if (inRange(p, 0)) row().newLeads++;
    if (inRange(p, 1)) {
      row().signed++;
      row().signedAmount += amounts[p] ?? 0;
    }
    if (inRange(p, 2)) row().landed++;
    if (inRange(p, 3)) row().started++;
    if (inRange(p, 4)) row().completed++;
  }
  return out;
}

export interface RankTarget extends Pace {
  id: number;
}

export interface RankRow {
  key: string;
  label: string;
  /** 1, 2, 2, 4 …: equal score and signed amount share a rank; null for a group without targets. */
  rank: number | null;
  /** Mean progress of its targets, each counted at most 100 % (0–1); null without targets. */
  score: number | null;
  /** Mean share of its targets' periods elapsed (0–1), to read the score against; null without targets. */
  elapsed: number | null;
  /** Its targets' ids and pace, in the order given. */
  targets: RankTarget[];
  actual: GroupActual;
}

/**
 * The report's ranking of 责任单位 or officers (decision 041): groups with targets first, by the mean of
 * their targets' progress each capped at 100 % (an over-achieved target does not hide a lagging one),
 * then by the amount signed in the period, then by name; groups without a target after them, by the
 * amount signed, then new projects, then name.
 */
export function rankGroups(
  groups: readonly { key: string; label: string }[],
  targetsOf: (key: string) => readonly RankTarget[],
  actuals: ReadonlyMap<string, GroupActual>,
): RankRow[] {
  const rows = groups.map((g): RankRow => {
    const targets = [...targetsOf(g.key)];
    const score = targets.length
      ? targets.reduce((s, t) => s + Math.min(1, t.progress), 0) / targets.length
      : null;
    const elapsed = targets.length ? targets.reduce((s, t) => s + t.elapsed, 0) / targets.length : null;
    return { ...g, rank: null, score, elapsed, targets, actual: actuals.get(g.key) ?? zero() };
  });
  const byName = (a: RankRow, b: RankRow) => a.label.localeCompare(b.label, 'zh-CN');
  const ranked = rows
    .filter((r) => r.score !== null)
    .sort((a, b) => b.score! - a.score! || b.actual.signedAmount - a.actual.signedAmount || byName(a, b));
  ranked.forEach((r, i) => {
    const before = ranked[i - 1];
    r.rank =
      before && before.score === r.score && before.actual.signedAmount === r.actual.signedAmount
        ? before.rank
        : i + 1;
  });
  const rest = rows
    .filter((r) => r.score === null)
    .sort(
      (a, b) =>
        b.actual.signedAmount - a.actual.signedAmount ||
        b.actual.newLeads - a.actual.newLeads ||
        byName(a, b),
    );
  return [...ranked, ...rest];
}
