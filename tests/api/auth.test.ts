import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { ABSOLUTE_LIFETIME_MS, createSession, userForSession } from '../../server/auth/sessions';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUnit, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { NOW } from '../helpers/time';

const db = createTestDb();
const unit = makeUnit(db, '投资促进局');
const officer = makeUser(db, { username: 'zhangwei', displayName: '张伟', role: 'staff', unitId: unit.id });
makeUser(db, { username: 'retired', role: 'staff', active: false });

/** A stand-in for the HTTP session cookie, recording what the procedure does with it. */
function cookieJar(token?: string) {
  const set = vi.fn<(token: string, expiresAt: number) => void>();
  const clear = vi.fn<() => void>();
  return { set, clear, cookie: { token, set, clear } };
}

describe('auth.me', () => {
  it('is the signed-in person, without any password data', async () => {
    expect(await callerFor(db, officer).auth.me()).toEqual({
      id: officer.id,
      username: 'zhangwei',
      displayName: '张伟',
      role: 'staff',
      unitId: unit.id,
      mustChangePassword: false,
    });
  });
});

describe('auth.login', () => {
  it('starts a session and hands its token to the cookie', async () => {
    const { set, cookie } = cookieJar();
    await expect(
      callerFor(db, null, NOW, cookie).auth.login({ username: 'zhangwei', password: TEST_PASSWORD }),
    ).resolves.toEqual({ ok: true });
    expect(set).toHaveBeenCalledTimes(1);
    const [token, expiresAt] = set.mock.calls[0]!;
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(expiresAt).toBe(NOW + ABSOLUTE_LIFETIME_MS);
    expect(userForSession(db, token, NOW + 1000)).toMatchObject({ id: officer.id, username: 'zhangwei' });
  });

  it('refuses a wrong password, an unknown user and a deactivated user with the same message', async () => {
    const attempts = [
      { username: 'zhangwei', password: 'wrong password!' },
      { username: 'nobody', password: TEST_PASSWORD },
      { username: 'retired', password: TEST_PASSWORD },
    ];
    const { set, cookie } = cookieJar();
    for (const attempt of attempts) {
      const error = await trpcError(callerFor(db, null, NOW, cookie).auth.login(attempt));
      expect(error.code).toBe('UNAUTHORIZED');
      expect(error.message).toBe('用户名或密码错误');
    }
    expect(set).not.toHaveBeenCalled();
    const failures = db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(eq(auditLog.action, 'auth.login_failed'))
      .all();
    expect(failures.map((f) => (JSON.parse(f.changes!) as { username: string }).username)).toEqual([
      'zhangwei',
      'nobody',
      'retired',
    ]);
  });

  it('ends the session the browser already had (a fresh id at every login)', async () => {
    const old = createSession(db, officer.id, NOW);
    const { set, cookie } = cookieJar(old.token);
    await callerFor(db, null, NOW, cookie).auth.login({ username: 'zhangwei', password: TEST_PASSWORD });
    expect(userForSession(db, old.token, NOW)).toBeNull();
    expect(set.mock.calls[0]?.[0]).not.toBe(old.token);
  });

  it('refuses an empty username as BAD_REQUEST before checking anything', async () => {
    const error = await trpcError(callerFor(db, null).auth.login({ username: ' ', password: 'x' }));
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe('auth.logout', () => {
  it('ends the session and clears the cookie', async () => {
    const { token } = createSession(db, officer.id, NOW);
    const user = userForSession(db, token, NOW);
    expect(user?.id).toBe(officer.id);
    const { clear, cookie } = cookieJar(token);
    await expect(callerFor(db, user, NOW, cookie).auth.logout()).resolves.toEqual({ ok: true });
    expect(clear).toHaveBeenCalledTimes(1);
    expect(userForSession(db, token, NOW)).toBeNull();
  });

  it('leaves the person’s other sessions alone', async () => {
    const laptop = createSession(db, officer.id, NOW);
    const phone = createSession(db, officer.id, NOW);
    await callerFor(db, officer, NOW, cookieJar(laptop.token).cookie).auth.logout();
    expect(userForSession(db, laptop.token, NOW)).toBeNull();
    expect(userForSession(db, phone.token, NOW)?.id).toBe(officer.id);
  });
});

describe('session lifetime (OWASP ASVS level 2)', () => {
  const MINUTE = 60_000;

  it('ends after 30 minutes without a request', () => {
    const { token } = createSession(db, officer.id, NOW);
    expect(userForSession(db, token, NOW + 29 * MINUTE)).not.toBeNull();
    expect(userForSession(db, token, NOW + 29 * MINUTE + 30 * MINUTE)).toBeNull();
    // Gone for good: the row was deleted, an earlier clock does not bring it back.
    expect(userForSession(db, token, NOW + MINUTE)).toBeNull();
  });

  it('lives while in use, but at most 12 hours after login', () => {
    const { token, expiresAt } = createSession(db, officer.id, NOW);
    expect(expiresAt).toBe(NOW + 12 * 60 * MINUTE);
    for (let t = NOW + 20 * MINUTE; t < expiresAt; t += 20 * MINUTE)
      expect(userForSession(db, token, t), `at +${(t - NOW) / MINUTE} min`).not.toBeNull();
    expect(userForSession(db, token, expiresAt)).toBeNull();
  });
});

describe('auth.loginInfo', () => {
  it('names the demo accounts only while all three are there, active, in their roles', async () => {
    const own = createTestDb();
    const ask = async () => (await callerFor(own, null).auth.loginInfo()).demoAccounts;
    makeUser(own, { username: 'admin', role: 'admin' });
    makeUser(own, { username: 'leader', role: 'leader' });
    // An office's own database: an admin, maybe a leader, never the demo's officer.
    expect(await ask()).toBe(false);
    const staff = makeUser(own, { username: 'staff', role: 'staff' });
    expect(await ask()).toBe(true);
    own.update(users).set({ active: false }).where(eq(users.id, staff.id)).run();
    expect(await ask()).toBe(false);
  });
});
