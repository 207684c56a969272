import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, projects, units } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUnit, makeUser } from '../helpers/factories';
import { legacyLedger } from '../helpers/legacy-ledger';
import { uploadLedger } from '../helpers/ledger-sheet';

/** Issue 15: an office's old ledger imports whole, with defaults for what it lacks and gaps flagged. */
describe('legacy ledger import', () => {
  const db = createTestDb();
  const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
  const unit = makeUnit(db, '投资促进局');
  const api = callerFor(db, officer);
  const defaults = { channel: 'building' as const, ownerAId: officer.id, unitId: unit.id };

  it('without defaults every row lacks 招商方式 and 招商责任人', async () => {
    const token = await uploadLedger(officer.id, await legacyLedger(false));
    const p = await api.ledger.preview({ token, sheet: 0 });
    expect(p.headerRow).toBe(2);
    expect(p.skippedLines.total).toBe(1);
    expect(p.counts).toMatchObject({ total: 7, error: 7 });
    expect(p.rows[0]?.errors).toMatchObject({ channel: '必填', ownerA: '必填' });
  });

  it('with defaults every good row is new, gaps are flagged, and a bad date is still an error', async () => {
    const token = await uploadLedger(officer.id, await legacyLedger(true));
    const p = await api.ledger.preview({ token, sheet: 0, defaults });
    expect(p.counts).toEqual({ create: 7, update: 0, skip: 0, error: 1, total: 8 });
    expect(p.pending).toBe(4);
    const bad = p.rows.find((r) => r.name === '坏日期项目');
    expect(bad?.action).toBe('error');
    expect(Object.keys(bad?.errors ?? {})).toEqual(['landingDate']);
    const landed = p.rows.find((r) => r.name === '金融科技中心');
    expect(landed).toMatchObject({
      action: 'create',
      pending: ['registeredEntity', 'creditCode', 'location'],
    });
    // One note per default used, each naming its field.
    expect(landed?.notes).toEqual(
      expect.arrayContaining([
        '招商方式未填，按默认值导入',
        '招商责任人（A岗）未填，按默认值导入',
        '责任单位未填，按默认值导入',
      ]),
    );
    expect(landed?.noteCodes).toContainEqual({ code: 'ledgerDefaultUsed', params: { field: 'ownerAId' } });
    // All or nothing: the bad row stops the import.
    const error = await trpcError(api.ledger.commit({ token, sheet: 0, defaults }));
    expect(error.message).toContain('有 1 行存在错误');
    expect(db.select().from(projects).all()).toHaveLength(0);
  });

  it('imports every good row with the defaults, flagged 资料待补 where facts are missing', async () => {
    const token = await uploadLedger(officer.id, await legacyLedger(false));
    const result = await api.ledger.commit({ token, sheet: 0, defaults });
    expect(result).toMatchObject({ created: 7, updated: 0, skipped: 0, pending: 4 });
    const rows = db
      .select({
        name: projects.name,
        stage: projects.stage,
        channel: projects.channel,
        ownerAId: projects.ownerAId,
        unitId: projects.unitId,
        missingFacts: projects.missingFacts,
      })
      .from(projects)
      .orderBy(projects.id)
      .all();
    expect(rows.map((r) => [r.name, r.stage, r.missingFacts])).toEqual([
      ['华为吉林总部', 'negotiating', []],
      ['万象城二期', 'introduced', []],
      ['金融科技中心', 'landed', ['registeredEntity', 'creditCode', 'location']],
      ['跨境电商产业园', 'landed', ['registeredEntity', 'creditCode', 'location']],
      ['智慧物流基地', 'started', ['registeredEntity', 'creditCode', 'location']],
      ['国际学校', 'negotiating', []],
      ['医疗器械研发中心', 'introduced', ['signingDate']],
    ]);
    for (const r of rows)
      expect(r).toMatchObject({ channel: 'building', ownerAId: officer.id, unitId: unit.id });
  });
});

describe('import defaults are checked', () => {
  const db = createTestDb();
  const officer = makeUser(db, { role: 'staff' });
  const leader = makeUser(db, { role: 'leader' });
  const gone = makeUser(db, { role: 'staff', active: false });
  const closed = makeUnit(db, '已撤销单位');
  const api = callerFor(db, officer);

  it('refuses an owner who is not an active officer, an inactive unit and an unknown channel', async () => {
    db.update(units).set({ active: false }).where(eq(units.id, closed.id)).run();
    const token = await uploadLedger(officer.id, await legacyLedger(false));
    const base = { token, sheet: 0 };
    const noDefaults = { channel: null, ownerAId: null, unitId: null };
    for (const [defaults, field] of [
      [{ ...noDefaults, ownerAId: leader.id }, 'ownerAId'],
      [{ ...noDefaults, ownerAId: gone.id }, 'ownerAId'],
      [{ ...noDefaults, ownerAId: 999_999 }, 'ownerAId'],
      [{ ...noDefaults, unitId: closed.id }, 'unitId'],
    ] as const) {
      const e = await trpcError(api.ledger.preview({ ...base, defaults }));
      expect(e.code).toBe('BAD_REQUEST');
      expect(fieldNames(e)).toEqual([field]);
      const c = await trpcError(api.ledger.commit({ ...base, defaults }));
      expect(fieldNames(c)).toEqual([field]);
    }
    const bad = await trpcError(
      // @ts-expect-error: not a channel
      api.ledger.preview({ ...base, defaults: { ...noDefaults, channel: 'magic' } }),
    );
    expect(fieldNames(bad)).toEqual(['channel']);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'ledger.import')).all()).toHaveLength(0);
  });
});
