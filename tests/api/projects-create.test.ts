import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import type { ProjectFields } from '../../shared/schemas/project';
import { callerFor, errorShape, fieldNames, trpcError } from '../helpers/caller';
import { creditCodeFor } from '../helpers/credit-code';
import { countRows, createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { NOW } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db, { displayName: '刘洋' });
const colleague = makeUser(db);
const retired = makeUser(db, { active: false });
const existing = makeProject(db, { by: officer, stage: 'landed' });
const api = callerFor(db, officer);

const lead: ProjectFields = {
  name: '华为吉林总部',
  investor: '华为技术有限公司',
  industry: 'digital',
  channel: 'industry_chain',
  estimatedInvestment: 60000,
  ownerAId: officer.id,
};

describe('projects.create', () => {
  it('enters 洽谈 with one stage event and one audit row', async () => {
    const before = countRows(db);
    const { id } = await api.projects.create({
      ...lead,
      ownerBId: colleague.id,
      origin: 'out_of_province',
      isKey: true,
    });
    expect(countRows(db)).toEqual({
      ...before,
      projects: before.projects + 1,
      stageEvents: before.stageEvents + 1,
      auditLog: before.auditLog + 1,
    });

    expect(await api.projects.get({ id })).toMatchObject({
      ...lead,
      ownerBId: colleague.id,
      origin: 'out_of_province',
      isKey: true,
      stage: 'negotiating',
      status: 'active',
      version: 1,
      stageEnteredAt: NOW,
      lastActivityAt: NOW,
      createdAt: NOW,
      createdBy: officer.id,
      agreedInvestment: null,
      major: true,
      totalInvestment: 60000,
    });
    expect(await api.projects.history({ id })).toEqual([
      {
        id: expect.any(Number) as number,
        fromState: null,
        toState: 'negotiating',
        at: NOW,
        note: '新建项目',
        dropCategory: null,
        byName: '刘洋',
      },
    ]);
    const audit = db.select().from(auditLog).where(eq(auditLog.entityId, id)).all();
    expect(audit.map((a) => [a.action, a.entity, a.userId, a.at])).toEqual([
      ['project.create', 'project', officer.id, NOW],
    ]);
  });

  it('stores a credit code upper-cased and trims text', async () => {
    const code = creditCodeFor(9001);
    const { id } = await api.projects.create({
      ...lead,
      name: '  长春万象城  ',
      creditCode: code.toLowerCase(),
    });
    expect(await api.projects.get({ id })).toMatchObject({ name: '长春万象城', creditCode: code });
  });
});

describe('projects.create refuses invalid input, names the field and writes nothing', () => {
  const future = '2026-11-27';
  it.each<[string, Record<string, unknown>, string[]]>([
    ['empty name', { name: '' }, ['name']],
    ['blank name', { name: '   ' }, ['name']],
    ['name over 100 characters', { name: '项'.repeat(101) }, ['name']],
    ['negative estimate', { estimatedInvestment: -1 }, ['estimatedInvestment']],
    ['fractional estimate', { estimatedInvestment: 12.5 }, ['estimatedInvestment']],
    ['estimate as text', { estimatedInvestment: '1000' }, ['estimatedInvestment']],
    ['unknown industry', { industry: 'mining' }, ['industry']],
    ['unknown channel', { channel: 'lottery' }, ['channel']],
    [
      'wrong credit-code check character',
      { creditCode: `${creditCodeFor(5).slice(0, 17)}${creditCodeFor(5).endsWith('0') ? '1' : '0'}` },
      ['creditCode'],
    ],
    ['credit code too short', { creditCode: '91220102000000' }, ['creditCode']],
    ['credit code already used by another project', { creditCode: existing.creditCode }, ['creditCode']],
    ['owner A who does not exist', { ownerAId: 99999 }, ['ownerAId']],
    ['owner A deactivated', { ownerAId: retired.id }, ['ownerAId']],
    ['owner B same as owner A', { ownerBId: officer.id }, ['ownerBId']],
    ['impossible date', { signingDate: '2026-02-30' }, ['signingDate']],
    ['date in the future', { signingDate: future }, ['signingDate']],
    ['landing before signing', { signingDate: '2026-10-01', landingDate: '2026-09-30' }, ['landingDate']],
    ['several bad fields at once', { name: '', estimatedInvestment: -5 }, ['estimatedInvestment', 'name']],
  ])('%s → %j', async (_case, patch, fields) => {
    const before = countRows(db);
    const error = await trpcError(api.projects.create({ ...lead, ...patch }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(fields);
    expect(countRows(db)).toEqual(before);
  });

  it('gives a message a person can act on, per field', async () => {
    const shape = errorShape(await trpcError(api.projects.create({ ...lead, name: '' })));
    expect(shape.data.fieldErrors).toEqual({ name: ['必填'] });
    expect(shape.message).toBe('输入有误 — name: 必填');
    expect(shape.data.httpStatus).toBe(400);

    const dated = errorShape(
      await trpcError(api.projects.create({ ...lead, signingDate: '2026-10-01', landingDate: '2026-09-30' })),
    );
    expect(dated.data.fieldErrors).toEqual({ landingDate: ['落地日期不能早于签约日期'] });
    const clash = errorShape(
      await trpcError(api.projects.create({ ...lead, creditCode: existing.creditCode })),
    );
    expect(clash.data.fieldErrors).toEqual({
      creditCode: [`该统一社会信用代码已用于项目「${existing.name}」`],
    });
  });
});
