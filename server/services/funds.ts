import { desc, eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { fundsInPlace, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import type { z } from 'zod';
import type { datedAmountInput } from '../../shared/schemas/project';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { fieldError, notFound } from '../errors';

/** Dated entries of money actually invested, with their sum against the agreed investment. */
export function listFunds(db: Db, projectId: number) {
  const p = db
    .select({ agreed: projects.agreedInvestment })
    .from(projects)
    .where(eq(projects.id, projectId))
    .get();
  if (!p) throw notFound('project');
  const entries = db
    .select({
      id: fundsInPlace.id,
      date: fundsInPlace.date,
      amount: fundsInPlace.amount,
      note: fundsInPlace.note,
      byName: users.displayName,
    })
    .from(fundsInPlace)
    .innerJoin(users, eq(users.id, fundsInPlace.createdBy))
    .where(eq(fundsInPlace.projectId, projectId))
    .orderBy(desc(fundsInPlace.date), desc(fundsInPlace.id))
    .all();
  const sum = entries.reduce((s, e) => s + e.amount, 0);
  return { entries, sum, agreed: p.agreed, ratio: p.agreed ? sum / p.agreed : null };
}

/** Records money in place on a date up to today; the entry and its audit row commit together. */
export function addFunds(
  db: Db,
  user: SessionUser,
  input: z.output<typeof datedAmountInput>,
  now: number,
): { id: number } {
  if (input.date > businessDate(now)) throw fieldError({ date: 'dateInFuture' });
  return writeTransaction(db, () => {
    const p = db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
    if (!p) throw notFound('project');
    const row = db
      .insert(fundsInPlace)
      .values({ ...input, createdBy: user.id, createdAt: now })
      .returning({ id: fundsInPlace.id })
      .get();
    audit(db, {
      userId: user.id,
      action: 'funds.add',
      entity: 'project',
      entityId: input.projectId,
      changes: input,
      at: now,
    });
    return row;
  });
}
