import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { role: 'staff', displayName: '郑凯' });
const colleague = makeUser(db, { role: 'staff', displayName: '李娜' });
const api = callerFor(db, officer);
const audits = () => db.select({ n: count() }).from(auditLog).get()!.n;

describe('after 建成: 投产, fixed-asset investment counted, annual output, tax and jobs (issue 16)', () => {
  it('are recorded on a completed project only, naming the field, and nothing changes otherwise', async () => {
    const landed = makeProject(db, { by: officer, stage: 'landed' });
    const done = makeProject(db, { by: officer, stage: 'completed' });
    const before = audits();
    const e = await trpcError(
      api.operations.setProduction({ projectId: landed.id, date: TODAY, version: null }),
    );
    expect(fieldNames(e)).toEqual(['projectId']);
    expect(e.message).toContain('项目建成后才能登记投产运营情况');
    const future = '2026-12-31';
    expect(
      fieldNames(
        await trpcError(api.operations.addFixedAsset({ projectId: done.id, date: future, amount: 10 })),
      ),
    ).toEqual(['date']);
    expect(
      fieldNames(
        await trpcError(api.operations.addFixedAsset({ projectId: done.id, date: TODAY, amount: 0 })),
      ),
    ).toEqual(['amount']);
    expect(
      fieldNames(
        await trpcError(
          api.operations.setAnnual({
            projectId: done.id,
            year: 2027,
            output: 1,
            tax: 1,
            jobs: 1,
            version: null,
          }),
        ),
      ),
    ).toEqual(['year']);
    expect(
      fieldNames(
        await trpcError(
          api.operations.setAnnual({
            projectId: done.id,
            year: 2026,
            output: 1,
            tax: 1,
            jobs: -1,
            version: null,
          }),
        ),
      ),
    ).toEqual(['jobs']);
    expect(audits()).toBe(before);
  });

  it('keep dated entries summed, years per project, and refuse a stale correction', async () => {
    const done = makeProject(db, { by: officer, ownerBId: colleague.id, stage: 'completed' });
    const projectId = done.id;
    expect(await api.operations.setProduction({ projectId, date: '2026-10-08', version: null })).toEqual({
      version: 1,
    });
    // A colleague who opened the project before that save cannot overwrite it unseen.
    const stale = await trpcError(
      callerFor(db, colleague).operations.setProduction({ projectId, date: '2026-10-09', version: null }),
    );
    expect(stale.code).toBe('CONFLICT');
    await api.operations.setProduction({ projectId, date: '2026-10-10', version: 1 });

    await api.operations.addFixedAsset({ projectId, date: '2026-09-30', amount: 12_000, note: '三季度入统' });
    await api.operations.addFixedAsset({ projectId, date: TODAY, amount: 3_500 });
    await api.operations.setAnnual({
      projectId,
      year: 2026,
      output: 18_000,
      tax: 950,
      jobs: 260,
      version: null,
    });
    await api.operations.setAnnual({
      projectId,
      year: 2025,
      output: 2_000,
      tax: 80,
      jobs: 40,
      version: null,
    });
    expect(
      (
        await trpcError(
          api.operations.setAnnual({ projectId, year: 2026, output: 1, tax: 1, jobs: 1, version: null }),
        )
      ).code,
    ).toBe('CONFLICT');
    await api.operations.setAnnual({
      projectId,
      year: 2026,
      output: 19_000,
      tax: 950,
      jobs: 280,
      version: 1,
    });

    const o = await api.operations.get({ projectId });
    expect(o.completed).toBe(true);
    expect(o.production).toEqual({ date: '2026-10-10', version: 2 });
    expect(o.fixedAssetSum).toBe(15_500);
    expect(o.fixedAssets.map((e) => [e.date, e.amount, e.byName])).toEqual([
      [TODAY, 3_500, '郑凯'],
      ['2026-09-30', 12_000, '郑凯'],
    ]);
    expect(o.years).toEqual([
      { year: 2026, output: 19_000, tax: 950, jobs: 280, version: 2 },
      { year: 2025, output: 2_000, tax: 80, jobs: 40, version: 1 },
    ]);
    const last = db.select().from(auditLog).where(eq(auditLog.action, 'operations.annual')).all().at(-1)!;
    expect(JSON.parse(last.changes!)).toEqual({ year: 2026, output: [18_000, 19_000], jobs: [260, 280] });
    expect(last.userId).toBe(officer.id);
    expect(last.at).toBeGreaterThan(NOW - DAY_MS);
  });
});
