import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { milestones, projects, schedules } from '../../db/schema';
import { STAGE_DATE_FIELD, isLinkableStage } from '../../shared/domain/schedule/templates';
import { type FunnelStage, stageIndex } from '../../shared/domain/stages';
import { audit } from '../audit';

type GateDates = {
  stage: FunnelStage;
  signingDate: string | null;
  landingDate: string | null;
  startDate: string | null;
  completionDate: string | null;
};

/**
 * The actual date a stage-linked milestone must carry: the project's gate date once the project has
 * reached that stage, none before. This single rule is why the funnel and the schedule never disagree.
 */
export function linkedActualDate(p: GateDates, linkedStage: FunnelStage): string | null {
  if (!isLinkableStage(linkedStage)) return null;
  return stageIndex(p.stage) >= stageIndex(linkedStage) ? p[STAGE_DATE_FIELD[linkedStage]] : null;
}

const gateDatesOf = preparedOnce((db) =>
  db
    .select({
      stage: projects.stage,
      signingDate: projects.signingDate,
      landingDate: projects.landingDate,
      startDate: projects.startDate,
      completionDate: projects.completionDate,
    })
    .from(projects)
    .where(eq(projects.id, sql.placeholder('projectId')))
    .prepare(),
);

const linkedMilestonesOf = preparedOnce((db) =>
  db
    .select({
      id: milestones.id,
      name: milestones.name,
      actualDate: milestones.actualDate,
      linkedStage: milestones.linkedStage,
      version: milestones.version,
    })
    .from(milestones)
    .innerJoin(schedules, eq(schedules.id, milestones.scheduleId))
    .where(
      and(
        eq(schedules.projectId, sql.placeholder('projectId')),
        eq(milestones.active, true),
        isNotNull(milestones.linkedStage),
      ),
    )
    .prepare(),
);

/**
 * Brings the project's stage-linked milestones in line with its stage and gate dates. Call inside the
 * transaction that changed the project (a stage move, an edit of a gate date) or the schedule.
 */
export function syncLinkedMilestones(db: Db, projectId: number, userId: number, now: number): void {
  const p = gateDatesOf(db).get({ projectId });
  if (!p) return;
  const linked = linkedMilestonesOf(db).all({ projectId });
  for (const m of linked) {
    if (!m.linkedStage) continue;
    const expected = linkedActualDate(p, m.linkedStage);
    if (m.actualDate === expected) continue;
    db.update(milestones)
      .set({ actualDate: expected, updatedAt: now, updatedBy: userId, version: m.version + 1 })
      .where(eq(milestones.id, m.id))
      .run();
    audit(db, {
      userId,
      action: 'milestone.syncStage',
      entity: 'milestone',
      entityId: m.id,
      changes: { project: projectId, name: m.name, actualDate: [m.actualDate, expected] },
      at: now,
    });
  }
}
