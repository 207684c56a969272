import { TRPCError } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { errorShape } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUser, TEST_PASSWORD } from '../helpers/factories';

const db = createTestDb();
makeUser(db, { role: 'staff', username: 'alice' });
const HOST = 'app.test';
const SAME = { host: HOST, origin: `http://${HOST}`, 'content-type': 'application/json' };

let app: FastifyInstance;
beforeAll(async () => {
  process.env.LOGIN_MAX_PER_ACCOUNT = '3';
  process.env.LOGIN_MAX_PER_ADDRESS = '6';
  app = await buildApp({ db });
  app.get('/boom', () => {
    throw new Error('SQLITE_ERROR: near "SELECT": select password_hash from users');
  });
  await app.ready();
  delete process.env.LOGIN_MAX_PER_ACCOUNT;
  delete process.env.LOGIN_MAX_PER_ADDRESS;
});
afterAll(async () => {
  await app.close();
});

const login = (
  username: string,
  password: string,
  headers: Record<string, string> = SAME,
  remoteAddress = '10.0.0.1',
) =>
  app.inject({
    method: 'POST',
    url: '/trpc/auth.login?batch=1',
    headers,
    remoteAddress,
    payload: JSON.stringify({ 0: { username, password } }),
  });

describe('security headers', () => {
  it('sends a content security policy and the usual headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { host: HOST } });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    for (const part of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(part);
    }
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('mutations from this origin only', () => {
  it.each([
    ['no Origin and no Sec-Fetch-Site', { host: HOST, 'content-type': 'application/json' }],
    ['a foreign Origin', { host: HOST, origin: 'https://evil.example', 'content-type': 'application/json' }],
    [
      'a cross-site fetch',
      { host: HOST, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    ],
    ['Origin null', { host: HOST, origin: 'null', 'content-type': 'application/json' }],
  ])('refuses %s with 403 and a JSON error', async (_label, headers) => {
    const res = await login('alice', TEST_PASSWORD, headers);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject([
      { error: { message: '请求来源不被允许', data: { code: 'FORBIDDEN' } } },
    ]);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a tRPC mutation whose body is not JSON (a cross-site form post)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { host: HOST, origin: `http://${HOST}`, 'content-type': 'text/plain' },
      remoteAddress: '10.0.0.9',
      payload: '{"username":"alice","password":"x"}',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { data: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });

  it('accepts a same-origin JSON login (Origin or Sec-Fetch-Site) and sets an httpOnly SameSite cookie', async () => {
    const res = await login('alice', TEST_PASSWORD, SAME, '10.0.0.2');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/sid=.*HttpOnly.*SameSite=Lax/);
    const viaFetchSite = await login(
      'alice',
      TEST_PASSWORD,
      { host: HOST, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      '10.0.0.3',
    );
    expect(viaFetchSite.statusCode).toBe(200);
  });

  it('lets the ledger upload (raw bytes, not JSON) through the origin check to its own auth', async () => {
    const headers = { host: HOST, 'content-type': 'application/octet-stream', 'x-file-name': 'a.xlsx' };
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/ledger/import/upload',
      headers: { ...headers, origin: 'https://evil.example' },
      payload: Buffer.from('x'),
    });
    expect(foreign.statusCode).toBe(403);
    const same = await app.inject({
      method: 'POST',
      url: '/api/ledger/import/upload',
      headers: { ...headers, origin: `http://${HOST}` },
      payload: Buffer.from('x'),
    });
    expect(same.statusCode).toBe(401); // reached the route, which wants a session
  });

  it('reads stay open to GET without an Origin', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { host: HOST } });
    expect(res.statusCode).toBe(200);
  });
});

