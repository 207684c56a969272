import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { milestones, projects, schedules, scheduleTemplates, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { isMajor, totalInvestment } from '../../shared/domain/money';
import {
  firstOutOfOrder,
  milestoneStatus,
  planBackward,
  projectLight,
  proRataProgress,
  type Light,
  type ProRataThresholds,
} from '../../shared/domain/schedule';
import type {
  createScheduleInput,
  recordActualInput,
  updateScheduleInput,
} from '../../shared/schemas/schedules';
import type { SessionUser } from '../auth/sessions';
import { audit, diff } from '../audit';
import { appErrorWith, conflict, fieldError, fieldMessage, notFound } from '../errors';
import { getThresholds } from './schedule-settings';
import { linkedActualDate, syncLinkedMilestones } from './schedule-sync';
import { stepsOf } from './schedule-templates';

type CreateInput = z.output<typeof createScheduleInput>;
type UpdateInput = z.output<typeof updateScheduleInput>;
type RecordInput = z.output<typeof recordActualInput>;
type MilestoneIn = CreateInput['milestones'][number];

const projectFacts = {
  id: projects.id,
  name: projects.name,
  stage: projects.stage,
  status: projects.status,
  estimatedInvestment: projects.estimatedInvestment,
  agreedInvestment: projects.agreedInvestment,
  signingDate: projects.signingDate,
  landingDate: projects.landingDate,
  startDate: projects.startDate,
  completionDate: projects.completionDate,
  version: projects.version,
};

function loadFacts(db: Db, projectId: number) {
  const p = db.select(projectFacts).from(projects).where(eq(projects.id, projectId)).get();
  if (!p) throw notFound('project');
  return p;
}

const milestoneColumns = {
  id: milestones.id,
  scheduleId: milestones.scheduleId,
  position: milestones.position,
  name: milestones.name,
  plannedDate: milestones.plannedDate,
  actualDate: milestones.actualDate,
  note: milestones.note,
  linkedStage: milestones.linkedStage,
  version: milestones.version,
};

/** A milestone as the audit trail shows a plan. */
const planShape = (m: {
  name: string;
  plannedDate: string;
  actualDate: string | null;
  linkedStage: string | null;
  note: string | null;
}) => ({
  name: m.name,
  plannedDate: m.plannedDate,
  actualDate: m.actualDate,
  linkedStage: m.linkedStage,
  note: m.note,
});

function activeMilestones(db: Db, scheduleId: number) {
  return db
    .select(milestoneColumns)
    .from(milestones)
    .where(and(eq(milestones.scheduleId, scheduleId), eq(milestones.active, true)))
    .orderBy(asc(milestones.position))
    .all();
}

/** The schedule's figures on `today`: each milestone's status, the light, the pro-rata progress. */
export function scheduleFigures(
  ms: readonly { plannedDate: string; actualDate: string | null }[],
  today: string,
  thresholds: ProRataThresholds,
) {
  return { light: projectLight(ms, today), proRata: proRataProgress(ms, today, thresholds) };
}

/** A plan proposed backward from the target; linked milestones already reached carry the project's dates. */
export function proposeSchedule(
  db: Db,
  input: { projectId: number; templateId: number; targetDate: string },
  now: number,
) {
  const today = businessDate(now);
  const p = loadFacts(db, input.projectId);
  const t = db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, input.templateId)).get();
  if (!t?.active) throw fieldError({ templateId: 'templateInactive' });
  const plan = planBackward(stepsOf(db, t.id, t.version), input.targetDate, today);
  return {
    templateVersion: t.version,
    targetInPast: plan.targetInPast,
    shortByDays: plan.shortByDays,
    major: isMajor(p),
    milestones: plan.milestones.map((m) => ({
      ...m,
      actualDate: m.linkedStage ? linkedActualDate(p, m.linkedStage) : null,
    })),
  };
}

