import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { projects, stageEvents, units, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { PEOPLE, UNITS } from '../../db/seed/demo/people';
import { board } from '../../server/services/board';
import { ledgerCsv, ledgerLines, ledgerXlsx } from '../../server/services/ledger/export';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUnit, makeUser } from '../helpers/factories';
import { uploadLedger } from '../helpers/ledger-sheet';
import { NOW, TODAY } from '../helpers/time';

const ownerA = alias(users, 'owner_a');

/** The board's count and amount per column (the first card of each is enough to carry them). */
const columnTotals = (db: Db) =>
  board(db, { id: 0, role: 'admin' }, {}, 1, NOW).columns.map(({ stage, count, amount }) => ({
    stage,
    count,
    amount,
  }));

/** Every project as the ledger knows it, by name: what a round trip must keep. */
function snapshot(db: Db) {
  return db
    .select({
      name: projects.name,
      investor: projects.investor,
      industry: projects.industry,
      channel: projects.channel,
      origin: projects.origin,
      capitalType: projects.capitalType,
      estimatedInvestment: projects.estimatedInvestment,
      agreedInvestment: projects.agreedInvestment,
      agreementType: projects.agreementType,
      signingDate: projects.signingDate,
      landingDate: projects.landingDate,
      startDate: projects.startDate,
      completionDate: projects.completionDate,
      registeredEntity: projects.registeredEntity,
      creditCode: projects.creditCode,
      location: projects.location,
      stage: projects.stage,
      status: projects.status,
      dropCategory: projects.dropCategory,
      isKey: projects.isKey,
      isBond: projects.isBond,
      isFirstStore: projects.isFirstStore,
      owner: ownerA.displayName,
      unit: units.name,
    })
    .from(projects)
    .innerJoin(ownerA, eq(ownerA.id, projects.ownerAId))
    .leftJoin(units, eq(units.id, projects.unitId))
    .orderBy(projects.name, projects.investor)
    .all();
}

describe('round trip: export the demo ledger, import it into an empty database', () => {
  const source = createTestDb();
  const target = createTestDb();

  it('gives the same projects and the same board', { timeout: 180_000 }, async () => {
    seedDemo(source, { today: new Date(NOW) });
    const lines = ledgerLines(source, { scope: 'all' }, NOW);
    expect(lines.length).toBeGreaterThan(200);
    const xlsx = await ledgerXlsx(lines, { today: TODAY, filtered: false });

    // The empty office: the same people and units, no projects.
    for (const name of UNITS) makeUnit(target, name);
    const made = PEOPLE.map((p) => ({
      username: p.username,
      user: makeUser(target, { role: p.role, username: p.username, displayName: p.displayName }),
    }));
    const admin = made.find((m) => m.username === 'admin')?.user;
    if (!admin) throw new Error('the exported people include admin');
    const api = callerFor(target, admin);
    const token = await uploadLedger(admin.id, xlsx, '台账.xlsx');
    const preview = await api.ledger.preview({ token, sheet: 0, view: 'error' });
    expect(preview.rows.map((r) => [r.row, r.errors])).toEqual([]);
    expect(preview.counts).toMatchObject({ create: lines.length, error: 0 });
    expect(preview.skippedLines.total).toBe(1); // the export's own 合计 row

    const started = performance.now();
    const result = await api.ledger.commit({ token, sheet: 0 });
    expect(result.created).toBe(lines.length);
    console.info(
      `round trip: ${lines.length} projects imported in ${Math.round(performance.now() - started)} ms`,
    );

    expect(snapshot(target)).toEqual(snapshot(source));
    expect(columnTotals(target)).toEqual(columnTotals(source));
    // Each imported project's events lead to where it stands, in order.
    for (const p of target.select().from(projects).all()) {
      const events = target
        .select()
        .from(stageEvents)
        .where(eq(stageEvents.projectId, p.id))
        .orderBy(stageEvents.at)
        .all();
      const last = events.at(-1)!;
      expect(last.toState).toBe(p.status === 'active' ? p.stage : p.status);
      expect(events.every((e, i) => i === 0 || e.at > events[i - 1]!.at)).toBe(true);
    }
    // The same ledger comes out again, except what the import leaves to its own pages: the 包保领导
    // and 专班 columns (issue 3's assignments are not written by an import) and the registration date.
    const comparable = ({
      createdDate: _c,
      latestProgress: _l,
      nextStep: _n,
      leader: _le,
      taskForce: _t,
      ...l
    }: (typeof lines)[number]) => l;
    expect(ledgerLines(target, { scope: 'all' }, NOW).map(comparable)).toEqual(lines.map(comparable));
  });

  it('the CSV export carries a BOM and the Chinese headers, and imports too', async () => {
    const csv = ledgerCsv(ledgerLines(source, { scope: 'board', industry: 'digital' }, NOW));
    expect(
      csv.startsWith(
        '\uFEFF序号,项目名称,投资方,行业,招商方式,总投资(万元),协议投资(万元),到位资金(万元),阶段',
      ),
    ).toBe(true);
    const admin = target.select().from(users).where(eq(users.username, 'admin')).get()!;
    const token = await uploadLedger(admin.id, Buffer.from(csv, 'utf8'), '台账.csv');
    const p = await callerFor(target, { ...admin, mustChangePassword: false }).ledger.preview({
      token,
      sheet: 0,
    });
    expect(p.fatal).toBeNull();
    expect(p.counts.error).toBe(0);
    expect(p.counts.skip).toBe(p.counts.total); // all already there
  });
});
