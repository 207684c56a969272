import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, projects } from '../../db/schema';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { creditCodeFor } from '../helpers/credit-code';
import { createTestDb } from '../helpers/db';
import { editFields, makeProject, makeUnit, makeUser } from '../helpers/factories';
import { legacyLedger } from '../helpers/legacy-ledger';
import { uploadLedger } from '../helpers/ledger-sheet';

/** 资料待补 after a legacy import: listed, filtered, cleared by completing the facts, and gated. */
describe('资料待补 projects', () => {
  const db = createTestDb();
  const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
  const other = makeUser(db, { role: 'staff', displayName: '李娜' });
  const viewer = makeUser(db, { role: 'viewer' });
  const unit = makeUnit(db, '投资促进局');
  const api = callerFor(db, officer);
  const idOf = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!;

  beforeAll(async () => {
    const token = await uploadLedger(officer.id, await legacyLedger(false));
    await api.ledger.commit({
      token,
      sheet: 0,
      defaults: { channel: 'building', ownerAId: officer.id, unitId: unit.id },
    });
    makeProject(db, { name: '完整项目', stage: 'landed', by: other });
  });

  it('lists flagged projects with what each lacks, for everyone who reads the board', async () => {
    const list = await callerFor(db, viewer).projects.pendingFacts({});
    expect(list.map((p) => [p.name, p.missingFacts])).toEqual([
      ['金融科技中心', ['registeredEntity', 'creditCode', 'location']],
      ['跨境电商产业园', ['registeredEntity', 'creditCode', 'location']],
      ['智慧物流基地', ['registeredEntity', 'creditCode', 'location']],
      ['医疗器械研发中心', ['signingDate']],
    ]);
    expect(list[0]).toMatchObject({ stage: 'landed', ownerName: '王磊', unitName: '投资促进局' });
    expect(await api.projects.pendingFacts({ ownerId: other.id })).toEqual([]);
    expect(await api.projects.pendingFacts({ ownerId: officer.id })).toHaveLength(4);
  });

  it('the board filters to flagged projects, and its cards carry the missing facts', async () => {
    const board = await api.board.get({ pendingOnly: true });
    const cards = board.columns.flatMap((c) => c.cards);
    expect(cards.map((c) => c.name).sort()).toEqual(
      ['医疗器械研发中心', '智慧物流基地', '跨境电商产业园', '金融科技中心'].sort(),
    );
    const all = (await api.board.get({})).columns.flatMap((c) => c.cards);
    expect(all).toHaveLength(8);
    expect(all.find((c) => c.name === '完整项目')?.missingFacts).toEqual([]);
  });

  it('an edit of another field is saved though facts are still missing', async () => {
    const p = idOf('跨境电商产业园');
    await api.projects.update({
      id: p.id,
      version: p.version,
      fields: editFields(p, { description: '园区一期' }),
    });
    expect(idOf('跨境电商产业园')).toMatchObject({
      description: '园区一期',
      missingFacts: ['registeredEntity', 'creditCode', 'location'],
    });
  });

  it('completing the facts shrinks the list and then clears the flag, audited', async () => {
    let p = idOf('金融科技中心');
    await api.projects.update({
      id: p.id,
      version: p.version,
      fields: editFields(p, { registeredEntity: '长春金科有限公司' }),
    });
    p = idOf('金融科技中心');
    expect(p.missingFacts).toEqual(['creditCode', 'location']);
    await api.projects.update({
      id: p.id,
      version: p.version,
      fields: editFields(p, { creditCode: creditCodeFor(77), location: '长春国际金融中心' }),
    });
    expect(idOf('金融科技中心').missingFacts).toEqual([]);
    const audits = db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, p.id), eq(auditLog.action, 'project.update')))
      .all()
      .map((a) => JSON.parse(a.changes ?? '{}') as Record<string, unknown>);
    expect(audits.at(-1)?.missingFacts).toEqual([['creditCode', 'location'], []]);
    expect((await api.projects.pendingFacts({})).map((r) => r.name)).not.toContain('金融科技中心');
    // A completed fact cannot be cleared again: the stage needs it.
    const done = idOf('金融科技中心');
    const e = await trpcError(
      api.projects.update({ id: done.id, version: done.version, fields: editFields(done, { location: '' }) }),
    );
    expect(fieldNames(e)).toEqual(['location']);
  });

  it('a move forward still needs every gate, the missing facts included', async () => {
    const p = idOf('智慧物流基地');
    const e = await trpcError(
      api.projects.move({
        id: p.id,
        version: p.version,
        to: 'completed',
        gates: { completionDate: '2026-11-01' },
      }),
    );
    expect(fieldNames(e)).toEqual(['creditCode', 'location', 'registeredEntity']);
    expect(idOf('智慧物流基地').stage).toBe('started');
    await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'completed',
      gates: {
        completionDate: '2026-11-01',
        registeredEntity: '京东物流长春有限公司',
        creditCode: creditCodeFor(78),
        location: '长春物流园',
      },
    });
    expect(idOf('智慧物流基地')).toMatchObject({ stage: 'completed', missingFacts: [] });
  });

  it('a move back leaves behind the facts the stage no longer needs', async () => {
    const p = idOf('医疗器械研发中心');
    await api.projects.move({ id: p.id, version: p.version, to: 'negotiating', note: '协议未正式签署' });
    expect(idOf('医疗器械研发中心')).toMatchObject({ stage: 'negotiating', missingFacts: [] });
  });
});
