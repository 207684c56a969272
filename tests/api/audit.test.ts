import { describe, expect, it } from 'vitest';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUnit, makeUser } from '../helpers/factories';
import { NOW, TODAY } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const owner = makeUser(db, { role: 'staff' });
const stranger = makeUser(db, { role: 'staff' });
const project = makeProject(db, { by: owner });
const other = makeProject(db, { by: owner });

describe('audit trail', () => {
  it('records who changed what, with before and after, and failed logins and refusals', async () => {
    await callerFor(db, owner).projects.update({
      id: project.id,
      version: project.version,
      fields: {
        name: '改过的名字',
        investor: project.investor,
        industry: project.industry,
        channel: project.channel,
        estimatedInvestment: project.estimatedInvestment,
        ownerAId: owner.id,
      },
    });
    await trpcError(callerFor(db, null).auth.login({ username: owner.username, password: 'wrong password' }));
    await trpcError(
      callerFor(db, stranger).followUps.add({
        projectId: project.id,
        date: TODAY,
        kind: 'phone',
        summary: '试图越权',
      }),
    );
    const api = callerFor(db, admin);
    const all = await api.audit.list({});
    const actions = all.rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['project.update', 'auth.login_failed', 'access.denied', 'project.create']),
    );
    const update = all.rows.find((r) => r.action === 'project.update')!;
    expect(update).toMatchObject({
      userId: owner.id,
      userName: owner.displayName,
      entity: 'project',
      entityId: project.id,
      at: NOW,
    });
    expect(update.changes).toMatchObject({ name: [project.name, '改过的名字'] });
  });

  it('filters by user, entity, action prefix and date range, with paging', async () => {
    const api = callerFor(db, admin);
    const mine = await api.audit.list({ userId: stranger.id });
    expect(mine.rows.every((r) => r.userId === stranger.id)).toBe(true);
    expect((await api.audit.list({ action: 'auth.' })).rows.every((r) => r.action.startsWith('auth.'))).toBe(
      true,
    );
    expect(
      (await api.audit.list({ entity: 'project', entityId: other.id })).rows.every(
        (r) => r.entityId === other.id,
      ),
    ).toBe(true);
    expect((await api.audit.list({ from: TODAY, to: TODAY })).total).toBeGreaterThan(0);
    expect((await api.audit.list({ from: '2020-01-01', to: '2020-01-31' })).total).toBe(0);
    const page1 = await api.audit.list({ pageSize: 10, page: 1 });
    const total = page1.total;
    const pages = await Promise.all(
      Array.from({ length: Math.ceil(total / 10) }, (_, i) => api.audit.list({ pageSize: 10, page: i + 1 })),
    );
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(total);
    expect((await trpcError(api.audit.list({ from: TODAY, to: '2026-01-01' }))).code).toBe('BAD_REQUEST');
  });

  it('a project page shows only its own trail, to every reader; the full trail is for admins', async () => {
    const viewer = makeUser(db, { role: 'viewer' });
    const trail = await callerFor(db, viewer).audit.forProject({ projectId: project.id });
    expect(trail.rows.length).toBeGreaterThan(0);
    expect(trail.rows.every((r) => r.entity === 'project' && r.entityId === project.id)).toBe(true);
    expect((await trpcError(callerFor(db, owner).audit.list({}))).code).toBe('FORBIDDEN');
  });
});

describe('the names an audit page needs', () => {
  it('come with the rows: every person and unit the changes refer to by id, and no one else', async () => {
    const colleague = makeUser(db, { role: 'staff', displayName: '李娜' });
    const unit = makeUnit(db, '投资促进局');
    const p = makeProject(db, { by: owner, name: '交接项目' });
    await callerFor(db, owner).projects.update({
      id: p.id,
      version: p.version,
      fields: {
        name: p.name,
        investor: p.investor,
        industry: p.industry,
        channel: p.channel,
        estimatedInvestment: p.estimatedInvestment,
        ownerAId: colleague.id,
        unitId: unit.id,
      },
    });
    const trail = await callerFor(db, owner).audit.forProject({ projectId: p.id });
    expect(trail.rows[0]?.changes).toMatchObject({
      ownerAId: [owner.id, colleague.id],
      unitId: [null, unit.id],
    });
    expect(trail.names).toEqual({
      users: { [owner.id]: owner.displayName, [colleague.id]: '李娜' },
      units: { [unit.id]: '投资促进局' },
      // The row's object: the project, by name.
      projects: { [p.id]: '交接项目' },
    });
    const page = await callerFor(db, admin).audit.list({ entity: 'project', entityId: p.id });
    expect(page.names.users[colleague.id]).toBe('李娜');
    expect(page.names.users[stranger.id]).toBeUndefined();
    expect(page.names.projects[p.id]).toBe('交接项目');
  });
});
