import { and, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import {
  chaseUpOrders,
  followUps,
  leaderAssignments,
  milestones,
  projects,
  schedules,
} from '../../db/schema';
import { addBusinessDays, businessDate } from '../../shared/domain/dates';
import {
  chaseUpEscalation,
  FOLLOW_UP_CATCH_UP_DAYS,
  followUpDue,
  milestoneDue,
  type ReminderKind,
} from '../../shared/domain/reminders';
import { DUE_SOON_DAYS } from '../../shared/domain/schedule';
import { audit } from '../audit';
import { notify } from './notifications';
import { notice } from '../../shared/labels/notices';

type Reminder = {
  key: string;
  kind: ReminderKind;
  projectId: number;
  refId: number;
  text: string;
  recipients: (number | null)[];
};

function currentLeaders(db: Db): Map<number, number[]> {
  const byProject = new Map<number, number[]>();
  for (const r of db
    .select({ projectId: leaderAssignments.projectId, leaderId: leaderAssignments.leaderId })
    .from(leaderAssignments)
    .where(isNull(leaderAssignments.endedAt))
    .all())
    byProject.set(r.projectId, [...(byProject.get(r.projectId) ?? []), r.leaderId]);
  return byProject;
}

/** 督办单 that turned yellow or red: the person named, the project's leaders and the issuer. */
function chaseUpReminders(db: Db, today: string): Reminder[] {
  const leaders = currentLeaders(db);
  return db
    .select({
      id: chaseUpOrders.id,
      status: chaseUpOrders.status,
      yellowDate: chaseUpOrders.yellowDate,
      redDate: chaseUpOrders.redDate,
      dueDate: chaseUpOrders.dueDate,
      subject: chaseUpOrders.subject,
      assigneeId: chaseUpOrders.assigneeId,
      issuedBy: chaseUpOrders.issuedBy,
      projectId: chaseUpOrders.projectId,
      projectName: projects.name,
    })
    .from(chaseUpOrders)
    .innerJoin(projects, eq(projects.id, chaseUpOrders.projectId))
    .where(and(eq(chaseUpOrders.status, 'open'), lte(chaseUpOrders.yellowDate, today)))
    .all()
    .flatMap((o) => {
      const due = chaseUpEscalation(o, today);
      if (!due) return [];
      return [
        {
          key: due.key,
          kind: 'chase_up_escalated' as const,
          projectId: o.projectId,
          refId: o.id,
          text: notice.chaseUpEscalated(due.level, o.projectName, o.subject, o.dueDate),
          recipients: [o.assigneeId, ...(leaders.get(o.projectId) ?? []), o.issuedBy],
        },
      ];
    });
}

/** The latest follow-up of each active project whose 下一步日期 has come: its owners. */
function followUpReminders(db: Db, today: string): Reminder[] {
  const latest = db
    .select({
      id: followUps.id,
      projectId: followUps.projectId,
      nextDate: followUps.nextDate,
      nextStep: followUps.nextStep,
      rank: sql<number>`row_number() over (partition by ${followUps.projectId} order by ${followUps.date} desc, ${followUps.id} desc)`.as(
        'rank',
      ),
    })
    .from(followUps)
    .as('latest');
  return db
    .select({
      id: latest.id,
      nextDate: latest.nextDate,
      nextStep: latest.nextStep,
      projectId: projects.id,
      projectName: projects.name,
      ownerAId: projects.ownerAId,
      ownerBId: projects.ownerBId,
    })
    .from(latest)
    .innerJoin(projects, eq(projects.id, latest.projectId))
    .where(
      and(
        eq(latest.rank, 1),
        eq(projects.status, 'active'),
        isNotNull(latest.nextDate),
        lte(latest.nextDate, today),
        gte(latest.nextDate, addBusinessDays(today, -FOLLOW_UP_CATCH_UP_DAYS)),
      ),
    )
    .all()
    .flatMap((f) => {
      const key = followUpDue(f, today);
      if (!key || !f.nextDate) return [];
      return [
        {
          key,
          kind: 'follow_up_due' as const,
          projectId: f.projectId,
          refId: f.id,
          text: notice.followUpDue(f.projectName, f.nextStep, f.nextDate),
          recipients: [f.ownerAId, f.ownerBId],
        },
      ];
    });
}

/** Unfinished milestones of active projects planned within the next 7 days: the owners. */
function milestoneReminders(db: Db, today: string): Reminder[] {
  return db
    .select({
      id: milestones.id,
      name: milestones.name,
      plannedDate: milestones.plannedDate,
      actualDate: milestones.actualDate,
      projectId: projects.id,
      projectName: projects.name,
      ownerAId: projects.ownerAId,
      ownerBId: projects.ownerBId,
    })
    .from(milestones)
    .innerJoin(schedules, eq(schedules.id, milestones.scheduleId))
    .innerJoin(projects, eq(projects.id, schedules.projectId))
    .where(
      and(
        eq(milestones.active, true),
        isNull(milestones.actualDate),
        eq(projects.status, 'active'),
        gte(milestones.plannedDate, today),
        lte(milestones.plannedDate, addBusinessDays(today, DUE_SOON_DAYS)),
      ),
    )
    .all()
    .flatMap((m) => {
      const key = milestoneDue(m, today);
      if (!key) return [];
      return [
        {
          key,
          kind: 'milestone_due' as const,
          projectId: m.projectId,
          refId: m.id,
          text: notice.milestoneDue(m.projectName, m.name, m.plannedDate),
          recipients: [m.ownerAId, m.ownerBId],
        },
      ];
    });
}

/**
 * The daily job's work: every reminder due on the business day of `now`, sent once per person and
 * key (the unique index on notifications makes a second run, or a restart, add nothing). One audit
 * row per run that sent something, by the system.
 */
export function sendDueReminders(
  db: Db,
  now: number,
): { sent: number; byKind: Record<ReminderKind, number> } {
  const today = businessDate(now);
  return writeTransaction(db, () => {
    const reminders = [
      ...chaseUpReminders(db, today),
      ...followUpReminders(db, today),
      ...milestoneReminders(db, today),
    ];
    const byKind: Record<ReminderKind, number> = {
      chase_up_escalated: 0,
      follow_up_due: 0,
      milestone_due: 0,
    };
    for (const r of reminders)
      byKind[r.kind] += notify(db, r.recipients, { ...r, at: now, dedupeKey: r.key });
    const sent = byKind.chase_up_escalated + byKind.follow_up_due + byKind.milestone_due;
    if (sent)
      audit(db, {
        userId: null,
        action: 'notification.remind',
        entity: 'notification',
        changes: { today, ...byKind },
        at: now,
      });
    return { sent, byKind };
  });
}
