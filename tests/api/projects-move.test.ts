import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, stageEvents } from '../../db/schema';
import type { GateValues } from '../../shared/schemas/project';
import { callerFor, errorShape, fieldNames, trpcError } from '../helpers/caller';
import { creditCodeFor } from '../helpers/credit-code';
import { countRows, createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { DAY_MS, NOW } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { displayName: '吴昊' });
const api = callerFor(db, officer);

const SIGNED: GateValues = { signingDate: '2026-11-01', agreedInvestment: 8000, agreementType: 'investment' };
const LANDED: GateValues = {
  registeredEntity: '吉林某某科技有限公司',
  creditCode: creditCodeFor(777),
  location: '长春国际金融中心',
  landingDate: '2026-11-10',
};

const eventsOf = (projectId: number) =>
  db
    .select({
      from: stageEvents.fromState,
      to: stageEvents.toState,
      at: stageEvents.at,
      note: stageEvents.note,
      dropCategory: stageEvents.dropCategory,
    })
    .from(stageEvents)
    .where(eq(stageEvents.projectId, projectId))
    .orderBy(stageEvents.id)
    .all()
    .slice(1); // the creation event is covered by projects.create
const reload = (id: number) => api.projects.get({ id });

/** Expects a refusal that names `fields` and leaves the project, its events and the audit log untouched. */
async function expectRefused(call: Promise<unknown>, projectId: number, fields: string[]) {
  const before = { rows: countRows(db), project: await reload(projectId) };
  const error = await trpcError(call);
  expect(error.code).toBe('BAD_REQUEST');
  expect(fieldNames(error)).toEqual(fields);
  expect(countRows(db)).toEqual(before.rows);
  expect(await reload(projectId)).toEqual(before.project);
  return error;
}

describe('forward moves', () => {
  it('洽谈 → 引进 with its gates: new stage, new version, one event and one audit row', async () => {
    const p = makeProject(db, { by: officer, estimatedInvestment: 3000, at: NOW - 5 * DAY_MS });
    await expect(
      api.projects.move({ id: p.id, version: 1, to: 'introduced', gates: SIGNED }),
    ).resolves.toEqual({ version: 2 });
    expect(await reload(p.id)).toMatchObject({
      ...SIGNED,
      stage: 'introduced',
      status: 'active',
      version: 2,
      stageEnteredAt: NOW,
      lastActivityAt: NOW,
      totalInvestment: 8000,
      major: true,
    });
    expect(eventsOf(p.id)).toEqual([
      { from: 'negotiating', to: 'introduced', at: NOW, note: null, dropCategory: null },
    ]);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'project.move.forward')).all();
    expect(audit.map((a) => [a.entityId, a.userId])).toEqual([[p.id, officer.id]]);
  });

  it('missing gates: BAD_REQUEST naming each missing field, nothing written', async () => {
    const p = makeProject(db, { by: officer });
    const error = await expectRefused(api.projects.move({ id: p.id, version: 1, to: 'introduced' }), p.id, [
      'agreedInvestment',
      'agreementType',
      'signingDate',
    ]);
    expect(errorShape(error).data.fieldErrors).toEqual({
      signingDate: ['进入该阶段必填'],
      agreedInvestment: ['进入该阶段必填'],
      agreementType: ['进入该阶段必填'],
    });
  });

  it('supplied gates are not saved when others are missing', async () => {
    const p = makeProject(db, { by: officer });
    await expectRefused(
      api.projects.move({
        id: p.id,
        version: 1,
        to: 'introduced',
        gates: { signingDate: '2026-11-01', agreedInvestment: 8000 },
      }),
      p.id,
      ['agreementType'],
    );
    expect(await reload(p.id)).toMatchObject({ signingDate: null, agreedInvestment: null });
  });

  it('skipping stages with every skipped gate filled writes one event', async () => {
    const p = makeProject(db, { by: officer });
    await api.projects.move({
      id: p.id,
      version: 1,
      to: 'started',
      gates: { ...SIGNED, ...LANDED, startDate: '2026-11-20' },
    });
    expect(await reload(p.id)).toMatchObject({ stage: 'started', ...LANDED, startDate: '2026-11-20' });
    expect(eventsOf(p.id).map((e) => [e.from, e.to])).toEqual([['negotiating', 'started']]);
  });

  it('skipping stages needs the gates of every skipped stage', async () => {
    const p = makeProject(db, { by: officer });
    await expectRefused(api.projects.move({ id: p.id, version: 1, to: 'landed', gates: LANDED }), p.id, [
      'agreedInvestment',
      'agreementType',
      'signingDate',
    ]);
    await expectRefused(
      api.projects.move({
        id: p.id,
        version: 1,
        to: 'completed',
        gates: { ...SIGNED, ...LANDED, completionDate: '2026-11-25' },
      }),
      p.id,
      ['startDate'],
    );
  });

  it.each<[string, GateValues, string[]]>([
    [
      'an invalid credit code (named as the field, not as `gates`)',
      { ...SIGNED, ...LANDED, creditCode: '91220102000000000X' },
      ['creditCode'],
    ],
    ['a landing date in the future', { ...SIGNED, ...LANDED, landingDate: '2026-11-27' }, ['landingDate']],
    [
      'a landing date before the signing date',
      { ...SIGNED, ...LANDED, landingDate: '2026-10-31' },
      ['landingDate'],
    ],
    ['a negative agreed amount', { ...SIGNED, ...LANDED, agreedInvestment: -1 }, ['agreedInvestment']],
  ])('refuses %s', async (_case, gates, fields) => {
    const p = makeProject(db, { by: officer });
    await expectRefused(api.projects.move({ id: p.id, version: 1, to: 'landed', gates }), p.id, fields);
  });

  it('refuses a credit code another project already has', async () => {
    const other = makeProject(db, { by: officer, stage: 'landed' });
    const p = makeProject(db, { by: officer });
    await expectRefused(
      api.projects.move({
        id: p.id,
        version: 1,
        to: 'landed',
        gates: { ...SIGNED, ...LANDED, creditCode: other.creditCode },
      }),
      p.id,
      ['creditCode'],
    );
  });
});