describe('limits and errors', () => {
  it('refuses a batch of more than 20 calls', async () => {
    const paths = Array.from({ length: 21 }, () => 'auth.me').join(',');
    const res = await app.inject({
      method: 'GET',
      url: `/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`,
      headers: { host: HOST },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('refuses a body over the limit with a short JSON error', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: SAME,
      payload: JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { message: '请求内容过大' } });
  });

  it('answers invalid JSON with 400 and no stack', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: SAME,
      remoteAddress: '10.0.0.8',
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('never leaks a stack trace or SQL from a failing route', async () => {
    const res = await app.inject({ method: 'GET', url: '/boom', headers: { host: HOST } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误' });
    expect(res.body).not.toMatch(/SELECT|password_hash|\.ts:\d+/i);
  });

  it('never leaks a stack trace or SQL from a failing procedure', () => {
    const sqlError = Object.assign(new Error('UNIQUE constraint failed: users.username'), {
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    const shape = errorShape(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: sqlError }));
    expect(shape.message).toBe('服务器内部错误');
    expect(JSON.stringify(shape)).not.toMatch(/UNIQUE|users\.username|stack/);
  });
});

// Each attempt hashes a password with scrypt at the production cost: seconds on a busy 2-core machine.
describe('login throttling', { timeout: 90_000 }, () => {
  it('throttles one account after 3 attempts with a clear Chinese message, whatever the address', async () => {
    makeUser(db, { role: 'staff', username: 'bob' });
    for (let i = 0; i < 3; i++)
      expect((await login('bob', 'wrong password', SAME, `10.1.0.${i}`)).statusCode).toBe(401);
    const res = await login('bob', TEST_PASSWORD, SAME, '10.1.0.99');
    expect(res.statusCode).toBe(429);
    const [item] = res.json<{ error: { message: string; data: { code: string } } }[]>();
    expect(item?.error.message).toMatch(/^登录尝试过于频繁，请 \d+ 分钟后再试$/);
    expect(item?.error.data.code).toBe('TOO_MANY_REQUESTS');
    // Another account is not affected.
    expect((await login('alice', TEST_PASSWORD, SAME, '10.1.0.100')).statusCode).toBe(200);
  });

  it('throttles one address after 6 attempts, whatever the account', async () => {
    for (let i = 0; i < 6; i++)
      expect((await login(`nobody${i}`, 'x', SAME, '10.2.0.1')).statusCode).toBe(401);
    const res = await login('alice', TEST_PASSWORD, SAME, '10.2.0.1');
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('登录尝试过于频繁');
  });
});

describe('login throttling counts failures only', { timeout: 90_000 }, () => {
  it('lets a person sign in again and again; only wrong passwords count', async () => {
    makeUser(db, { role: 'staff', username: 'carol' });
    for (let i = 0; i < 5; i++)
      expect((await login('carol', TEST_PASSWORD, SAME, `10.3.0.${i}`)).statusCode).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await login('carol', 'wrong password', SAME, `10.3.1.${i}`)).statusCode).toBe(401);
    expect((await login('carol', TEST_PASSWORD, SAME, '10.3.2.1')).statusCode).toBe(429);
  });

  it('refuses a login batched with other calls, so one request cannot try many passwords', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login,auth.login?batch=1',
      headers: SAME,
      remoteAddress: '10.4.0.1',
      payload: JSON.stringify({
        0: { username: 'alice', password: 'guess one' },
        1: { username: 'alice', password: 'guess two' },
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('登录请求须单独发送');
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const PUBLIC = 'invest.district.gov.cn';
  const viaProxy = {
    host: '127.0.0.1:3000',
    'x-forwarded-host': PUBLIC,
    'x-forwarded-for': '203.0.113.7',
    origin: `https://${PUBLIC}`,
    'content-type': 'application/json',
  };
  const loginVia = (target: FastifyInstance) =>
    target.inject({
      method: 'POST',
      url: '/trpc/auth.login?batch=1',
      headers: viaProxy,
      remoteAddress: '127.0.0.1',
      payload: JSON.stringify({ 0: { username: 'alice', password: TEST_PASSWORD } }),
    });

  it('without the setting a forged X-Forwarded-Host does not pass the origin check', async () => {
    expect((await loginVia(app)).statusCode).toBe(403);
  });

  it('with the proxy trusted, the public host is this origin and the client address is the forwarded one', async () => {
    const proxied = await buildApp({ db, trustProxy: '127.0.0.1' });
    let seenIp = '';
    proxied.get('/ip', (req) => (seenIp = req.ip));
    try {
      expect((await loginVia(proxied)).statusCode).toBe(200);
      await proxied.inject({ method: 'GET', url: '/ip', headers: viaProxy, remoteAddress: '127.0.0.1' });
      expect(seenIp).toBe('203.0.113.7');
      // A request that does not come from the trusted proxy gets no say in its host.
      const direct = await proxied.inject({
        method: 'POST',
        url: '/trpc/auth.login?batch=1',
        headers: viaProxy,
        remoteAddress: '198.51.100.1',
        payload: JSON.stringify({ 0: { username: 'alice', password: TEST_PASSWORD } }),
      });
      expect(direct.statusCode).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});
