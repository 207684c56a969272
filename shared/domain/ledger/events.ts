import type { DropCategory } from '../catalog';
import { businessDate, startOfBusinessDay } from '../dates';
import type { GateDateField } from '../gates';
import {
  FUNNEL_STAGES,
  type FunnelStage,
  type ProjectState,
  type ProjectStatus,
  stageIndex,
} from '../stages';
import { SYSTEM_NOTES } from '../system-notes';

export interface ImportEvent {
  from: ProjectState | null;
  to: ProjectState;
  at: number;
  note: string | null;
  dropCategory: DropCategory | null;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The gate date of each stage after 洽谈. */
const GATE_OF: Record<Exclude<FunnelStage, 'negotiating'>, GateDateField> = {
  introduced: 'signingDate',
  landed: 'landingDate',
  started: 'startDate',
  completed: 'completionDate',
};

/**
 * The stage events of a project imported from the ledger, as the demo district lays them out: created
 * (09:00 on its 登记日期, or on its earliest gate date), then one forward move per stage reached, at
 * 10:00 on that stage's gate date (a stage without a date in the sheet shares the next known one), and
 * for a 暂缓/终止 row a final move at the import instant with the sheet's reason. Never after `now`,
 * strictly increasing, so the funnel of any past day rebuilt from events matches the sheet's dates.
 */
export function planImportEvents(input: {
  stage: FunnelStage;
  status: ProjectStatus;
  dates: Partial<Record<GateDateField | 'createdDate', string | null>>;
  offReason: string | null;
  dropCategory: DropCategory | null;
  now: number;
}): { events: ImportEvent[]; createdAt: number; stageEnteredAt: number; lastActivityAt: number } {
  const { stage, status, dates, now } = input;
  const reached = FUNNEL_STAGES.slice(1, stageIndex(stage) + 1) as Exclude<FunnelStage, 'negotiating'>[];
  const gateDay = reached.map((s) => dates[GATE_OF[s]] ?? null);
  // A reached stage with no date takes the next known date (or today): its move happened by then.
  for (let i = gateDay.length - 1; i >= 0; i--) gateDay[i] ??= gateDay[i + 1] ?? businessDate(now);
  const known = [dates.createdDate, ...gateDay].filter((d): d is string => !!d).sort();
  const createdDay = known[0] ?? null;

  const at = (day: string, hour: number) => startOfBusinessDay(day).getTime() + hour * HOUR;
  const events: ImportEvent[] = [];
  let last = -Infinity;
  const push = (e: Omit<ImportEvent, 'at'>, wanted: number) => {
    const t = Math.min(Math.max(wanted, last + MINUTE), now);
    last = Math.max(t, last + 1);
    events.push({ ...e, at: last });
  };
  push(
    { from: null, to: 'negotiating', note: SYSTEM_NOTES.importedNew, dropCategory: null },
    createdDay ? at(createdDay, 9) : now,
  );
  reached.forEach((to, i) => {
    push(
      { from: FUNNEL_STAGES[i] ?? 'negotiating', to, note: SYSTEM_NOTES.imported, dropCategory: null },
      at(gateDay[i] ?? businessDate(now), 10),
    );
  });
  const stageEnteredAt = last;
  if (status !== 'active') {
    push(
      {
        from: stage,
        to: status,
        note: input.offReason,
        dropCategory: status === 'dropped' ? (input.dropCategory ?? 'other') : null,
      },
      now,
    );
  }
  return { events, createdAt: events[0]?.at ?? now, stageEnteredAt, lastActivityAt: last };
}
