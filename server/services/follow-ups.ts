import { desc, eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { followUps, projects, users } from '../../db/schema';
import { businessDate, startOfBusinessDay } from '../../shared/domain/dates';
import type { z } from 'zod';
import type { followUpInput } from '../../shared/schemas/project';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { fieldError, notFound } from '../errors';
import { touchProjectActivity } from './project-write';

const NOON_MS = 12 * 60 * 60 * 1000;

/** A project's visits, calls and meetings, newest first. */
export function listFollowUps(db: Db, projectId: number) {
  return db
    .select({
      id: followUps.id,
      date: followUps.date,
      kind: followUps.kind,
      participants: followUps.participants,
      summary: followUps.summary,
      nextStep: followUps.nextStep,
      nextDate: followUps.nextDate,
      byName: users.displayName,
      createdAt: followUps.createdAt,
    })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.createdBy))
    .where(eq(followUps.projectId, projectId))
    .orderBy(desc(followUps.date), desc(followUps.id))
    .all();
}

/**
 * Records a visit, call or meeting; it counts as the project's latest activity (now when dated today,
 * noon that day in Shanghai when dated earlier, never moving it backwards). The follow-up, the project's
 * last activity and the audit row commit together.
 */
export function addFollowUp(
  db: Db,
  user: SessionUser,
  input: z.output<typeof followUpInput>,
  now: number,
): { id: number } {
  const today = businessDate(now);
  if (input.date > today) throw fieldError({ date: 'dateInFuture' });
  if (input.nextDate && input.nextDate < input.date) throw fieldError({ nextDate: 'nextDateBeforeDate' });
  return writeTransaction(db, () => {
    const p = db.select({ id: projects.id }).from(projects).where(eq(projects.id, input.projectId)).get();
    if (!p) throw notFound('project');
    const activityAt = input.date === today ? now : startOfBusinessDay(input.date).getTime() + NOON_MS;
    const row = db
      .insert(followUps)
      .values({ ...input, createdBy: user.id, createdAt: now })
      .returning({ id: followUps.id })
      .get();
    touchProjectActivity(db, input.projectId, activityAt);
    audit(db, {
      userId: user.id,
      action: 'followUp.add',
      entity: 'project',
      entityId: input.projectId,
      changes: input,
      at: now,
    });
    return row;
  });
}