describe('backward, hold, resume, drop and restore', () => {
  it('backward needs a note; with one the gate values are kept', async () => {
    const p = makeProject(db, { by: officer, stage: 'landed' });
    await expectRefused(api.projects.move({ id: p.id, version: p.version, to: 'introduced' }), p.id, [
      'note',
    ]);
    await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'introduced',
      note: '注册信息有误，退回重办',
    });
    expect(await reload(p.id)).toMatchObject({
      stage: 'introduced',
      status: 'active',
      creditCode: p.creditCode,
      landingDate: p.landingDate,
    });
    expect(eventsOf(p.id).at(-1)).toEqual({
      from: 'landed',
      to: 'introduced',
      at: NOW,
      note: '注册信息有误，退回重办',
      dropCategory: null,
    });
  });

  it('hold needs a note, keeps the stage, leaves the board; resume returns to that stage', async () => {
    const p = makeProject(db, { by: officer, stage: 'landed', at: NOW - 10 * DAY_MS });
    await expectRefused(api.projects.move({ id: p.id, version: p.version, to: 'on_hold' }), p.id, ['note']);
    const { version } = await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'on_hold',
      note: '企业资金未到位',
    });
    expect(await reload(p.id)).toMatchObject({
      stage: 'landed',
      status: 'on_hold',
      holdReason: '企业资金未到位',
      stageEnteredAt: p.stageEnteredAt,
    });
    const board = await api.board.get({});
    expect(board.columns.flatMap((c) => c.cards.map((card) => card.id))).not.toContain(p.id);

    const refused = await trpcError(
      api.projects.move({ id: p.id, version, to: 'started', gates: { startDate: '2026-11-20' } }),
    );
    expect([refused.code, refused.message]).toEqual(['BAD_REQUEST', '暂缓项目只能恢复到原阶段']);
    await api.projects.move({ id: p.id, version, to: 'landed' });
    expect(await reload(p.id)).toMatchObject({
      stage: 'landed',
      status: 'active',
      holdReason: null,
      version: version + 1,
    });
    expect(
      eventsOf(p.id)
        .slice(-2)
        .map((e) => [e.from, e.to, e.note]),
    ).toEqual([
      ['landed', 'on_hold', '企业资金未到位'],
      ['on_hold', 'landed', null],
    ]);
  });

  it('drop needs a category and a note; restore needs a note and returns to the stage', async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    await expectRefused(
      api.projects.move({ id: p.id, version: p.version, to: 'dropped', note: '落户外省' }),
      p.id,
      ['dropCategory'],
    );
    await expectRefused(
      api.projects.move({ id: p.id, version: p.version, to: 'dropped', dropCategory: 'competition' }),
      p.id,
      ['note'],
    );
    const { version } = await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'dropped',
      dropCategory: 'competition',
      note: '落户外省',
    });
    expect(await reload(p.id)).toMatchObject({
      stage: 'introduced',
      status: 'dropped',
      dropCategory: 'competition',
      dropNote: '落户外省',
    });
    expect(eventsOf(p.id).at(-1)).toEqual({
      from: 'introduced',
      to: 'dropped',
      at: NOW,
      note: '落户外省',
      dropCategory: 'competition',
    });

    await expectRefused(api.projects.move({ id: p.id, version, to: 'introduced' }), p.id, ['note']);
    await api.projects.move({ id: p.id, version, to: 'introduced', note: '企业重新洽谈' });
    expect(await reload(p.id)).toMatchObject({
      stage: 'introduced',
      status: 'active',
      dropCategory: null,
      dropNote: null,
    });
  });

  it('a held project can be dropped and keeps its hold reason on record', async () => {
    const p = makeProject(db, { by: officer, status: 'on_hold' });
    await api.projects.move({
      id: p.id,
      version: p.version,
      to: 'dropped',
      dropCategory: 'funding',
      note: '资金链断裂',
    });
    expect(await reload(p.id)).toMatchObject({
      status: 'dropped',
      holdReason: '企业暂缓投资计划',
      dropCategory: 'funding',
    });
    expect(eventsOf(p.id).at(-1)).toMatchObject({ from: 'on_hold', to: 'dropped' });
  });

  it('moving to the state it is in is refused', async () => {
    const p = makeProject(db, { by: officer, stage: 'introduced' });
    const before = countRows(db);
    const error = await trpcError(api.projects.move({ id: p.id, version: p.version, to: 'introduced' }));
    expect([error.code, error.message]).toEqual(['BAD_REQUEST', '项目已处于该阶段']);
    expect(countRows(db)).toEqual(before);
  });
});

