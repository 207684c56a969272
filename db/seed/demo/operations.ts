/**
 * After 建成 for the demo district (issue 16): most completed projects started production (投产) some
 * weeks after completion, had their fixed-asset investment counted in the statistics (固定资产投资入统)
 * in two or three dated entries while they were built, and report output, tax and jobs for each full
 * year since. Figures follow the project's size; every entry has its audit row, as the procedures
 * would write it.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { addDays, parseISO } from 'date-fns';
import type { Db } from '../../client';
import { annualResults, auditLog, fixedAssetEntries, productionStarts, projects } from '../../schema';
import type { DemoCalendar } from './calendar';
import { Rng } from './random';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(addDays(parseISO(`${date}T00:00:00Z`), days));

export function seedOperations(
  db: Db,
  cal: DemoCalendar,
): { production: number; entries: number; years: number } {
  const rng = Rng.fromText('demo after completion');
  const yesterday = cal.daysAgo(1);
  const thisYear = Number(cal.today.slice(0, 4));
  const done = db
    .select({
      id: projects.id,
      ownerAId: projects.ownerAId,
      startDate: projects.startDate,
      completionDate: projects.completionDate,
      agreed: projects.agreedInvestment,
      estimated: projects.estimatedInvestment,
    })
    .from(projects)
    .where(
      and(eq(projects.stage, 'completed'), eq(projects.status, 'active'), isNotNull(projects.completionDate)),
    )
    .orderBy(asc(projects.id))
    .all();
  const trail: (typeof auditLog.$inferInsert)[] = [];
  const counts = { production: 0, entries: 0, years: 0 };
  for (const p of done) {
    const completed = p.completionDate!;
    const by = p.ownerAId;
    const investment = p.agreed ?? p.estimated;
    // 入统: 60–95 % of the investment, counted in 2–3 entries between the start and completion.
    const share = 0.6 + rng.next() * 0.35;
    const parts = rng.int(2, 3);
    const from = p.startDate ?? plusDays(completed, -180);
    const span = Math.max(1, (parseISO(completed).getTime() - parseISO(from).getTime()) / 86_400_000);
    for (let i = 1; i <= parts; i++) {
      const date = plusDays(from, Math.round((span * i) / parts));
      const amount = Math.max(1, Math.round((investment * share) / parts));
      const at = cal.at(date, 15);
      const entry = { projectId: p.id, date, amount, note: null };
      db.insert(fixedAssetEntries)
        .values({ ...entry, createdBy: by, createdAt: at })
        .run();
      trail.push(row(at, by, 'operations.fixedAsset', p.id, entry));
      counts.entries++;
    }
    // 投产 two to ten weeks after completion, when that day has come; one in six not yet.
    const production = plusDays(completed, rng.int(14, 70));
    if (production > yesterday || rng.chance(1 / 6)) continue;
    const at = cal.at(production, 10);
    db.insert(productionStarts)
      .values({ projectId: p.id, date: production, updatedBy: by, updatedAt: at })
      .run();
    trail.push(row(at, by, 'operations.production', p.id, { productionDate: [null, production] }));
    counts.production++;
    // A full year of results for each year since 投产 (the current year is not yet over).
    for (let year = Number(production.slice(0, 4)); year < thisYear; year++) {
      const output = Math.round(investment * (0.4 + rng.next() * 1.2));
      const figures = {
        output,
        tax: Math.round(output * (0.03 + rng.next() * 0.04)),
        jobs: rng.int(20, 60) + Math.round(investment / 400),
      };
      const when = cal.at(`${year + 1}-02-${String(rng.int(10, 27)).padStart(2, '0')}`, 11);
      db.insert(annualResults)
        .values({ projectId: p.id, year, ...figures, updatedBy: by, updatedAt: when })
        .run();
      const changes = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, [null, v]]));
      trail.push(row(when, by, 'operations.annual', p.id, { year, ...changes }));
      counts.years++;
    }
  }
  for (let i = 0; i < trail.length; i += 200)
    db.insert(auditLog)
      .values(trail.slice(i, i + 200))
      .run();
  return counts;
}

function row(at: number, userId: number, action: string, projectId: number, changes: object) {
  return { at, userId, action, entity: 'project', entityId: projectId, changes: JSON.stringify(changes) };
}
