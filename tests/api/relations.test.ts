import { describe, expect, it } from 'vitest';
import { leaderAssignments } from '../../db/schema';
import { offeredProblemActions } from '../../shared/domain/problems';
import { allows, REL } from '../../shared/domain/permissions';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW, TODAY } from '../helpers/time';

/**
 * Every list the client acts on carries `rel`, the caller's relation to the row's project (with the
 * assignee bit where the row names them), so the UI asks the shared model instead of guessing (issue 12).
 */
const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const ownerA = makeUser(db, { role: 'staff' });
const stranger = makeUser(db, { role: 'staff' });
const assignee = makeUser(db, { role: 'staff' });
const leading = makeUser(db, { role: 'leader' });
const otherLeader = makeUser(db, { role: 'leader' });

const p = makeProject(db, { by: ownerA, estimatedInvestment: 8000, stage: 'landed' });
db.insert(leaderAssignments)
  .values({
    projectId: p.id,
    leaderId: leading.id,
    role: 'primary',
    assignedAt: TODAY,
    assignedBy: admin.id,
    createdAt: NOW,
  })
  .run();

const problemFor = async () => {
  const a = callerFor(db, admin);
  const problem = await a.problems.create({
    projectId: p.id,
    title: '接电难',
    raisedDate: TODAY,
    ownerId: assignee.id,
  });
  await a.problems.move({ id: problem.id, version: 1, to: 'resolved', resolution: '已接电' });
  return problem.id;
};

describe('lists carry the caller’s relation', () => {
  it('problem rows: the officer is not offered 已销号, the leader is, the assignee works on it', async () => {
    const id = await problemFor();
    const rowAs = async (user: typeof admin) =>
      (await callerFor(db, user).problems.list({ projectId: p.id })).find((r) => r.id === id)!;
    expect((await rowAs(ownerA)).rel).toBe(REL.ownerA);
    expect((await rowAs(assignee)).rel).toBe(REL.assignee);
    expect((await rowAs(stranger)).rel).toBe(0);
    expect((await rowAs(leading)).rel).toBe(REL.leader);
    const owners = await rowAs(ownerA);
    expect(offeredProblemActions('staff', owners.rel, owners).moves).toEqual(['in_progress']);
    const leaders = await rowAs(leading);
    expect(offeredProblemActions('leader', leaders.rel, leaders).moves).toContain('closed');
    const others = await rowAs(otherLeader);
    expect(offeredProblemActions('leader', others.rel, others).moves).toEqual([]);
  });

  it('instructions, leadership and the desk: the viewer’s own relation', async () => {
    await callerFor(db, leading).instructions.create({
      projectId: p.id,
      text: '请加快',
      replyBy: '2026-12-31',
    });
    const [instruction] = await callerFor(db, ownerA).instructions.list({ projectId: p.id });
    expect(allows('staff', 'instruction.reply', instruction!.rel)).toBe(true);
    const [foreign] = await callerFor(db, stranger).instructions.list({ projectId: p.id });
    expect(allows('staff', 'instruction.reply', foreign!.rel)).toBe(false);

    expect((await callerFor(db, leading).leaders.forProject({ projectId: p.id })).rel).toBe(REL.leader);
    expect((await callerFor(db, stranger).leaders.forProject({ projectId: p.id })).rel).toBe(0);

    const own = await callerFor(db, leading).leaders.desk({});
    expect(own.projects.find((r) => r.id === p.id)).toMatchObject({ rel: REL.leader, resolvedProblems: 1 });
    // An officer looking at the same desk sees their own standing, which offers no 批示.
    const seen = await callerFor(db, stranger).leaders.desk({ leaderId: leading.id });
    const row = seen.projects.find((r) => r.id === p.id)!;
    expect(row.rel).toBe(0);
    expect(allows('staff', 'instruction.create', row.rel)).toBe(false);
  });
});
