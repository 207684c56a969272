import { and, eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  chaseUpOrders,
  followUps,
  leaderAssignments,
  milestones,
  notifications,
  schedules,
} from '../../db/schema';
import { addBusinessDays } from '../../shared/domain/dates';
import { sendDueReminders } from '../../server/services/reminders';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
const ownerA = makeUser(db, { role: 'staff', displayName: '郑凯' });
const ownerB = makeUser(db, { role: 'staff', displayName: '李娜' });
const leader = makeUser(db, { role: 'leader', displayName: '王区长' });
const issuer = makeUser(db, { role: 'leader', displayName: '陈副区长' });
const day = (n: number) => addBusinessDays(TODAY, n);

/** Who was told what: "kind userId refId", sorted. */
function told(): string[] {
  return db
    .select({ kind: notifications.kind, userId: notifications.userId, refId: notifications.refId })
    .from(notifications)
    .where(isNotNull(notifications.dedupeKey))
    .all()
    .map((n) => `${n.kind} ${n.userId} ${n.refId}`)
    .sort();
}

const ids = { milestoneDue: 0, milestoneLater: 0, order: 0, followUpDue: 0 };

beforeAll(() => {
  const major = makeProject(db, {
    by: ownerA,
    ownerBId: ownerB.id,
    estimatedInvestment: 8000,
    stage: 'landed',
  });
  db.insert(leaderAssignments)
    .values({
      projectId: major.id,
      leaderId: leader.id,
      role: 'primary',
      assignedAt: TODAY,
      assignedBy: admin.id,
      createdAt: NOW,
    })
    .run();
  const schedule = db
    .insert(schedules)
    .values({
      projectId: major.id,
      templateId: 2,
      templateVersion: 1,
      targetDate: '2027-06-30',
      createdAt: NOW,
      createdBy: ownerA.id,
      updatedAt: NOW,
      updatedBy: ownerA.id,
    })
    .returning()
    .get();
  const milestone = (position: number, plannedDate: string, extra: object = {}) =>
    db
      .insert(milestones)
      .values({
        scheduleId: schedule.id,
        position,
        name: `节点${position}`,
        plannedDate,
        updatedAt: NOW,
        updatedBy: ownerA.id,
        ...extra,
      })
      .returning()
      .get().id;
  ids.milestoneDue = milestone(1, day(3));
  ids.milestoneLater = milestone(2, day(10));
  milestone(3, day(2), { actualDate: TODAY }); // done
  milestone(4, day(1), { active: false }); // removed from the plan
  milestone(5, day(-1)); // overdue: the light and the chase-up say so, not a due-soon reminder

  const order = (status: 'open' | 'closed', yellowDate: string, redDate: string) =>
    db
      .insert(chaseUpOrders)
      .values({
        projectId: major.id,
        subject: '完成施工图审查',
        assigneeId: ownerA.id,
        dueDate: day(5),
        yellowDate,
        redDate,
        status,
        issuedBy: issuer.id,
        issuedAt: NOW - 10 * DAY_MS,
      })
      .returning()
      .get().id;
  ids.order = order('open', day(-1), day(2));
  order('closed', day(-3), day(-1));
  order('open', day(1), day(4)); // still blue

  const followUp = (projectId: number, date: string, nextDate: string | null) =>
    db
      .insert(followUps)
      .values({
        projectId,
        date,
        kind: 'visit',
        summary: '上门拜访',
        nextStep: '报送方案',
        nextDate,
        createdBy: ownerA.id,
        createdAt: NOW,
      })
      .returning()
      .get().id;
  // Superseded: a newer follow-up plans a later next step.
  const replanned = makeProject(db, { by: ownerA });
  followUp(replanned.id, day(-10), day(-1));
  followUp(replanned.id, day(-2), day(5));
  // Due today, owners A and B.
  const due = makeProject(db, { by: ownerA, ownerBId: ownerB.id });
  ids.followUpDue = followUp(due.id, day(-5), TODAY);
  // Stale (a month ago) and on a held project: nobody is chased.
  followUp(makeProject(db, { by: ownerA }).id, day(-40), day(-30));
  followUp(makeProject(db, { by: ownerA, status: 'on_hold' }).id, day(-5), TODAY);
});

