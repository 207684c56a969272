/**
 * Where the demo's projects stand today: the funnel mix of a district half-way through its campaign
 * (many in talks, fewer at each later stage), a dozen on hold, ten dropped, and about 15% of the
 * active unfinished ones untouched for a month so the board shows some red.
 */
import type { FunnelStage } from '../../../shared/domain/stages';
import type { Rng } from './random';
import type { Slot } from './types';

const ACTIVE: Record<FunnelStage, number> = {
  negotiating: 95,
  introduced: 45,
  landed: 45,
  started: 25,
  completed: 20,
};
const ON_HOLD: Partial<Record<FunnelStage, number>> = {
  negotiating: 5,
  introduced: 4,
  landed: 2,
  started: 1,
};
const DROPPED: Partial<Record<FunnelStage, number>> = { negotiating: 7, introduced: 3 };
const STALLED_SHARE = 0.15;

/** All slots; `taken` are the flagships' slots, which the returned list leaves out. */
export function generateSlots(rng: Rng, taken: readonly Slot[]): Slot[] {
  const wanted: Slot[] = [];
  const add = (counts: Partial<Record<FunnelStage, number>>, status: Slot['status']) => {
    for (const [stage, n] of Object.entries(counts) as [FunnelStage, number][]) {
      const already = taken.filter((s) => s.stage === stage && s.status === status).length;
      for (let i = already; i < n; i++) wanted.push({ stage, status, stalled: false });
    }
  };
  add(ACTIVE, 'active');
  add(ON_HOLD, 'on_hold');
  add(DROPPED, 'dropped');

  const unfinished = wanted.filter((s) => s.status === 'active' && s.stage !== 'completed');
  const allUnfinished =
    unfinished.length + taken.filter((s) => s.status === 'active' && s.stage !== 'completed').length;
  for (const s of rng.shuffle(unfinished).slice(0, Math.round(allUnfinished * STALLED_SHARE)))
    s.stalled = true;
  return rng.shuffle(wanted);
}
