/**
 * Funds in place (到位资金): money actually invested after the company landed, in a few dated
 * instalments whose sum stays below the agreed investment (finished projects have most of it in).
 */
import type { FunnelStage } from '../../../shared/domain/stages';
import type { DemoCalendar } from './calendar';
import type { Rng } from './random';
import type { Owners, PlannedFunds, Timeline } from './types';

const PLAN: Partial<
  Record<FunnelStage, { chance: number; share: [number, number]; entries: [number, number] }>
> = {
  landed: { chance: 0.55, share: [0.05, 0.35], entries: [1, 2] },
  started: { chance: 0.85, share: [0.2, 0.7], entries: [1, 4] },
  completed: { chance: 1, share: [0.6, 1], entries: [2, 5] },
};

const NOTES: Record<'landed' | 'started' | 'completed', readonly string[]> = {
  landed: ['注册资本金首期到位', '开办费用投入', '营运资金拨付'],
  started: ['工程进度款', '设备购置款', '装修工程投入', '注册资本金二期到位'],
  completed: ['竣工结算款', '设备安装调试投入', '增资扩产投入'],
};

/** Rounds an instalment down, so the sum never exceeds what was agreed. */
function floorWan(x: number): number {
  const step = x >= 10000 ? 100 : x >= 100 ? 10 : 1;
  return Math.floor(x / step) * step;
}

export function planFunds(
  rng: Rng,
  cal: DemoCalendar,
  stage: FunnelStage,
  agreed: number | null,
  owners: Owners,
  timeline: Timeline,
): PlannedFunds[] {
  const plan = PLAN[stage];
  const landingAgo = timeline.gateAgo[1];
  if (!plan || !agreed || landingAgo === undefined || landingAgo < 1 || !rng.chance(plan.chance)) return [];

  const total = agreed * (plan.share[0] + rng.next() * (plan.share[1] - plan.share[0]));
  const days = rng.distinctInts(1, landingAgo, rng.int(plan.entries[0], plan.entries[1]));
  const weights = days.map(() => 0.5 + rng.next());
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const out: PlannedFunds[] = [];
  // Oldest first: days ago run from large to small.
  days.reverse().forEach((ago, i) => {
    const amount = floorWan((total * (weights[i] ?? 1)) / weightSum);
    if (amount <= 0) return;
    const date = cal.daysAgo(ago);
    const phase =
      ago <= (timeline.gateAgo[3] ?? -1)
        ? 'completed'
        : ago <= (timeline.gateAgo[2] ?? -1)
          ? 'started'
          : 'landed';
    out.push({
      date,
      amount,
      note: i === 0 ? (NOTES[phase][0] ?? null) : rng.pick(NOTES[phase].slice(1)),
      by: owners.ownerA,
      createdAt: cal.at(date, 16, rng.int(0, 59)),
    });
  });
  return out;
}
