import { shanghaiDayNumber } from '../dates';
import { FUNNEL_STAGES, type FunnelStage } from '../stages';
import { overStallLimit, type StallDays } from '../stall';

// Activity and week ends of a review are after 1992: Shanghai days are the fixed-offset arithmetic.
const dayIndex = shanghaiDayNumber;

export interface StalledAt {
  projectId: number;
  stage: FunnelStage;
  lastActivityAt: number;
  days: number;
}

/**
 * 久未推进 as of the week's last day: projects in a funnel stage at the week's end whose latest activity
 * before the end (stage event or follow-up) lies its stage's limit or more Shanghai calendar days back
 * (the limits in effect then: decision 120).
 */
export function stalledAt(
  states: Int8Array,
  lastEventAt: Float64Array,
  /** A Map, or anything answering get(projectId) (the server's follow-up cache). */
  lastFollowUpAt: Pick<ReadonlyMap<number, number>, 'get'>,
  end: number,
  stallDays: StallDays,
): StalledAt[] {
  const today = dayIndex(end - 1);
  const out: StalledAt[] = [];
  for (let p = 0; p < states.length; p++) {
    const s = states[p]!;
    if (s < 0 || s >= FUNNEL_STAGES.length) continue;
    const stage = FUNNEL_STAGES[s]!;
    const last = Math.max(lastEventAt[p]!, lastFollowUpAt.get(p) ?? 0);
    const days = today - dayIndex(last);
    if (overStallLimit(stallDays, stage, days)) out.push({ projectId: p, stage, lastActivityAt: last, days });
  }
  return out.sort((a, b) => b.days - a.days || a.projectId - b.projectId);
}
