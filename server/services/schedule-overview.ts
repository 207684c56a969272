import { and, asc, eq, gte, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { leaderAssignments, milestones, projects, schedules, users } from '../../db/schema';
import { businessDate } from '../../shared/domain/dates';
import { MAJOR_THRESHOLD_WAN } from '../../shared/domain/money';
import { lightRank, milestoneStatus } from '../../shared/domain/schedule';
import type { OverviewFilter } from '../../shared/schemas/schedules';
import { openChaseUpCounts } from './chase-ups';
import { getThresholds } from './schedule-settings';
import { scheduleFigures } from './schedules';
import { workbookBytes } from './workbook-file';
import { domainZh, lightZh } from '../../shared/labels/domain';
import { projectAmountSql } from './project-select';

/**
 * 挂图作战: every major project that is not dropped, plus any other project given a schedule, each
 * with its milestones for the shared timeline. Red first, then yellow, green, and not yet scheduled.
 */
export function scheduleOverview(db: Db, filter: OverviewFilter, now: number) {
  const today = businessDate(now);
  const thresholds = getThresholds(db);
  const conds = [
    ne(projects.status, 'dropped'),
    or(gte(projectAmountSql, MAJOR_THRESHOLD_WAN), sql`${schedules.id} is not null`),
  ];
  if (filter.industry) conds.push(eq(projects.industry, filter.industry));
  if (filter.stage) conds.push(eq(projects.stage, filter.stage));
  if (filter.leaderId) {
    conds.push(
      inArray(
        projects.id,
        db
          .select({ id: leaderAssignments.projectId })
          .from(leaderAssignments)
          .where(and(eq(leaderAssignments.leaderId, filter.leaderId), isNull(leaderAssignments.endedAt))),
      ),
    );
  }
  const rows = db
    .select({
      id: projects.id,
      name: projects.name,
      industry: projects.industry,
      stage: projects.stage,
      status: projects.status,
      amount: projectAmountSql,
      ownerName: users.displayName,
      scheduleId: schedules.id,
      targetDate: schedules.targetDate,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.ownerAId))
    .leftJoin(schedules, eq(schedules.projectId, projects.id))
    .where(and(...conds))
    .all();
  const ids = rows.flatMap((r) => (r.scheduleId ? [r.scheduleId] : []));
  const msBySchedule = new Map<
    number,
    { id: number; name: string; plannedDate: string; actualDate: string | null; linkedStage: string | null }[]
  >();
  if (ids.length) {
    for (const m of db
      .select({
        scheduleId: milestones.scheduleId,
        id: milestones.id,
        name: milestones.name,
        plannedDate: milestones.plannedDate,
        actualDate: milestones.actualDate,
        linkedStage: milestones.linkedStage,
      })
      .from(milestones)
      .where(and(inArray(milestones.scheduleId, ids), eq(milestones.active, true)))
      .orderBy(asc(milestones.scheduleId), asc(milestones.position))
      .all()) {
      const list = msBySchedule.get(m.scheduleId) ?? [];
      list.push(m);
      msBySchedule.set(m.scheduleId, list);
    }
  }
  const leaders = new Map<number, string[]>();
  for (const l of db
    .select({ projectId: leaderAssignments.projectId, name: users.displayName, role: leaderAssignments.role })
    .from(leaderAssignments)
    .innerJoin(users, eq(users.id, leaderAssignments.leaderId))
    .where(isNull(leaderAssignments.endedAt))
    .orderBy(asc(leaderAssignments.role))
    .all()) {
    leaders.set(l.projectId, [...(leaders.get(l.projectId) ?? []), l.name]);
  }
  const chaseUps = openChaseUpCounts(db);
  const out = rows.map((r) => {
    const ms = r.scheduleId ? (msBySchedule.get(r.scheduleId) ?? []) : [];
    const figures = r.scheduleId ? scheduleFigures(ms, today, thresholds) : null;
    const next = ms.find((m) => !m.actualDate);
    return {
      id: r.id,
      name: r.name,
      industry: r.industry,
      stage: r.stage,
      status: r.status,
      amount: r.amount,
      ownerName: r.ownerName,
      leaders: leaders.get(r.id) ?? [],
      targetDate: r.targetDate,
      light: figures?.light ?? null,
      proRata: figures?.proRata ?? null,
      overdue: ms.filter((m) => milestoneStatus(m, today) === 'overdue').length,
      next: next ? { name: next.name, plannedDate: next.plannedDate } : null,
      openChaseUps: chaseUps.get(r.id) ?? 0,
      milestones: ms.map((m) => ({ ...m, status: milestoneStatus(m, today) })),
    };
  });
  const filtered = filter.light ? out.filter((r) => (r.light ?? 'none') === filter.light) : out;
  const rank = (r: (typeof out)[number]) => (r.light ? lightRank(r.light) : 3);
  filtered.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.proRata?.pointsBehind ?? 0) - (a.proRata?.pointsBehind ?? 0) ||
      b.overdue - a.overdue ||
      b.amount - a.amount ||
      a.id - b.id,
  );
  return { today, rows: filtered };
}

const FILL = { red: 'FFFECACA', yellow: 'FFFEF08A', green: 'FFBBF7D0' } as const;

/** The overview as an .xlsx workbook (base64), one row per project, in the order shown. */
export async function overviewWorkbook(
  db: Db,
  filter: OverviewFilter,
  now: number,
): Promise<{ filename: string; base64: string }> {
  const { today, rows } = scheduleOverview(db, filter, now);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(now);
  const ws = wb.addWorksheet('挂图作战');
  ws.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '项目名称', key: 'name', width: 34 },
    { header: '产业', key: 'industry', width: 12 },
    { header: '阶段', key: 'stage', width: 8 },
    { header: '总投资（万元）', key: 'amount', width: 14 },
    { header: '包保领导', key: 'leaders', width: 16 },
    { header: '招商责任人', key: 'owner', width: 12 },
    { header: '目标日期', key: 'target', width: 12 },
    { header: '红黄绿灯', key: 'light', width: 10 },
    { header: '序时进度', key: 'proRata', width: 10 },
    { header: '逾期节点', key: 'overdue', width: 10 },
    { header: '下一节点', key: 'next', width: 24 },
    { header: '未办结督办单', key: 'chase', width: 12 },
  ];
  rows.forEach((r, i) => {
    const row = ws.addRow({
      n: i + 1,
      name: r.name,
      industry: domainZh.industry[r.industry],
      stage: domainZh.stage[r.stage],
      amount: r.amount,
      leaders: r.leaders.join('、'),
      owner: r.ownerName,
      target: r.targetDate ?? '',
      light: lightZh[r.light ?? 'none'],
      proRata: r.proRata ? `${r.proRata.percent}%` : '',
      overdue: r.overdue,
      next: r.next ? `${r.next.name}（${r.next.plannedDate}）` : '',
      chase: r.openChaseUps,
    });
    if (r.light)
      row.getCell('light').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r.light] } };
  });
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.getColumn('amount').numFmt = '#,##0';
  const buffer = await workbookBytes(wb);
  return { filename: `挂图作战-${today}.xlsx`, base64: buffer.toString('base64') };
}
