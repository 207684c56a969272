import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { instructions, projects, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { isInstructionOverdue } from '../../shared/domain/leaders';
import type { instructionInput, replyInstructionInput } from '../../shared/schemas/instructions';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { appErrorWith, fieldError, notFound } from '../errors';
import { notify } from './notifications';
import { notice } from '../../shared/labels/notices';

const leader = alias(users, 'instruction_leader');
const replier = alias(users, 'instruction_replier');

/** 领导批示: only a leader who leads the project (primary or co) writes one; owners A and B are told. */
export function createInstruction(
  db: Db,
  user: SessionUser,
  input: z.output<typeof instructionInput>,
  now: number,
) {
  if (input.replyBy < businessDate(now)) throw fieldError({ replyBy: 'replyByPast' });
  return writeTransaction(db, () => {
    const p = db
      .select({
        id: projects.id,
        name: projects.name,
        ownerAId: projects.ownerAId,
        ownerBId: projects.ownerBId,
      })
      .from(projects)
      .where(eq(projects.id, input.projectId))
      .get();
    if (!p) throw notFound('project');
    const row = db
      .insert(instructions)
      .values({
        projectId: p.id,
        leaderId: user.id,
        text: input.text,
        replyBy: input.replyBy,
        status: 'pending',
        createdAt: now,
      })
      .returning({ id: instructions.id })
      .get();
    notify(db, [p.ownerAId, p.ownerBId], {
      kind: 'instruction_received',
      projectId: p.id,
      refId: row.id,
      text: notice.instructionReceived(user.displayName, p.name, input.replyBy, input.text),
      at: now,
      exceptUserId: user.id,
    });
    audit(db, {
      userId: user.id,
      action: 'instruction.create',
      entity: 'instruction',
      entityId: row.id,
      changes: input,
      at: now,
    });
    return row;
  });
}

/** Owner A or B of the project (or an admin) replies; the leader is told. */
export function replyInstruction(
  db: Db,
  user: SessionUser,
  input: z.output<typeof replyInstructionInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = db.select().from(instructions).where(eq(instructions.id, input.id)).get();
    if (!before) throw notFound('instruction');
    const p = db
      .select({ name: projects.name, ownerAId: projects.ownerAId, ownerBId: projects.ownerBId })
      .from(projects)
      .where(eq(projects.id, before.projectId))
      .get();
    if (!p) throw notFound('project');
    if (before.version !== input.version || before.status !== 'pending') {
      throw appErrorWith('CONFLICT', 'instructionChanged');
    }
    const r = db
      .update(instructions)
      .set({
        status: 'answered',
        reply: input.reply,
        repliedBy: user.id,
        repliedAt: now,
        version: before.version + 1,
      })
      .where(and(eq(instructions.id, input.id), eq(instructions.version, input.version)))
      .run();
    if (r.changes !== 1) throw appErrorWith('CONFLICT', 'instructionChanged');
    notify(db, [before.leaderId], {
      kind: 'instruction_replied',
      projectId: before.projectId,
      refId: before.id,
      text: notice.instructionReplied(user.displayName, p.name, input.reply),
      at: now,
      exceptUserId: user.id,
    });
    audit(db, {
      userId: user.id,
      action: 'instruction.reply',
      entity: 'instruction',
      entityId: input.id,
      changes: { status: [before.status, 'answered'], reply: [before.reply, input.reply] },
      at: now,
    });
    return { version: before.version + 1 };
  });
}

export function listInstructions(db: Db, projectId: number, now: number) {
  const today = businessDate(now);
  return db
    .select({
      id: instructions.id,
      leaderId: instructions.leaderId,
      leaderName: leader.displayName,
      text: instructions.text,
      replyBy: instructions.replyBy,
      status: instructions.status,
      reply: instructions.reply,
      repliedByName: replier.displayName,
      repliedAt: instructions.repliedAt,
      createdAt: instructions.createdAt,
      version: instructions.version,
    })
    .from(instructions)
    .innerJoin(leader, eq(leader.id, instructions.leaderId))
    .leftJoin(replier, eq(replier.id, instructions.repliedBy))
    .where(eq(instructions.projectId, projectId))
    .orderBy(desc(instructions.createdAt), desc(instructions.id))
    .all()
    .map((i) => ({ ...i, overdue: isInstructionOverdue(i, today) }));
}
