import { and, eq, ne } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { projects, stageEvents, users } from '../../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { z } from 'zod';
import type { createProjectInput, moveProjectInput, updateProjectInput } from '../../shared/schemas/project';
import { currentState, isRefusal, planMove } from '../../shared/domain/transitions';
import { audit, diff } from '../audit';
import { appError, conflict, fieldError, fieldMessage, notFound } from '../errors';
import { checkGateDates, checkStageGatesKept } from './project-rules';
import { recordInvestment } from './investment-history';
import { projectColumns } from './project-select';
import { syncLinkedMilestones } from './schedule-sync';

type CreateInput = z.output<typeof createProjectInput>;
type UpdateInput = z.output<typeof updateProjectInput>;
type MoveInput = z.output<typeof moveProjectInput>;

function loadProject(db: Db, id: number) {
  const p = db.select(projectColumns).from(projects).where(eq(projects.id, id)).get();
  if (!p) throw notFound('project');
  return p;
}

function checkUsersExist(db: Db, fields: { ownerAId?: number; ownerBId?: number | null }): void {
  for (const field of ['ownerAId', 'ownerBId'] as const) {
    const id = fields[field];
    if (id == null) continue;
    const u = db.select({ active: users.active }).from(users).where(eq(users.id, id)).get();
    if (!u?.active) throw fieldError({ [field]: 'personInactive' });
  }
  if (fields.ownerBId != null && fields.ownerBId === fields.ownerAId) {
    throw fieldError({ ownerBId: 'ownerBSameAsA' });
  }
}

function checkCreditCodeFree(db: Db, code: string | null | undefined, exceptId?: number): void {
  if (!code) return;
  const clash = db
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(
      exceptId
        ? and(eq(projects.creditCode, code), ne(projects.id, exceptId))
        : eq(projects.creditCode, code),
    )
    .get();
  if (clash) throw fieldError({ creditCode: fieldMessage('creditCodeTaken', { name: clash.name }) });
}

/** A new lead enters at 洽谈: the project row and its first stage event commit together. */
export function createProject(db: Db, user: SessionUser, input: CreateInput, now: number): { id: number } {
  checkGateDates(input, now);
  return writeTransaction(db, () => {
    checkUsersExist(db, input);
    checkCreditCodeFree(db, input.creditCode);
    const row = db
      .insert(projects)
      .values({
        ...input,
        stage: 'negotiating',
        status: 'active',
        stageEnteredAt: now,
        lastActivityAt: now,
        createdAt: now,
        createdBy: user.id,
        updatedAt: now,
        updatedBy: user.id,
      })
      .returning({ id: projects.id })
      .get();
    db.insert(stageEvents)
      .values({
        projectId: row.id,
        fromState: null,
        toState: 'negotiating',
        at: now,
        byUserId: user.id,
        note: '新建项目',
      })
      .run();
    recordInvestment(
      db,
      { id: row.id, createdAt: now },
      null,
      { agreedInvestment: input.agreedInvestment ?? null, estimatedInvestment: input.estimatedInvestment },
      now,
    );
    audit(db, {
      userId: user.id,
      action: 'project.create',
      entity: 'project',
      entityId: row.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

/** Saves edited fields against the version the person loaded; a stale version is a CONFLICT. */
export function updateProject(
  db: Db,
  user: SessionUser,
  input: UpdateInput,
  now: number,
): { version: number } {
  return writeTransaction(db, () => {
    const before = loadProject(db, input.id);
    if (before.version !== input.version) throw conflict('project');
    const merged = { ...before, ...input.fields };
    checkStageGatesKept(merged, before.stage);
    checkGateDates(merged, now);
    checkUsersExist(db, input.fields);
    checkCreditCodeFree(db, input.fields.creditCode, input.id);
    const changes = diff(before, input.fields);
    const result = db
      .update(projects)
      .set({ ...input.fields, updatedAt: now, updatedBy: user.id, version: before.version + 1 })
      .where(and(eq(projects.id, input.id), eq(projects.version, input.version)))
      .run();
    if (result.changes !== 1) throw conflict('project');
    recordInvestment(db, before, before, merged, now);
    syncLinkedMilestones(db, input.id, user.id, now); // a gate date edit moves its milestone's actual date
    audit(db, {
      userId: user.id,
      action: 'project.update',
      entity: 'project',
      entityId: input.id,
      changes,
      at: now,
    });
    return { version: before.version + 1 };
  });
}

/** Moves a project; the project row and its immutable stage event commit together or not at all. */
export function moveProject(db: Db, user: SessionUser, input: MoveInput, now: number): { version: number } {
  return writeTransaction(db, () => {
    const before = loadProject(db, input.id);
    if (before.version !== input.version) throw conflict('project');
    const gates = Object.fromEntries(Object.entries(input.gates ?? {}).filter(([, v]) => v != null));
    const merged = { ...before, ...gates };
    const plan = planMove(merged, input.to);
    if (isRefusal(plan)) throw appError(plan.code);
    if (plan.missing.length)
      throw fieldError(Object.fromEntries(plan.missing.map((f) => [f, 'requiredForStage'])));
    if (plan.needsReason && !input.note) throw fieldError({ note: 'reasonRequired' });
    if (plan.needsDropCategory && !input.dropCategory)
      throw fieldError({ dropCategory: 'dropCategoryRequired' });
    checkGateDates(merged, now);
    checkCreditCodeFree(db, merged.creditCode, input.id);

    const set = {
      ...gates,
      stage: plan.stage,
      status: plan.status,
      holdReason: plan.kind === 'hold' ? input.note : plan.status === 'active' ? null : before.holdReason,
      dropCategory:
        plan.kind === 'drop' ? input.dropCategory : plan.status === 'active' ? null : before.dropCategory,
      dropNote: plan.kind === 'drop' ? input.note : plan.status === 'active' ? null : before.dropNote,
      stageEnteredAt: plan.stage !== before.stage ? now : before.stageEnteredAt,
      lastActivityAt: now,
      updatedAt: now,
      updatedBy: user.id,
      version: before.version + 1,
    };
    const result = db
      .update(projects)
      .set(set)
      .where(and(eq(projects.id, input.id), eq(projects.version, input.version)))
      .run();
    if (result.changes !== 1) throw conflict('project');
    recordInvestment(db, before, before, merged, now);
    db.insert(stageEvents)
      .values({
        projectId: input.id,
        fromState: currentState(before),
        toState: input.to,
        at: now,
        byUserId: user.id,
        note: input.note ?? null,
        dropCategory: plan.kind === 'drop' ? input.dropCategory : null,
      })
      .run();
    // Reaching (or leaving) a stage fills (or clears) its linked milestone's actual date: the two never disagree.
    syncLinkedMilestones(db, input.id, user.id, now);
    audit(db, {
      userId: user.id,
      action: `project.move.${plan.kind}`,
      entity: 'project',
      entityId: input.id,
      changes: diff(before, set),
      at: now,
    });
    return { version: set.version };
  });
}