describe('the daily reminders (issue 16)', () => {
  it('chase the people each fact concerns, once', () => {
    const first = sendDueReminders(db, NOW);
    expect(first.byKind).toEqual({ chase_up_escalated: 3, follow_up_due: 2, milestone_due: 2 });
    expect(told()).toEqual(
      [
        `chase_up_escalated ${ownerA.id} ${ids.order}`,
        `chase_up_escalated ${leader.id} ${ids.order}`,
        `chase_up_escalated ${issuer.id} ${ids.order}`,
        `follow_up_due ${ownerA.id} ${ids.followUpDue}`,
        `follow_up_due ${ownerB.id} ${ids.followUpDue}`,
        `milestone_due ${ownerA.id} ${ids.milestoneDue}`,
        `milestone_due ${ownerB.id} ${ids.milestoneDue}`,
      ].sort(),
    );
    const text = db
      .select({ text: notifications.text })
      .from(notifications)
      .where(eq(notifications.kind, 'chase_up_escalated'))
      .get()!.text;
    expect(text).toContain('督办单升级为黄色');
    // Dates read as the pages write them (2026年12月14日), not as stored (2026-12-14).
    const texts = db
      .select({ text: notifications.text })
      .from(notifications)
      .all()
      .map((n) => n.text);
    for (const kind of ['督办单升级为', '下一步到期：', '节点临近：']) {
      const sentence = texts.find((x) => x.startsWith(kind))!;
      expect(sentence).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(sentence).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }

    // A second run the same day (a restart) adds nothing and records nothing.
    const audits = () => db.select().from(auditLog).where(eq(auditLog.action, 'notification.remind')).all();
    expect(audits()).toHaveLength(1);
    expect(audits()[0]).toMatchObject({ userId: null, entity: 'notification' });
    expect(sendDueReminders(db, NOW + 60_000).sent).toBe(0);
    expect(audits()).toHaveLength(1);
  });

  it('announce a chase-up again when it turns red, and a milestone again when it is re-planned', () => {
    const before = told().length;
    // Three days on: the first order is red, the blue one yellow; the next milestone enters its last 7 days.
    const later = sendDueReminders(db, NOW + 3 * DAY_MS);
    expect(later.byKind).toEqual({ chase_up_escalated: 6, follow_up_due: 0, milestone_due: 2 });
    const red = db
      .select({ text: notifications.text })
      .from(notifications)
      .where(
        and(
          eq(notifications.kind, 'chase_up_escalated'),
          eq(notifications.dedupeKey, `chase-up:${ids.order}:red`),
        ),
      )
      .all();
    expect(red).toHaveLength(3);
    expect(red[0]!.text).toContain('督办单升级为红色');
    expect(
      told().filter((t) => t.startsWith('milestone_due') && t.endsWith(` ${ids.milestoneLater}`)),
    ).toHaveLength(2);

    // The due milestone moves to a new date within the week: its owners are told again.
    db.update(milestones)
      .set({ plannedDate: day(6) })
      .where(eq(milestones.id, ids.milestoneDue))
      .run();
    expect(sendDueReminders(db, NOW + 3 * DAY_MS).byKind.milestone_due).toBe(2);
    expect(told().length).toBe(before + 6 + 2 + 2);
  });

  it('leave a closed order and a finished milestone alone', () => {
    db.update(chaseUpOrders).set({ status: 'closed' }).run();
    db.update(milestones).set({ actualDate: TODAY }).run();
    expect(sendDueReminders(db, NOW + 20 * DAY_MS).sent).toBe(0);
  });
});
