import { DAY_MS } from '../dates';
import { FUNNEL_STAGES, type FunnelStage } from '../stages';

const STAGES = FUNNEL_STAGES.length;

export interface StageReach {
  stage: FunnelStage;
  /** Projects that first reached the stage within [from, to). */
  count: number;
  /** Their amounts (万元) as of `to`. */
  amount: number;
}

const inRange = (t: number, from: number, to: number) => t >= from && t < to;

/** Cumulative figures: how many projects first reached each stage in [from, to) (a skip reaches every skipped stage). */
export function reachedBetween(
  firstReach: Float64Array,
  amounts: Float64Array,
  from: number,
  to: number,
  include?: (projectId: number) => boolean,
): StageReach[] {
  const count = new Array<number>(STAGES).fill(0);
  const amount = new Array<number>(STAGES).fill(0);
  const projects = firstReach.length / STAGES;
  for (let p = 0; p < projects; p++) {
    if (include && !include(p)) continue;
    for (let k = 0; k < STAGES; k++) {
      if (inRange(firstReach[p * STAGES + k]!, from, to)) {
        count[k]!++;
        amount[k]! += amounts[p] ?? 0;
      }
    }
  }
  return FUNNEL_STAGES.map((stage, k) => ({ stage, count: count[k]!, amount: amount[k]! }));
}

export interface Conversion {
  from: FunnelStage;
  to: FunnelStage;
  /** Projects that reached `from` within the window. */
  reached: number;
  /** Of those, how many reached `to` before the window's end. */
  converted: number;
  /** converted / reached, null when none reached. */
  rate: number | null;
  /** Median days from reaching `from` to reaching `to` (a skip counts 0 days), one decimal; null when none converted. */
  medianDays: number | null;
}

/** Conversion between consecutive stages for the cohort that reached each stage in [from, to). */
export function conversions(firstReach: Float64Array, from: number, to: number): Conversion[] {
  const projects = firstReach.length / STAGES;
  const out: Conversion[] = [];
  for (let k = 0; k < STAGES - 1; k++) {
    let reached = 0;
    const days: number[] = [];
    for (let p = 0; p < projects; p++) {
      const a = firstReach[p * STAGES + k]!;
      if (!inRange(a, from, to)) continue;
      reached++;
      const b = firstReach[p * STAGES + k + 1]!;
      if (b < to) days.push((b - a) / DAY_MS);
    }
    out.push({
      from: FUNNEL_STAGES[k]!,
      to: FUNNEL_STAGES[k + 1]!,
      reached,
      converted: days.length,
      rate: reached ? days.length / reached : null,
      medianDays: days.length ? Math.round(median(days) * 10) / 10 : null,
    });
  }
  return out;
}

export function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
