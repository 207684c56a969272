import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { buildApp } from '../../server/app';
import { createSession, SESSION_COOKIE } from '../../server/auth/sessions';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';

/**
 * What goes over the wire (issue 21): compressed answers, 304 for an unchanged board, and the built
 * client served with long-lived caching for hashed assets and revalidation for the page itself.
 */
const db = createTestDb();
const officer = makeUser(db, { role: 'staff' });
for (let i = 0; i < 30; i++) makeProject(db, { by: officer, name: `传输测试项目${i}` });
const clientDir = mkdtempSync(join(tmpdir(), 'invest-pipeline-client-'));
const script = `console.log(${JSON.stringify('招商'.repeat(2000))});`;
mkdirSync(join(clientDir, 'assets'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(clientDir, 'assets', 'app-AbC123.js'), script);
writeFileSync(join(clientDir, 'assets', 'app-AbC123.js.br'), brotliCompressSync(script));

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({ db, clientDir });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(clientDir, { recursive: true, force: true });
});

const BOARD = `/trpc/board.get?input=${encodeURIComponent('{}')}`;
const get = (url: string, token: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { cookie: `${SESSION_COOKIE}=${token}`, ...headers } });

describe('answers over the wire', () => {
  it('the board comes brotli-compressed to a browser that accepts it', async () => {
    const { token } = createSession(db, officer.id);
    const plain = await get(BOARD, token);
    const packed = await get(BOARD, token, { 'accept-encoding': 'br, gzip' });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(brotliDecompressSync(packed.rawPayload).toString())).toEqual(plain.json());
  });

  it('an unchanged board answers 304 without a body; a write changes the tag', async () => {
    const { token } = createSession(db, officer.id);
    const first = await get(BOARD, token);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await get(BOARD, token, { 'if-none-match': tag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);

    makeProject(db, { by: officer, name: '传输测试新项目' });
    const changed = await get(BOARD, token, { 'if-none-match': tag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(tag);
    expect(changed.body).toContain('传输测试新项目');
  });

  it('a session that has ended gets its 401, not a 304', async () => {
    const { token } = createSession(db, officer.id);
    const tag = (await get(BOARD, token)).headers.etag as string;
    db.delete(sessions).where(eq(sessions.userId, officer.id)).run();
    const res = await get(BOARD, token, { 'if-none-match': tag });
    expect(res.statusCode).toBe(401);
  });

  it('a batch with a read outside the rule is not tagged', async () => {
    const { token } = createSession(db, officer.id);
    const input = encodeURIComponent(JSON.stringify({ 0: {}, 1: null }));
    const res = await get(`/trpc/board.get,auth.me?batch=1&input=${input}`, token);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('answers kept on the server (serialise once)', () => {
  const counts = () => ({ hits: app.answerCache.hits, misses: app.answerCache.misses });

  it('a second read under the same tag is the kept answer, byte for byte, in each encoding', async () => {
    const { token } = createSession(db, officer.id);
    const cases = [
      { accept: 'br, gzip', encoding: 'br', unpack: brotliDecompressSync },
      { accept: 'gzip', encoding: 'gzip', unpack: gunzipSync },
      { accept: '', encoding: undefined, unpack: (b: Buffer) => b },
    ];
    for (const { accept, encoding, unpack } of cases) {
      const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
      const first = await get(BOARD, token, headers);
      const before = counts();
      const second = await get(BOARD, token, headers);
      expect(counts()).toEqual({ hits: before.hits + 1, misses: before.misses });
      expect(second.statusCode).toBe(200);
      expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(second.headers['cache-control']).toBe('no-store');
      expect(second.headers['content-encoding']).toBe(encoding);
      const answer = JSON.parse(unpack(second.rawPayload).toString()) as {
        result: { data: { columns: unknown[] } };
      };
      expect(answer.result.data.columns).toHaveLength(5);
    }
  });

  it('a write anywhere forgets the kept answers: the next read is rebuilt', async () => {
    const { token } = createSession(db, officer.id);
    await get(BOARD, token);
    expect((await get(BOARD, token)).body).not.toContain('保留答案后的新项目');
    makeProject(db, { by: officer, name: '保留答案后的新项目' });
    const before = counts();
    const res = await get(BOARD, token);
    expect(counts().misses).toBe(before.misses + 1);
    expect(res.body).toContain('保留答案后的新项目');
  });

  it('a kept answer goes to its own session only, and never to one that has ended', async () => {
    const other = makeUser(db, { role: 'staff' });
    const mine = createSession(db, officer.id).token;
    const theirs = createSession(db, other.id).token;
    const first = await get(BOARD, mine);
    const before = counts();
    const res = await get(BOARD, theirs);
    expect(counts().misses).toBe(before.misses + 1);
    expect(res.headers.etag).not.toBe(first.headers.etag);

    db.delete(sessions).where(eq(sessions.userId, officer.id)).run();
    expect((await get(BOARD, mine)).statusCode).toBe(401);
  });
});

describe('the built client', () => {
  it('hashed assets: precompressed, cached for a year, immutable', async () => {
    const res = await app.inject({ url: '/assets/app-AbC123.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('the page itself and client routes are revalidated on every load', async () => {
    for (const url of ['/', '/projects/12', '/review/2026-W48']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
    expect((await app.inject({ url: '/api/nothing' })).statusCode).toBe(404);
  });

  it('an asset that is not there (an old chunk after an upgrade) is a 404, not the page', async () => {
    const res = await app.inject({ url: '/assets/project-page-OLD123.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).not.toContain('<div id="root">');
  });
});
