import type { Db } from '../../db/client';
import { stageEvents } from '../../db/schema';
import { GATE_DATE_FIELDS, type GateDateField } from '../../shared/domain/gates';
import { type DatedEvent, redatedMove, STAGE_OF_DATE } from '../../shared/domain/review/stage-dates';
import { type FunnelStage, stageIndex } from '../../shared/domain/stages';
import { redatedNote } from '../../shared/domain/system-notes';

/** The project's moves in force (not replaced by a corrected date), by time. */
function movesInForce(db: Db, projectId: number): DatedEvent[] {
  return db.$client
    .prepare(
      `select e.id, e.to_state as toState, e.at from stage_events e
       where e.project_id = ? and not exists (select 1 from stage_events s where s.supersedes_id = e.id)
       order by e.at, e.id`,
    )
    .all(projectId) as DatedEvent[];
}

/**
 * A corrected gate date of a stage the project has reached re-dates the move it dated: a new event,
 * recorded now, replaces the old one (which stays, for what was known before). Part of the project write
 * path's transaction.
 */
export function correctStageDates(
  db: Db,
  userId: number,
  before: { id: number; stage: FunnelStage } & Record<GateDateField, string | null>,
  fields: Partial<Record<GateDateField, string | null>>,
  now: number,
): void {
  for (const field of GATE_DATE_FIELDS) {
    const next = fields[field];
    const old = before[field];
    const stage = STAGE_OF_DATE[field];
    if (!next || !old || next === old || stageIndex(before.stage) < stageIndex(stage)) continue;
    const events = movesInForce(db, before.id);
    const redated = redatedMove(events, stage, old, next, now);
    if (!redated) continue;
    const original = db.$client
      .prepare('select from_state, to_state, note, drop_category from stage_events where id = ?')
      .raw()
      .get(redated.supersedes) as [string | null, string, string | null, string | null];
    db.insert(stageEvents)
      .values({
        projectId: before.id,
        fromState: original[0] as never,
        toState: original[1] as never,
        at: redated.at,
        recordedAt: now,
        byUserId: userId,
        note: redatedNote(old, next),
        dropCategory: original[3] as never,
        supersedesId: redated.supersedes,
      })
      .run();
  }
}
