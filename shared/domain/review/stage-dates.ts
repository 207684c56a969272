import { businessDate, startOfBusinessDay } from '../dates';
import type { GateDateField } from '../gates';
import type { FunnelStage, ProjectState } from '../stages';

/** The gate date that dates each stage after 洽谈. */
export const STAGE_OF_DATE: Record<GateDateField, Exclude<FunnelStage, 'negotiating'>> = {
  signingDate: 'introduced',
  landingDate: 'landed',
  startDate: 'started',
  completionDate: 'completed',
};

export interface DatedEvent {
  id: number;
  toState: ProjectState;
  at: number;
}

const TEN_AM = 10 * 3_600_000;

/**
 * A corrected gate date re-dates the move it dated (decision 090): the move into `stage` in force whose
 * day was the old date (an imported move, or one made on the day the date names) takes effect at 10:00
 * on the new day instead, kept strictly between the project's neighbouring moves so the order of its
 * stages never changes. A move made on another day than its gate date stays as it was. `events`: the
 * project's moves in force, by time.
 */
export function redatedMove(
  events: readonly DatedEvent[],
  stage: FunnelStage,
  oldDate: string,
  newDate: string,
  now: number,
): { supersedes: number; at: number } | null {
  const i = events.findIndex((e) => e.toState === stage && businessDate(e.at) === oldDate);
  if (i < 0 || oldDate === newDate) return null;
  const wanted = startOfBusinessDay(newDate).getTime() + TEN_AM;
  const original = events[i]!.at;
  const lower = i > 0 ? events[i - 1]!.at + 1 : -Infinity;
  const upper = Math.min(i + 1 < events.length ? events[i + 1]!.at - 1 : Infinity, now);
  const at = Math.min(Math.max(wanted, lower), upper);
  // Never past a neighbouring move, and never the other way from the one the date moved.
  const sameWay = wanted < original ? at < original : at > original;
  return sameWay && lower <= upper ? { supersedes: events[i]!.id, at } : null;
}