/** The project's schedule with every figure the tab shows, or null when it has none yet. */
export function getSchedule(db: Db, projectId: number, now: number) {
  const today = businessDate(now);
  const p = loadFacts(db, projectId);
  const s = db
    .select({
      id: schedules.id,
      templateId: schedules.templateId,
      templateVersion: schedules.templateVersion,
      templateName: scheduleTemplates.name,
      targetDate: schedules.targetDate,
      reason: schedules.reason,
      createdAt: schedules.createdAt,
      createdByName: users.displayName,
      updatedAt: schedules.updatedAt,
      version: schedules.version,
    })
    .from(schedules)
    .innerJoin(scheduleTemplates, eq(scheduleTemplates.id, schedules.templateId))
    .innerJoin(users, eq(users.id, schedules.createdBy))
    .where(eq(schedules.projectId, projectId))
    .get();
  const thresholds = getThresholds(db);
  const project = {
    id: p.id,
    name: p.name,
    stage: p.stage,
    status: p.status,
    version: p.version,
    major: isMajor(p),
    totalInvestment: totalInvestment(p),
  };
  if (!s) return { today, project, thresholds, schedule: null };
  const ms = activeMilestones(db, s.id).map((m) => ({ ...m, status: milestoneStatus(m, today) }));
  return {
    today,
    project,
    thresholds,
    schedule: { ...s, milestones: ms, ...scheduleFigures(ms, today, thresholds) },
  };
}

/** Checks a milestone list; throws a field error naming the milestone's row. Returns nothing on success. */
function checkMilestones(list: readonly MilestoneIn[], targetDate: string, today: string): void {
  const bad = firstOutOfOrder(list.map((m) => m.plannedDate));
  if (bad >= 0) {
    throw fieldError({
      [`milestones.${bad}.plannedDate`]: fieldMessage('milestoneOutOfOrder', { name: list[bad]?.name ?? '' }),
    });
  }
  const seen = new Set<string>();
  list.forEach((m, i) => {
    if (m.plannedDate > targetDate)
      throw fieldError({
        [`milestones.${i}.plannedDate`]: fieldMessage('milestoneAfterTarget', { name: m.name }),
      });
    if (m.actualDate && m.actualDate > today)
      throw fieldError({
        [`milestones.${i}.actualDate`]: fieldMessage('milestoneActualInFuture', { name: m.name }),
      });
    if (m.linkedStage) {
      if (seen.has(m.linkedStage))
        throw fieldError({
          [`milestones.${i}.linkedStage`]: fieldMessage('oneMilestonePerStage', { stage: m.linkedStage }),
        });
      seen.add(m.linkedStage);
    }
  });
}

function checkEligible(p: ReturnType<typeof loadFacts>, reason: string | null | undefined): void {
  if (p.status === 'dropped') throw fieldError({ projectId: 'projectDroppedNoSchedule' });
  if (!isMajor(p) && !reason) {
    throw fieldError({ reason: 'notMajorNeedsReason' });
  }
}

function insertMilestones(
  db: Db,
  scheduleId: number,
  list: readonly (MilestoneIn & { position: number })[],
  userId: number,
  now: number,
): void {
  if (!list.length) return;
  db.insert(milestones)
    .values(
      list.map((m) => ({
        scheduleId,
        position: m.position,
        name: m.name,
        plannedDate: m.plannedDate,
        // A linked milestone's actual date comes from the project (syncLinkedMilestones).
        actualDate: m.linkedStage ? null : (m.actualDate ?? null),
        note: m.note ?? null,
        linkedStage: m.linkedStage,
        updatedAt: now,
        updatedBy: userId,
      })),
    )
    .run();
}

