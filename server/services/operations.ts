import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { annualResults, fixedAssetEntries, productionStarts, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import type { annualResultInput, productionInput } from '../../shared/schemas/operations';
import type { datedAmountInput } from '../../shared/schemas/project';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';

/** After 建成: the project's 投产 date, fixed-asset investment counted (dated entries) and years. */
export function getOperations(db: Db, projectId: number) {
  const p = db.select({ stage: projects.stage }).from(projects).where(eq(projects.id, projectId)).get();
  if (!p) throw notFound('project');
  const production =
    db
      .select({ date: productionStarts.date, version: productionStarts.version })
      .from(productionStarts)
      .where(eq(productionStarts.projectId, projectId))
      .get() ?? null;
  const fixedAssets = db
    .select({
      id: fixedAssetEntries.id,
      date: fixedAssetEntries.date,
      amount: fixedAssetEntries.amount,
      note: fixedAssetEntries.note,
      byName: users.displayName,
    })
    .from(fixedAssetEntries)
    .innerJoin(users, eq(users.id, fixedAssetEntries.createdBy))
    .where(eq(fixedAssetEntries.projectId, projectId))
    .orderBy(desc(fixedAssetEntries.date), desc(fixedAssetEntries.id))
    .all();
  const years = db
    .select({
      year: annualResults.year,
      output: annualResults.output,
      tax: annualResults.tax,
      jobs: annualResults.jobs,
      version: annualResults.version,
    })
    .from(annualResults)
    .where(eq(annualResults.projectId, projectId))
    .orderBy(desc(annualResults.year))
    .all();
  return {
    completed: p.stage === 'completed',
    production,
    fixedAssets,
    fixedAssetSum: fixedAssets.reduce((s, e) => s + e.amount, 0),
    years,
  };
}

/** Only a completed project (建成, still on the record) has operations to record. */
function requireCompleted(db: Db, projectId: number): void {
  const p = db
    .select({ stage: projects.stage, status: projects.status })
    .from(projects)
    .where(eq(projects.id, projectId))
    .get();
  if (!p) throw notFound('project');
  if (p.stage !== 'completed' || p.status === 'dropped') throw fieldError({ projectId: 'notCompleted' });
}

function notAfterToday(date: string, now: number): void {
  if (date > businessDate(now)) throw fieldError({ date: 'dateInFuture' });
}

/** Sets or corrects the 投产 date; a correction must name the version the person saw. */
export function setProduction(
  db: Db,
  user: SessionUser,
  input: z.output<typeof productionInput>,
  now: number,
): { version: number } {
  notAfterToday(input.date, now);
  return writeTransaction(db, () => {
    requireCompleted(db, input.projectId);
    const current = db
      .select({ date: productionStarts.date, version: productionStarts.version })
      .from(productionStarts)
      .where(eq(productionStarts.projectId, input.projectId))
      .get();
    if ((current?.version ?? null) !== input.version) throw conflict('record');
    const version = (current?.version ?? 0) + 1;
    db.insert(productionStarts)
      .values({ projectId: input.projectId, date: input.date, updatedBy: user.id, updatedAt: now, version })
      .onConflictDoUpdate({
        target: productionStarts.projectId,
        set: { date: input.date, updatedBy: user.id, updatedAt: now, version },
      })
      .run();
    audit(db, {
      userId: user.id,
      action: 'operations.production',
      entity: 'project',
      entityId: input.projectId,
      changes: { productionDate: [current?.date ?? null, input.date] },
      at: now,
    });
    return { version };
  });
}

/** Records fixed-asset investment counted in the statistics on a date up to today. */
export function addFixedAsset(
  db: Db,
  user: SessionUser,
  input: z.output<typeof datedAmountInput>,
  now: number,
): { id: number } {
  notAfterToday(input.date, now);
  return writeTransaction(db, () => {
    requireCompleted(db, input.projectId);
    const row = db
      .insert(fixedAssetEntries)
      .values({ ...input, createdBy: user.id, createdAt: now })
      .returning({ id: fixedAssetEntries.id })
      .get();
    audit(db, {
      userId: user.id,
      action: 'operations.fixedAsset',
      entity: 'project',
      entityId: input.projectId,
      changes: input,
      at: now,
    });
    return row;
  });
}

/** Records or corrects one year's output, tax and jobs (a year not yet recorded has version null). */
export function setAnnualResult(
  db: Db,
  user: SessionUser,
  input: z.output<typeof annualResultInput>,
  now: number,
): { version: number } {
  if (input.year > Number(businessDate(now).slice(0, 4))) throw fieldError({ year: 'yearAhead' });
  return writeTransaction(db, () => {
    requireCompleted(db, input.projectId);
    const current = db
      .select()
      .from(annualResults)
      .where(and(eq(annualResults.projectId, input.projectId), eq(annualResults.year, input.year)))
      .get();
    const figures = { output: input.output, tax: input.tax, jobs: input.jobs };
    let version: number;
    if (!current) {
      if (input.version !== null) throw conflict('record');
      db.insert(annualResults)
        .values({
          projectId: input.projectId,
          year: input.year,
          ...figures,
          updatedBy: user.id,
          updatedAt: now,
        })
        .run();
      version = 1;
    } else {
      if (input.version === null) throw conflict('record');
      version = updateVersioned(
        db,
        annualResults,
        { id: current.id, version: input.version },
        { ...figures, updatedBy: user.id, updatedAt: now },
        'record',
      );
    }
    const changes = Object.fromEntries(
      (['output', 'tax', 'jobs'] as const)
        .filter((k) => current?.[k] !== figures[k])
        .map((k) => [k, [current?.[k] ?? null, figures[k]]]),
    );
    audit(db, {
      userId: user.id,
      action: 'operations.annual',
      entity: 'project',
      entityId: input.projectId,
      changes: { year: input.year, ...changes },
      at: now,
    });
    return { version };
  });
}
