import { alias } from 'drizzle-orm/sqlite-core';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects, stageEvents, units, users } from '../../db/schema';
import { isMajor, totalInvestment } from '../../shared/domain/money';
import { daysSinceActivity, isStalled } from '../../shared/domain/stall';
import {
  createProjectInput,
  moveProjectInput,
  offFunnelListInput,
  pendingFactsListInput,
  updateProjectInput,
} from '../../shared/schemas/project';
import { notFound } from '../errors';
import { textSearch } from '../services/board';
import { gateColumns, projectColumns, projectAmountSql } from '../services/project-select';
import { pendingFactsList } from '../services/pending-facts';
import { createProject, moveProject, updateProject } from '../services/projects';
import { stallDaysAt } from '../services/stall-settings';
import { actionProcedure, objectProcedure, readProcedure, router } from '../trpc';
import { amountsChanged, ownersChanged, relationTo } from '../permissions';

const ownerA = alias(users, 'owner_a');
const ownerB = alias(users, 'owner_b');
const byId = z.object({ id: z.number().int().positive() });

export const projectsRouter = router({
  get: readProcedure.input(byId).query(({ ctx, input }) => {
    const row = ctx.db
      .select({
        ...projectColumns,
        ownerAName: ownerA.displayName,
        ownerBName: ownerB.displayName,
        unitName: units.name,
      })
      .from(projects)
      .innerJoin(ownerA, eq(ownerA.id, projects.ownerAId))
      .leftJoin(ownerB, eq(ownerB.id, projects.ownerBId))
      .leftJoin(units, eq(units.id, projects.unitId))
      .where(eq(projects.id, input.id))
      .get();
    if (!row) throw notFound('project');
    const now = ctx.now();
    return {
      ...row,
      totalInvestment: totalInvestment(row),
      major: isMajor(row),
      daysSinceActivity: daysSinceActivity(row.lastActivityAt, now),
      daysInStage: daysSinceActivity(row.stageEnteredAt, now),
      stalled: isStalled(row, now, stallDaysAt(ctx.db)),
      /** The caller's relation to the project: the page asks the shared permission model with it. */
      rel: relationTo(ctx.db, ctx.user, row.id),
    };
  }),

  /** The gate fields, for the move dialog: a board card carries only what it shows. */
  gates: readProcedure.input(byId).query(({ ctx, input }) => {
    const row = ctx.db.select(gateColumns).from(projects).where(eq(projects.id, input.id)).get();
    if (!row) throw notFound('project');
    return row;
  }),

  /** The stage history, oldest first: who moved it, when, from where to where, and why. */
  history: readProcedure.input(byId).query(({ ctx, input }) => {
    const exists = ctx.db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.id)).get();
    if (!exists) throw notFound('project');
    return ctx.db
      .select({
        id: stageEvents.id,
        fromState: stageEvents.fromState,
        toState: stageEvents.toState,
        at: stageEvents.at,
        note: stageEvents.note,
        dropCategory: stageEvents.dropCategory,
        byName: users.displayName,
      })
      .from(stageEvents)
      .innerJoin(users, eq(users.id, stageEvents.byUserId))
      .where(eq(stageEvents.projectId, input.id))
      .orderBy(stageEvents.at, stageEvents.id)
      .all();
  }),

  create: actionProcedure('project.create')
    .input(createProjectInput)
    .mutation(({ ctx, input }) => createProject(ctx.db, ctx.user, input, ctx.now())),
  /** Owners and amounts are asked for on top of the edit: a leader edits but changes neither. */
  update: objectProcedure('project.edit', updateProjectInput, {
    kind: 'project',
    id: (i) => i.id,
    more: (i, o) => [
      ownersChanged(i.fields, o) && 'project.changeOwner',
      amountsChanged(i.fields, o) && 'project.changeAmounts',
    ],
  }).mutation(({ ctx, input }) => updateProject(ctx.db, ctx.user, input, ctx.now())),
  /** A move that sets the agreed investment (into 引进) changes an amount. */
  move: objectProcedure('project.move', moveProjectInput, {
    kind: 'project',
    id: (i) => i.id,
    more: (i, o) => [amountsChanged(i.gates ?? {}, o) && 'project.changeAmounts'],
  }).mutation(({ ctx, input }) => moveProject(ctx.db, ctx.user, input, ctx.now())),

  /** 暂缓 and 终止 projects, off the board, most recently changed first. */
  offFunnel: readProcedure.input(offFunnelListInput).query(({ ctx, input }) => {
    return ctx.db
      .select({
        id: projects.id,
        name: projects.name,
        investor: projects.investor,
        industry: projects.industry,
        stage: projects.stage,
        status: projects.status,
        amount: projectAmountSql,
        holdReason: projects.holdReason,
        dropCategory: projects.dropCategory,
        dropNote: projects.dropNote,
        ownerName: ownerA.displayName,
        updatedAt: projects.updatedAt,
        version: projects.version,
      })
      .from(projects)
      .innerJoin(ownerA, eq(ownerA.id, projects.ownerAId))
      .where(
        and(
          eq(projects.status, input.status),
          // The board's search: name, investor, registered entity, contacts.
          input.q ? textSearch(input.q) : undefined,
        ),
      )
      .orderBy(desc(projects.updatedAt))
      .limit(500)
      .all();
  }),

  /** 资料待补: projects imported without facts their stage needs, with what each lacks. */
  pendingFacts: readProcedure
    .input(pendingFactsListInput)
    .query(({ ctx, input }) => pendingFactsList(ctx.db, input)),
});