describe('concurrency and atomicity', () => {
  it('a stale version is a CONFLICT and writes no event', async () => {
    const p = makeProject(db, { by: officer });
    await api.projects.update({
      id: p.id,
      version: 1,
      fields: {
        name: '已改名',
        investor: p.investor,
        industry: p.industry,
        channel: p.channel,
        estimatedInvestment: 1,
        ownerAId: p.ownerAId,
      },
    });
    const before = countRows(db);
    const error = await trpcError(
      api.projects.move({ id: p.id, version: 1, to: 'introduced', gates: SIGNED }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(countRows(db)).toEqual(before);
    expect(await reload(p.id)).toMatchObject({ stage: 'negotiating', version: 2, signingDate: null });
  });

  it('NOT_FOUND for an unknown project', async () => {
    expect(
      (await trpcError(api.projects.move({ id: 55555, version: 1, to: 'on_hold', note: 'x' }))).code,
    ).toBe('NOT_FOUND');
  });

  it('the project and its stage event commit together: if the event cannot be written, the move is undone', async () => {
    const p = makeProject(db, { by: officer });
    db.$client
      .exec(`create temp trigger refuse_event before insert on stage_events when new.project_id = ${p.id}
      begin select raise(abort, 'event store unavailable'); end`);
    const before = countRows(db);
    const error = await trpcError(
      api.projects.move({ id: p.id, version: 1, to: 'introduced', gates: SIGNED }),
    );
    db.$client.exec('drop trigger refuse_event');
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorShape(error).message).toBe('服务器内部错误');
    expect(countRows(db)).toEqual(before);
    expect(await reload(p.id)).toMatchObject({
      stage: 'negotiating',
      version: 1,
      signingDate: null,
      agreedInvestment: null,
    });
  });
});