export function createSchedule(
  db: Db,
  user: SessionUser,
  input: CreateInput,
  now: number,
): { id: number; version: number } {
  const today = businessDate(now);
  if (input.targetDate < today) throw fieldError({ targetDate: 'targetDatePast' });
  checkMilestones(input.milestones, input.targetDate, today);
  return writeTransaction(db, () => {
    const p = loadFacts(db, input.projectId);
    checkEligible(p, input.reason);
    const existing = db
      .select({ id: schedules.id })
      .from(schedules)
      .where(eq(schedules.projectId, p.id))
      .get();
    if (existing) throw appErrorWith('CONFLICT', 'scheduleExists');
    const t = db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, input.templateId)).get();
    if (!t?.active) throw fieldError({ templateId: 'templateInactive' });
    const row = db
      .insert(schedules)
      .values({
        projectId: p.id,
        templateId: t.id,
        templateVersion: t.version,
        targetDate: input.targetDate,
        reason: isMajor(p) ? null : (input.reason ?? null),
        createdAt: now,
        createdBy: user.id,
        updatedAt: now,
        updatedBy: user.id,
      })
      .returning({ id: schedules.id, version: schedules.version })
      .get();
    insertMilestones(
      db,
      row.id,
      input.milestones.map((m, position) => ({ ...m, position })),
      user.id,
      now,
    );
    syncLinkedMilestones(db, p.id, user.id, now);
    audit(db, {
      userId: user.id,
      action: 'schedule.create',
      entity: 'project',
      entityId: p.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

/**
 * Saves the plan as the person edited it: dates, names, order, added and removed milestones. Removed
 * milestones are deactivated (a chase-up order may point at one). Actual dates of kept milestones are
 * recorded with recordActual, not here.
 */
export function updateSchedule(
  db: Db,
  user: SessionUser,
  input: UpdateInput,
  now: number,
): { version: number } {
  const today = businessDate(now);
  return writeTransaction(db, () => {
    const s = db.select().from(schedules).where(eq(schedules.id, input.id)).get();
    if (!s) throw notFound('schedule');
    if (s.version !== input.version) throw conflict('schedule');
    if (input.targetDate !== s.targetDate && input.targetDate < today)
      throw fieldError({ targetDate: 'targetDatePast' });
    const p = loadFacts(db, s.projectId);
    checkEligible(p, input.reason ?? s.reason);
    const current = activeMilestones(db, s.id);
    const byId = new Map(current.map((m) => [m.id, m]));
    // Kept milestones keep their recorded actual dates; check the plan with them.
    const merged = input.milestones.map((m) => {
      if (m.id === undefined) return m;
      const old = byId.get(m.id);
      if (!old) throw fieldError({ milestones: 'milestoneNotInSchedule' });
      return { ...m, actualDate: old.actualDate };
    });
    checkMilestones(merged, input.targetDate, today);
    const keep = new Set(input.milestones.flatMap((m) => (m.id === undefined ? [] : [m.id])));
    for (const old of current) {
      if (!keep.has(old.id)) {
        db.update(milestones)
          .set({ active: false, updatedAt: now, updatedBy: user.id, version: old.version + 1 })
          .where(eq(milestones.id, old.id))
          .run();
      }
    }
    merged.forEach((m, position) => {
      if (m.id === undefined) {
        insertMilestones(db, s.id, [{ ...m, position }], user.id, now);
        return;
      }
      const old = byId.get(m.id);
      if (!old) return;
      const changed =
        old.position !== position ||
        old.name !== m.name ||
        old.plannedDate !== m.plannedDate ||
        old.linkedStage !== m.linkedStage ||
        old.note !== (m.note ?? null);
      if (!changed) return;
      db.update(milestones)
        .set({
          position,
          name: m.name,
          plannedDate: m.plannedDate,
          linkedStage: m.linkedStage,
          note: m.note ?? null,
          updatedAt: now,
          updatedBy: user.id,
          version: old.version + 1,
        })
        .where(eq(milestones.id, m.id))
        .run();
    });
    const version = s.version + 1;
    const reason = isMajor(p) ? null : (input.reason ?? s.reason);
    db.update(schedules)
      .set({ targetDate: input.targetDate, reason, updatedAt: now, updatedBy: user.id, version })
      .where(eq(schedules.id, s.id))
      .run();
    syncLinkedMilestones(db, p.id, user.id, now);
    // Before/after of what the person sees: the target, the reason, the plan as a whole.
    const changes = diff(
      { targetDate: s.targetDate, reason: s.reason },
      { targetDate: input.targetDate, reason },
    );
    const planBefore = current.map(planShape);
    const planAfter = activeMilestones(db, s.id).map(planShape);
    if (JSON.stringify(planBefore) !== JSON.stringify(planAfter))
      changes.milestones = [planBefore, planAfter];
    audit(db, {
      userId: user.id,
      action: 'schedule.update',
      entity: 'project',
      entityId: p.id,
      changes,
      at: now,
    });
    return { version };
  });
}

/**
 * Records a milestone's actual date and note. A stage-linked milestone takes its date from the funnel:
 * before the project reaches that stage the person is sent to the stage move, after it the date must
 * be the project's own gate date.
 */
export function recordActual(
  db: Db,
  user: SessionUser,
  input: RecordInput,
  now: number,
): { version: number } {
  const today = businessDate(now);
  if (input.actualDate && input.actualDate > today) throw fieldError({ actualDate: 'actualDateInFuture' });
  return writeTransaction(db, () => {
    const m = db
      .select({ ...milestoneColumns, active: milestones.active, projectId: schedules.projectId })
      .from(milestones)
      .innerJoin(schedules, eq(schedules.id, milestones.scheduleId))
      .where(eq(milestones.id, input.milestoneId))
      .get();
    if (!m?.active) throw notFound('milestone');
    if (m.version !== input.version) throw conflict('milestone');
    const actualDate = input.actualDate ?? null;
    if (m.linkedStage && actualDate !== m.actualDate) {
      const p = loadFacts(db, m.projectId);
      const expected = linkedActualDate(p, m.linkedStage);
      if (expected === null) {
        throw fieldError({
          actualDate: fieldMessage('milestoneFollowsMove', { name: m.name, stage: m.linkedStage }),
        });
      }
      throw fieldError({
        actualDate: fieldMessage('milestoneDateFromProject', {
          name: m.name,
          stage: m.linkedStage,
          date: expected,
        }),
      });
    }
    const version = m.version + 1;
    db.update(milestones)
      .set({ actualDate, note: input.note ?? null, updatedAt: now, updatedBy: user.id, version })
      .where(eq(milestones.id, m.id))
      .run();
    audit(db, {
      userId: user.id,
      action: 'milestone.actual',
      entity: 'milestone',
      entityId: m.id,
      changes: {
        project: m.projectId,
        name: m.name,
        actualDate: [m.actualDate, actualDate],
        note: [m.note, input.note ?? null],
      },
      at: now,
    });
    return { version };
  });
}

/**
 * The active milestones of each of these projects that has a schedule (a schedule without milestones
 * maps to []; a project without one is absent). One indexed query, for the board's page and the desk.
 */
export function milestonesByProject(
  db: Db,
  projectIds: readonly number[],
): Map<number, { plannedDate: string; actualDate: string | null }[]> {
  const byProject = new Map<number, { plannedDate: string; actualDate: string | null }[]>();
  if (!projectIds.length) return byProject;
  const rows = db
    .select({
      projectId: schedules.projectId,
      plannedDate: milestones.plannedDate,
      actualDate: milestones.actualDate,
    })
    .from(schedules)
    .leftJoin(milestones, and(eq(milestones.scheduleId, schedules.id), eq(milestones.active, true)))
    .where(inArray(schedules.projectId, [...projectIds]))
    .all();
  for (const r of rows) {
    const list = byProject.get(r.projectId) ?? [];
    if (r.plannedDate) list.push({ plannedDate: r.plannedDate, actualDate: r.actualDate });
    byProject.set(r.projectId, list);
  }
  return byProject;
}

/**
 * A project's active milestones as a JSON array of [planned, actual] in a query over `projects`, null
 * when it has no schedule: the board reads them with its cards and turns them into the light below.
 */
export const milestonesJsonSql = sql<
  string | null
>`(select json_group_array(json_array(m.planned_date, m.actual_date)) from ${schedules} s left join ${milestones} m on m.schedule_id = s.id and m.active = 1 where s.project_id = ${projects.id} having count(s.id) > 0)`;

/** The light of `milestonesJsonSql`'s value: null without a schedule, as scheduleLights. */
export function scheduleLightOf(json: string | null, today: string): Light | null {
  if (json === null) return null;
  const ms = (JSON.parse(json) as [string | null, string | null][])
    .filter((m): m is [string, string | null] => m[0] !== null)
    .map(([plannedDate, actualDate]) => ({ plannedDate, actualDate }));
  return projectLight(ms, today);
}
