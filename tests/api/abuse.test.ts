import type { FastifyInstance } from 'fastify';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { buildApp } from '../../server/app';
import { MAX_SESSIONS_PER_USER } from '../../server/auth/sessions';
import { passwordProblem } from '../../server/auth/password-policy';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUser, TEST_PASSWORD } from '../helpers/factories';

/** Issue 11: throttling that counts, lock-out that is not a weapon, password rules, no-store. */
const db = createTestDb();
const HOST = 'app.test';
const SAME = { host: HOST, origin: `http://${HOST}`, 'content-type': 'application/json' };
let app: FastifyInstance;
beforeAll(async () => {
  process.env.LOGIN_MAX_PER_PAIR = '5';
  process.env.LOGIN_MAX_PER_ACCOUNT = '12';
  app = await buildApp({ db });
  await app.ready();
  delete process.env.LOGIN_MAX_PER_PAIR;
  delete process.env.LOGIN_MAX_PER_ACCOUNT;
});
afterAll(async () => {
  await app.close();
});

const login = (username: string, password: string, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    headers: SAME,
    remoteAddress,
    payload: JSON.stringify({ username, password }),
  });

describe('login throttling counts before the password is checked', () => {
  it(
    'a parallel burst of 40 wrong passwords gets exactly the limit of tries',
    { timeout: 60_000 },
    async () => {
      makeUser(db, { username: 'burst' });
      const replies = await Promise.all(
        Array.from({ length: 40 }, () => login('burst', 'wrong password!', '10.9.0.1')),
      );
      const codes = replies.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401)).toHaveLength(5);
      expect(codes.filter((c) => c === 429)).toHaveLength(35);
      expect(
        replies.find((r) => r.statusCode === 429)?.json<{ error: { message: string } }>().error.message,
      ).toMatch(/^登录尝试过于频繁，请 \d+ 分钟后再试$/);
    },
  );

  it(
    'someone guessing from elsewhere cannot lock the real person out of their usual address',
    { timeout: 90_000 },
    async () => {
      makeUser(db, { username: 'victim' });
      expect((await login('victim', TEST_PASSWORD, '10.8.0.1')).statusCode).toBe(200);
      // The attacker spreads guesses over many addresses until the account-wide limit is reached.
      for (let i = 0; i < 12; i++) await login('victim', `guess-${i}-xxxxx`, `10.7.0.${i}`);
      expect((await login('victim', TEST_PASSWORD, '10.7.9.9')).statusCode).toBe(429);
      // The person, from the address they signed in from before, still gets in.
      expect((await login('victim', TEST_PASSWORD, '10.8.0.1')).statusCode).toBe(200);
    },
  );

  it(
    '40 parallel correct logins: a bounded number succeed, sessions stay capped',
    { timeout: 90_000 },
    async () => {
      const user = makeUser(db, { username: 'parallel' });
      const replies = await Promise.all(
        Array.from({ length: 40 }, () => login('parallel', TEST_PASSWORD, '10.6.0.1')),
      );
      const ok = replies.filter((r) => r.statusCode === 200).length;
      expect(ok).toBeGreaterThan(0);
      expect(ok).toBeLessThanOrEqual(20);
      const held = db.select({ n: count() }).from(sessions).where(eq(sessions.userId, user.id)).get()!.n;
      expect(held).toBe(Math.min(ok, MAX_SESSIONS_PER_USER));
    },
  );

  it('API answers carry Cache-Control: no-store', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { host: HOST } });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('the current password in a password change is throttled too', () => {
  it('stops guessing after the limit', { timeout: 60_000 }, async () => {
    const user = makeUser(db, { username: 'changer' });
    const api = callerFor(db, user);
    for (let i = 0; i < 10; i++) {
      const e = await trpcError(
        api.users.changePassword({ current: `guess-${i}`, next: 'a-fine-new-passphrase' }),
      );
      if (e.code === 'TOO_MANY_REQUESTS') {
        expect(i).toBeGreaterThanOrEqual(5);
        return;
      }
      expect(fieldNames(e)).toEqual(['current']);
    }
    throw new Error('never throttled');
  });
});

describe('password rules (ASVS 2.1)', () => {
  it.each([
    ['password1234', 'someone', 'passwordCommon'],
    ['1234567890ab', 'someone', null],
    ['qwertyuiop12', 'someone', 'passwordCommon'],
    ['            ', 'someone', 'passwordRepeated'],
    ['aaaaaaaaaaaa', 'someone', 'passwordRepeated'],
    ['zhangwei-2026!', 'zhangwei', 'passwordHasUsername'],
    ['correct horse battery', 'someone', null],
  ])('%j for %s → %s', (password, username, problem) => {
    expect(passwordProblem(password, username)).toBe(problem);
  });

  it('a new account needs 12 characters, not on the list, not containing the username', async () => {
    const admin = makeUser(db, { role: 'admin' });
    const api = callerFor(db, admin);
    const make = (username: string, password: string) =>
      trpcError(api.users.create({ username, displayName: '新同事', role: 'staff', password }));
    expect((await make('newbie', 'elevenchars')).message).toContain('12');
    expect((await make('newbie', 'password1234')).message).toContain('常见');
    expect((await make('newbie', 'newbie-secret-1')).message).toContain('用户名');
  });
});
