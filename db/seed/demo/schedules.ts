/**
 * 倒排工期 for the demo district, written after the projects and leaders: most signed major projects
 * get a schedule from the construction or building template, consistent with their stage and gate
 * dates (a stage-linked milestone's actual date is the project's gate date). The mix is realistic:
 * green ones on track, yellow ones with a milestone due this week or done late, red ones overdue; a
 * few stay unscheduled (未编排工期), and two red projects carry open chase-up orders.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { addBusinessDays } from '../../../shared/domain/dates';
import { isMajor } from '../../../shared/domain/money';
import { daysBetween } from '../../../shared/domain/schedule/plan';
import { projectLight } from '../../../shared/domain/schedule/status';
import { DEFAULT_TEMPLATES, STAGE_DATE_FIELD } from '../../../shared/domain/schedule/templates';
import { stageIndex } from '../../../shared/domain/stages';
import { type Db, writeTransaction } from '../../client';
import {
  chaseUpOrders,
  leaderAssignments,
  milestones,
  notifications,
  projects,
  schedules,
  scheduleTemplates,
  users,
} from '../../schema';
import type { DemoCalendar } from './calendar';
import { Rng } from './random';
import { notice } from '../../../shared/labels/notices';

type Outcome = 'green' | 'yellow_soon' | 'yellow_late' | 'red';
const BUILDING_INDUSTRIES = new Set(['finance', 'commerce', 'business_services', 'culture_tourism']);

export function seedSchedules(db: Db, cal: DemoCalendar): { schedules: number; chaseUps: number } {
  const rng = Rng.fromText('南关区倒排工期');
  const today = cal.today;
  const templates = db
    .select({ id: scheduleTemplates.id, kind: scheduleTemplates.kind, version: scheduleTemplates.version })
    .from(scheduleTemplates)
    .all();
  const templateOf = (kind: 'construction' | 'building') => templates.find((t) => t.kind === kind);
  const candidates = db
    .select({
      id: projects.id,
      name: projects.name,
      industry: projects.industry,
      channel: projects.channel,
      stage: projects.stage,
      status: projects.status,
      estimatedInvestment: projects.estimatedInvestment,
      agreedInvestment: projects.agreedInvestment,
      signingDate: projects.signingDate,
      landingDate: projects.landingDate,
      startDate: projects.startDate,
      completionDate: projects.completionDate,
      ownerAId: projects.ownerAId,
    })
    .from(projects)
    .orderBy(asc(projects.id))
    .all()
    .filter((p) => isMajor(p) && p.status !== 'dropped' && stageIndex(p.stage) >= stageIndex('introduced'));

  const reds: {
    projectId: number;
    name: string;
    ownerAId: number;
    milestoneId: number | null;
    milestoneName: string | null;
  }[] = [];
  let written = 0;
  return writeTransaction(db, () => {
    candidates.forEach((p, n) => {
      // Every seventh signed major project is still waiting for its schedule (未编排工期).
      if (n % 7 === 3) return;
      const kind =
        p.channel === 'building' || BUILDING_INDUSTRIES.has(p.industry) ? 'building' : 'construction';
      const template = templateOf(kind);
      const steps = DEFAULT_TEMPLATES.find((t) => t.kind === kind)?.steps ?? [];
      if (!template || !steps.length) return;
      const outcome: Outcome =
        p.stage === 'completed'
          ? rng.weighted<Outcome>([
              ['green', 3],
              ['yellow_late', 1],
            ])
          : rng.weighted<Outcome>([
              ['green', 45],
              ['yellow_soon', 15],
              ['yellow_late', 15],
              ['red', 25],
            ]);

      // The last milestone the project has reached through its stage, and everything before it, is done.
      let lastDone = -1;
      steps.forEach((s, i) => {
        if (s.linkedStage && stageIndex(p.stage) >= stageIndex(s.linkedStage)) lastDone = i;
      });
      const actual: (string | null)[] = steps.map(() => null);
      const anchors: { i: number; date: string }[] = [];
      steps.forEach((s, i) => {
        if (i > lastDone || !s.linkedStage) return;
        const date = p[STAGE_DATE_FIELD[s.linkedStage]];
        if (date) anchors.push({ i, date });
      });
      for (const a of anchors) actual[a.i] = a.date;
      // Unlinked done milestones between two anchors fall between their dates, by duration.
      for (let k = 1; k < anchors.length; k++) {
        const from = anchors[k - 1]!;
        const to = anchors[k]!;
        const span = daysBetween(from.date, to.date);
        const total = steps.slice(from.i + 1, to.i + 1).reduce((s, x) => s + x.durationDays, 0) || 1;
        let acc = 0;
        for (let i = from.i + 1; i < to.i; i++) {
          acc += steps[i]!.durationDays;
          actual[i] = addBusinessDays(from.date, Math.floor((span * acc) / total));
        }
      }
      if (lastDone >= 0 && actual[0] === null) actual[0] = anchors[0]?.date ?? null;

      // Planned dates: done ones on time (a little before their actual date), one late for yellow_late.
      const planned: string[] = [];
      const lateAt = outcome === 'yellow_late' && lastDone >= 0 ? rng.int(0, lastDone) : -1;
      steps.forEach((s, i) => {
        const done = actual[i];
        let date: string;
        if (done) {
          date =
            i === lateAt ? addBusinessDays(done, -rng.int(10, 45)) : addBusinessDays(done, rng.int(0, 12));
        } else if (i === lastDone + 1) {
          const first =
            outcome === 'red' ? -rng.int(6, 50) : outcome === 'yellow_soon' ? rng.int(1, 6) : rng.int(12, 60);
          date = addBusinessDays(today, first);
        } else {
          date = addBusinessDays(
            planned[i - 1] ?? today,
            Math.max(7, Math.round(s.durationDays * (0.8 + rng.next() * 0.4))),
          );
        }
        const prev = planned[i - 1];
        planned.push(prev && date < prev ? prev : date);
      });
      // A done milestone planned "in the future" is fine; a not-done one must keep the outcome.
      const targetDate = planned.at(-1) ?? today;
      const ms = steps.map((s, i) => ({
        name: s.name,
        plannedDate: planned[i]!,
        actualDate: actual[i] ?? null,
        linkedStage: s.linkedStage,
      }));
      const createdDay =
        p.signingDate && p.signingDate < cal.daysAgo(3) ? addBusinessDays(p.signingDate, 3) : cal.daysAgo(2);
      const createdAt = cal.at(createdDay < today ? createdDay : cal.daysAgo(1), 16, 30);
      const schedule = db
        .insert(schedules)
        .values({
          projectId: p.id,
          templateId: template.id,
          templateVersion: template.version,
          targetDate,
          createdAt,
          createdBy: p.ownerAId,
          updatedAt: createdAt,
          updatedBy: p.ownerAId,
        })
        .returning({ id: schedules.id })
        .get();
      const ids = db
        .insert(milestones)
        .values(
          ms.map((m, position) => ({
            scheduleId: schedule.id,
            position,
            ...m,
            note: m.actualDate && m.actualDate > m.plannedDate ? rng.pick(LATE_NOTES) : null,
            updatedAt: createdAt,
            updatedBy: p.ownerAId,
          })),
        )
        .returning({ id: milestones.id })
        .all();
      written += 1;
      if (projectLight(ms, today) === 'red') {
        const overdueAt = ms.findIndex((m) => !m.actualDate && m.plannedDate < today);
        reds.push({
          projectId: p.id,
          name: p.name,
          ownerAId: p.ownerAId,
          milestoneId: ids[overdueAt]?.id ?? null,
          milestoneName: ms[overdueAt]?.name ?? null,
        });
      }
    });

    // Two open chase-up orders on red projects, issued by the leader who leads them (else 陈立新).
    const fallback = db.select({ id: users.id }).from(users).where(eq(users.username, 'leader')).get();
    const orders = [
      { ago: 9, due: -2, yellow: -1, red: 6, subject: '协调自然资源局，两周内完成用地预审并出具意见' },
      { ago: 4, due: 5, yellow: 6, red: 13, subject: '督促企业补齐施工许可申报材料，本周内报住建局' },
    ];
    let chaseUps = 0;
    for (const [k, o] of orders.entries()) {
      const target = reds[k * 2];
      if (!target) break;
      const lead = db
        .select({ id: leaderAssignments.leaderId })
        .from(leaderAssignments)
        .where(
          and(
            eq(leaderAssignments.projectId, target.projectId),
            eq(leaderAssignments.role, 'primary'),
            isNull(leaderAssignments.endedAt),
          ),
        )
        .get();
      const issuer = lead?.id ?? fallback?.id;
      if (!issuer) break;
      const issuedAt = cal.at(cal.daysAgo(o.ago), 9, 40);
      const dueDate = cal.daysAgo(-o.due);
      const row = db
        .insert(chaseUpOrders)
        .values({
          projectId: target.projectId,
          milestoneId: target.milestoneId,
          subject: o.subject,
          assigneeId: target.ownerAId,
          dueDate,
          yellowDate: cal.daysAgo(-o.yellow),
          redDate: cal.daysAgo(-o.red),
          status: 'open',
          issuedBy: issuer,
          issuedAt,
        })
        .returning({ id: chaseUpOrders.id })
        .get();
      db.insert(notifications)
        .values({
          userId: target.ownerAId,
          kind: 'chase_up',
          projectId: target.projectId,
          refId: row.id,
          text: notice.chaseUp(target.name, target.milestoneName, o.subject, dueDate),
          createdAt: issuedAt,
        })
        .run();
      chaseUps += 1;
    }
    return { schedules: written, chaseUps };
  });
}

const LATE_NOTES = [
  '企业融资到位晚于预期，节点顺延',
  '审批材料补正，延后办结',
  '设计方案调整，延期完成',
  '受冬季施工限制顺延',
];
