import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import type { ProjectFields } from '../../shared/schemas/project';
import { callerFor, errorShape, fieldNames, trpcError } from '../helpers/caller';
import { creditCodeFor } from '../helpers/credit-code';
import { countRows, createTestDb } from '../helpers/db';
import { editFields, makeProject, makeUser, type ProjectOverrides } from '../helpers/factories';
import { NOW } from '../helpers/time';

const db = createTestDb();
const officer = makeUser(db);
const api = callerFor(db, officer);

const edit = editFields;
const reload = (id: number) => api.projects.get({ id });

describe('projects.update', () => {
  it('saves the fields and increments the version each time, with an audit row of what changed', async () => {
    const p = makeProject(db, { by: officer, estimatedInvestment: 1000 });
    await expect(
      api.projects.update({
        id: p.id,
        version: 1,
        fields: edit(p, { estimatedInvestment: 6000, description: '扩产' }),
      }),
    ).resolves.toEqual({ version: 2 });
    const saved = await reload(p.id);
    await expect(
      api.projects.update({ id: p.id, version: saved.version, fields: edit(saved, { name: '新名称' }) }),
    ).resolves.toEqual({ version: 3 });
    expect(await reload(p.id)).toMatchObject({
      version: 3,
      name: '新名称',
      estimatedInvestment: 6000,
      description: '扩产',
      major: true,
      updatedAt: NOW,
      updatedBy: officer.id,
    });
    const audits = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, p.id), eq(auditLog.action, 'project.update')))
      .all();
    expect(audits.map((a) => JSON.parse(a.changes!) as unknown)).toEqual([
      { estimatedInvestment: [1000, 6000], description: [null, '扩产'] },
      { name: [p.name, '新名称'] },
    ]);
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const p = makeProject(db, { by: officer });
    await api.projects.update({ id: p.id, version: 1, fields: edit(p, { name: '甲的修改' }) });
    const before = countRows(db);
    const error = await trpcError(
      api.projects.update({ id: p.id, version: 1, fields: edit(p, { name: '乙的修改' }) }),
    );
    expect([error.code, error.message]).toEqual(['CONFLICT', '该项目已被他人修改，请刷新后重试']);
    expect(await reload(p.id)).toMatchObject({ name: '甲的修改', version: 2 });
    expect(countRows(db)).toEqual(before);
  });

  it('NOT_FOUND for an unknown project', async () => {
    const p = makeProject(db, { by: officer });
    expect((await trpcError(api.projects.update({ id: 987654, version: 1, fields: edit(p) }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a field left out keeps its value; a later stage’s gate may be cleared', async () => {
    const p = makeProject(db, {
      by: officer,
      stage: 'introduced',
      signingDate: '2026-10-01',
      location: '华润中心',
      startDate: '2026-11-01',
    });
    const { version } = await api.projects.update({
      id: p.id,
      version: p.version,
      fields: edit(p, { startDate: null }),
    });
    expect(await reload(p.id)).toMatchObject({
      version,
      location: '华润中心',
      signingDate: p.signingDate,
      startDate: null,
    });
  });
});

describe('projects.update refuses, names the field and changes nothing', () => {
  const other = makeProject(db, { by: officer, stage: 'landed' });
  const signed: ProjectOverrides = { stage: 'introduced', signingDate: '2026-10-01' };
  const landed: ProjectOverrides = { stage: 'landed', signingDate: '2026-10-01', landingDate: '2026-10-15' };

  it.each<[string, ProjectOverrides, Partial<ProjectFields>, Record<string, string[]>]>([
    [
      'clearing the signing date of a signed project',
      signed,
      { signingDate: null },
      { signingDate: ['当前阶段必填'] },
    ],
    [
      'clearing the agreed amount with an empty value',
      signed,
      { agreedInvestment: null },
      { agreedInvestment: ['当前阶段必填'] },
    ],
    [
      'clearing two gates of a landed project',
      landed,
      { creditCode: '', location: '' },
      { creditCode: ['当前阶段必填'], location: ['当前阶段必填'] },
    ],
    ['a date in the future', landed, { startDate: '2026-11-27' }, { startDate: ['日期不能晚于今天'] }],
    [
      'a signing date after the landing date',
      landed,
      { signingDate: '2026-10-16' },
      { landingDate: ['落地日期不能早于签约日期'] },
    ],
    [
      'a start date before the landing date',
      landed,
      { startDate: '2026-10-14' },
      { startDate: ['开工日期不能早于落地日期'] },
    ],
    [
      'another project’s credit code',
      landed,
      { creditCode: other.creditCode },
      { creditCode: [`该统一社会信用代码已用于项目「${other.name}」`] },
    ],
    [
      'an invalid credit code (named as the field, not as `fields`)',
      landed,
      { creditCode: '91220102000000000X' },
      { creditCode: ['统一社会信用代码无效：应为18位，且校验位正确'] },
    ],
    ['an empty name (named as the field, not as `fields`)', signed, { name: '' }, { name: ['必填'] }],
  ])('%s', async (_case, setup, changes, fieldErrors) => {
    const p = makeProject(db, { by: officer, ...setup });
    const before = { rows: countRows(db), project: await reload(p.id) };
    const error = await trpcError(
      api.projects.update({ id: p.id, version: p.version, fields: edit(p, changes) }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShape(error).data.fieldErrors).toEqual(fieldErrors);
    expect(await reload(p.id)).toEqual(before.project);
    expect(countRows(db)).toEqual(before.rows);
  });

  it('its own credit code is not a clash', async () => {
    const p = makeProject(db, { by: officer, stage: 'landed' });
    await expect(
      api.projects.update({ id: p.id, version: p.version, fields: edit(p, { creditCode: p.creditCode }) }),
    ).resolves.toEqual({ version: p.version + 1 });
    expect(
      fieldNames(
        await trpcError(
          api.projects.update({
            id: p.id,
            version: p.version + 1,
            fields: edit(p, { creditCode: creditCodeFor(1).slice(0, 17) }),
          }),
        ),
      ),
    ).toEqual(['creditCode']);
  });
});
