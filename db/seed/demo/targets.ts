import type { Db } from '../../client';
import { and, eq } from 'drizzle-orm';
import { reviewSettings, targets, units, users } from '../../schema';
import type { TargetMetric } from '../../../shared/domain/review/targets';
import type { DemoCalendar } from './calendar';

/**
 * The seed's campaign targets (three-year plan to the end of 2025: 460 亿元 attracted, 90 reserve
 * projects, 23 bond projects, 200 first stores) and an annual set for the demo's current year, so the
 * weekly review shows a meaningful pace whatever day the demo is built on.
 */
export function seedTargets(db: Db, cal: DemoCalendar): void {
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).get();
  if (!admin) return;
  const at = cal.at(cal.daysAgo(400), 9);
  db.insert(reviewSettings)
    .values({
      id: 1,
      campaignStart: '2023-07-01',
      campaignEnd: '2025-12-31',
      updatedAt: at,
      updatedBy: admin.id,
    })
    .onConflictDoNothing()
    .run();
  const year = cal.today.slice(0, 4);
  const rows: [TargetMetric, number, string, string, string][] = [
    ['agreed_investment', 4_600_000, '2023-07-01', '2025-12-31', '三年攻坚：招引内外资总量 460 亿元'],
    ['new_projects', 90, '2023-07-01', '2025-12-31', '三年攻坚：储备项目 90 个'],
    ['bond_projects', 23, '2023-07-01', '2025-12-31', '三年攻坚：包装债券项目 23 个'],
    ['first_stores', 200, '2023-07-01', '2025-12-31', '三年攻坚：长春首店 200 家'],
    ['agreed_investment', 1_500_000, `${year}-01-01`, `${year}-12-31`, `${year} 年度：招引内外资 150 亿元`],
    ['new_projects', 120, `${year}-01-01`, `${year}-12-31`, `${year} 年度：新增储备项目 120 个`],
    ['landed_projects', 40, `${year}-01-01`, `${year}-12-31`, `${year} 年度：落地项目 40 个`],
    ['first_stores', 12, `${year}-01-01`, `${year}-12-31`, `${year} 年度：首店 12 家`],
    ['funds_in_place', 300_000, `${year}-01-01`, `${year}-12-31`, `${year} 年度：到位资金 30 亿元`],
  ];
  db.insert(targets)
    .values(
      rows.map(([metric, value, periodStart, periodEnd, note]) => ({
        metric,
        value,
        periodStart,
        periodEnd,
        note,
        createdAt: at,
        createdBy: admin.id,
        updatedAt: at,
        updatedBy: admin.id,
      })),
    )
    .run();
}

/**
 * Targets of the current year per 责任单位 and per officer, so the monthly report ranks them (decision
 * 041): the first five units and all but the last two officers get one; the others are listed unranked.
 */
export function seedRankedTargets(db: Db, cal: DemoCalendar): void {
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).get();
  if (!admin) return;
  const year = cal.today.slice(0, 4);
  const at = cal.at(cal.daysAgo(330), 9);
  const base = {
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    createdAt: at,
    createdBy: admin.id,
    updatedAt: at,
    updatedBy: admin.id,
  };
  const unitRows = db.select({ id: units.id, name: units.name }).from(units).orderBy(units.id).limit(5).all();
  const officers = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'staff'), eq(users.active, true)))
    .orderBy(users.id)
    .all()
    .slice(0, -2);
  if (unitRows.length)
    db.insert(targets)
      .values(
        unitRows.map((u, i) => ({
          ...base,
          metric: 'agreed_investment' as const,
          value: 200_000 - i * 30_000,
          unitId: u.id,
          note: `${year} 年度：${u.name}招引内外资`,
        })),
      )
      .run();
  if (officers.length)
    db.insert(targets)
      .values(
        officers.map((o, i) => ({
          ...base,
          metric: 'new_projects' as const,
          value: 14 + (i % 4) * 4,
          ownerId: o.id,
          note: `${year} 年度：新增储备项目`,
        })),
      )
      .run();
}
