import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../../db/schema';
import { createSession, userForSession } from '../../server/auth/sessions';
import type { SessionCookie } from '../../server/context';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUnit, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { NOW } from '../helpers/time';

const db = createTestDb();
const admin = makeUser(db, { role: 'admin' });
const unit = makeUnit(db);
const api = callerFor(db, admin);

function cookieJar(): SessionCookie & { value?: string } {
  const jar: SessionCookie & { value?: string } = {
    token: undefined,
    set(token) {
      jar.value = token;
    },
    clear() {
      jar.value = undefined;
    },
  };
  return jar;
}

const auditFor = (id: number) =>
  db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .all()
    .filter((r) => r.entity === 'user');

describe('users administration', () => {
  it('creates a user who must change the first password at login', async () => {
    const { id } = await api.users.create({
      username: 'new.officer',
      displayName: '新专员',
      role: 'staff',
      unitId: unit.id,
      title: '科员',
      password: 'first-password-1',
    });
    const row = (await api.users.list()).find((u) => u.id === id)!;
    expect(row).toMatchObject({
      username: 'new.officer',
      role: 'staff',
      unitName: unit.name,
      title: '科员',
      active: true,
      mustChangePassword: true,
    });
    const jar = cookieJar();
    await callerFor(db, null, NOW, jar).auth.login({ username: 'new.officer', password: 'first-password-1' });
    expect(userForSession(db, jar.value, NOW)?.mustChangePassword).toBe(true);
    expect(auditFor(id).map((r) => r.action)).toContain('user.create');
    expect(JSON.stringify(auditFor(id))).not.toContain('first-password-1');
  });

  it('refuses a taken username, a short password and an unknown unit, naming the field', async () => {
    expect(
      fieldNames(
        await trpcError(
          api.users.create({
            username: admin.username,
            displayName: 'x',
            role: 'staff',
            password: 'long-enough-1',
          }),
        ),
      ),
    ).toEqual(['username']);
    expect(
      fieldNames(
        await trpcError(
          api.users.create({ username: 'shorty', displayName: 'x', role: 'staff', password: 'short' }),
        ),
      ),
    ).toEqual(['password']);
    expect(
      fieldNames(
        await trpcError(
          api.users.create({
            username: 'nounit',
            displayName: 'x',
            role: 'staff',
            unitId: 99999,
            password: 'long-enough-1',
          }),
        ),
      ),
    ).toEqual(['unitId']);
  });

  it('changes role and unit with a version check, ending the sessions on a role change', async () => {
    const user = makeUser(db, { role: 'staff' });
    createSession(db, user.id, NOW);
    const [row] = (await api.users.list()).filter((u) => u.id === user.id);
    const res = await api.users.update({
      id: user.id,
      version: row!.version,
      displayName: row!.displayName,
      role: 'viewer',
      unitId: unit.id,
    });
    expect(res.version).toBe(row!.version + 1);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([]);
    expect(
      (
        await trpcError(
          api.users.update({ id: user.id, version: row!.version, displayName: 'x', role: 'staff' }),
        )
      ).code,
    ).toBe('CONFLICT');
    const changes = JSON.parse(auditFor(user.id).at(-1)!.changes!) as Record<string, unknown>;
    expect(changes).toMatchObject({ role: ['staff', 'viewer'], unitId: [null, unit.id] });
  });

  it('deactivates (never deletes), which ends the sessions; an admin cannot deactivate themself', async () => {
    const user = makeUser(db, { role: 'staff' });
    const { token } = createSession(db, user.id, NOW);
    await api.users.setActive({ id: user.id, version: 1, active: false });
    expect(userForSession(db, token, NOW)).toBeNull();
    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.active).toBe(false);
    expect(
      (await trpcError(callerFor(db, null).auth.login({ username: user.username, password: TEST_PASSWORD })))
        .code,
    ).toBe('UNAUTHORIZED');
    expect((await trpcError(api.users.setActive({ id: admin.id, version: 1, active: false }))).code).toBe(
      'BAD_REQUEST',
    );
  });

  it('resets a password: sessions end and the user must change it', async () => {
    const user = makeUser(db, { role: 'staff' });
    const { token } = createSession(db, user.id, NOW);
    await api.users.resetPassword({ id: user.id, version: 1, password: 'temporary-pass-1' });
    expect(userForSession(db, token, NOW)).toBeNull();
    const jar = cookieJar();
    await callerFor(db, null, NOW, jar).auth.login({ username: user.username, password: 'temporary-pass-1' });
    expect(userForSession(db, jar.value, NOW)?.mustChangePassword).toBe(true);
  });

  it('a temporary password allows nothing but changing it (or signing out), enforced by the server', async () => {
    const user = makeUser(db, { role: 'staff' });
    await api.users.resetPassword({ id: user.id, version: 1, password: 'temporary-pass-1' });
    const jar = cookieJar();
    await callerFor(db, null, NOW, jar).auth.login({ username: user.username, password: 'temporary-pass-1' });
    const session = userForSession(db, jar.value, NOW);
    if (!session) throw new Error('no session');
    const me = callerFor(db, session, NOW, jar);
    const refused = await trpcError(me.board.get({}));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('临时密码');
    expect(
      (
        await trpcError(
          me.projects.create({
            name: '临时密码项目',
            investor: '某公司',
            industry: 'digital',
            channel: 'building',
            estimatedInvestment: 100,
            ownerAId: user.id,
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await callerFor(db, session).auth.me()).toMatchObject({ id: user.id, mustChangePassword: true });
    await me.users.changePassword({ current: 'temporary-pass-1', next: 'my-own-password-1' });
    const fresh = userForSession(db, jar.value, NOW);
    expect(fresh?.mustChangePassword).toBe(false);
    if (!fresh) throw new Error('no session');
    await callerFor(db, fresh).board.get({});
  });
});

describe('changing one own password', () => {
  it('needs the current password and ≥ 10 characters, ends other sessions and rotates this one', async () => {
    const user = makeUser(db, { role: 'viewer' });
    const other = createSession(db, user.id, NOW);
    const jar = cookieJar();
    const me = callerFor(db, user, NOW, jar);
    expect(
      fieldNames(
        await trpcError(me.users.changePassword({ current: 'wrong password', next: 'new-password-1' })),
      ),
    ).toEqual(['current']);
    expect(
      fieldNames(await trpcError(me.users.changePassword({ current: TEST_PASSWORD, next: 'short' }))),
    ).toEqual(['next']);
    await me.users.changePassword({ current: TEST_PASSWORD, next: 'new-password-1' });
    expect(userForSession(db, other.token, NOW)).toBeNull();
    expect(userForSession(db, jar.value, NOW)).toMatchObject({ id: user.id, mustChangePassword: false });
    await callerFor(db, null).auth.login({ username: user.username, password: 'new-password-1' });
  });
});
