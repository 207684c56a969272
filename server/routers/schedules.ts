import { z } from 'zod';
import { id } from '../../shared/schemas/fields';
import {
  closeChaseUpInput,
  createScheduleInput,
  issueChaseUpInput,
  overviewFilter,
  proposeInput,
  recordActualInput,
  saveTemplateInput,
  thresholdsInput,
  updateScheduleInput,
} from '../../shared/schemas/schedules';
import { closeChaseUp, deskChaseUps, issueChaseUp, projectChaseUps } from '../services/chase-ups';
import { scheduleOverview } from '../services/schedule-overview';
import { overviewWorkbook } from '../services/schedule-overview-xlsx';
import { getThresholds, saveThresholds } from '../services/schedule-settings';
import { listTemplates, saveTemplate, setTemplateActive } from '../services/schedule-templates';
import {
  createSchedule,
  getSchedule,
  proposeSchedule,
  recordActual,
  updateSchedule,
} from '../services/schedules';
import type { Db } from '../../db/client';
import type { Actor } from '../../shared/domain/permissions';
import { withObjectRelations } from '../permissions';
import { adminProcedure, objectProcedure, readProcedure, router } from '../trpc';

const byProject = z.object({ projectId: id });

/** Templates and the pro-rata thresholds: everyone reads, the admin edits. */
const templatesRouter = router({
  list: readProcedure.input(z.void()).query(({ ctx }) => listTemplates(ctx.db)),
  save: adminProcedure
    .input(saveTemplateInput)
    .mutation(({ ctx, input }) => saveTemplate(ctx.db, ctx.user, input, ctx.now())),
  setActive: adminProcedure
    .input(z.object({ id, version: z.number().int().min(1), active: z.boolean() }))
    .mutation(({ ctx, input }) => setTemplateActive(ctx.db, ctx.user, input, ctx.now())),
  thresholds: readProcedure.input(z.void()).query(({ ctx }) => getThresholds(ctx.db)),
  saveThresholds: adminProcedure
    .input(thresholdsInput)
    .mutation(({ ctx, input }) => saveThresholds(ctx.db, ctx.user, input, ctx.now())),
});

/** Each order with `rel`, the person it names counting as assignee: the client offers 办结 from the model. */
const orderRelations = <T extends { projectId: number; assigneeId: number }>(
  ctx: { db: Db; user: Actor },
  orders: T[],
) =>
  withObjectRelations(
    ctx.db,
    ctx.user,
    orders,
    (o) => o.projectId,
    (o) => o.assigneeId,
  );

/** 督办单: the project's leaders and admins issue; the person named, those leaders or an admin close. */
const chaseUpsRouter = router({
  forProject: readProcedure
    .input(byProject)
    .query(({ ctx, input }) => orderRelations(ctx, projectChaseUps(ctx.db, input.projectId, ctx.now()))),
  mine: readProcedure
    .input(z.void())
    .query(({ ctx }) => orderRelations(ctx, deskChaseUps(ctx.db, ctx.user.id, ctx.now()))),
  issue: objectProcedure('chaseUp.issue', issueChaseUpInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) => issueChaseUp(ctx.db, ctx.user, input, ctx.now())),
  close: objectProcedure('chaseUp.close', closeChaseUpInput, { kind: 'chaseUp', id: (i) => i.id }).mutation(
    ({ ctx, input }) => closeChaseUp(ctx.db, ctx.user, input, ctx.now()),
  ),
});

/** Reverse schedules (倒排工期) of major projects and the 挂图作战 overview. */
export const schedulesRouter = router({
  get: readProcedure
    .input(byProject)
    .query(({ ctx, input }) => getSchedule(ctx.db, input.projectId, ctx.now())),
  propose: readProcedure
    .input(proposeInput)
    .query(({ ctx, input }) => proposeSchedule(ctx.db, input, ctx.now())),
  create: objectProcedure('schedule.write', createScheduleInput, {
    kind: 'project',
    id: (i) => i.projectId,
  }).mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.user, input, ctx.now())),
  update: objectProcedure('schedule.write', updateScheduleInput, {
    kind: 'schedule',
    id: (i) => i.id,
  }).mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.user, input, ctx.now())),
  recordActual: objectProcedure('schedule.write', recordActualInput, {
    kind: 'milestone',
    id: (i) => i.milestoneId,
  }).mutation(({ ctx, input }) => recordActual(ctx.db, ctx.user, input, ctx.now())),
  overview: readProcedure
    .input(overviewFilter)
    .query(({ ctx, input }) => scheduleOverview(ctx.db, input, ctx.now())),
  exportOverview: readProcedure
    .input(overviewFilter)
    .mutation(({ ctx, input }) => overviewWorkbook(ctx.db, input, ctx.now())),
  templates: templatesRouter,
  chaseUps: chaseUpsRouter,
});
