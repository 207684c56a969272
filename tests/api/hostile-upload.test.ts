import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { clearUploads, heldBytes } from '../../server/services/ledger/uploads';
import { createTestDb } from '../helpers/db';
import { makeUser, TEST_PASSWORD } from '../helpers/factories';
import {
  FAKE_ZIP,
  hugeCell,
  millionRows,
  PNG,
  styledWideSheet,
  textBomb,
  textBombFlat,
  wideSheet,
  zipBomb,
} from '../helpers/hostile-files';

/**
 * Issue 11: hostile files sent to the real upload route of a listening server. Each is refused within
 * a few seconds with a message naming the limit, while /healthz keeps answering and memory stays
 * bounded. (The figures for docs/benchmarks.md come from bench/hostile.ts on a quiet machine; here
 * the bounds leave room for a busy CI box.)
 */
const db = createTestDb();
const officer = makeUser(db, { role: 'staff', username: 'hostile' });
let app: FastifyInstance;
let base = '';
let cookie = '';

beforeAll(async () => {
  app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: officer.username, password: TEST_PASSWORD }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  expect(cookie).toMatch(/=/);
});
afterAll(async () => {
  clearUploads();
  await app.close();
});

async function upload(bytes: Buffer, name: string) {
  let worstHealthz = 0;
  let peakRss = process.memoryUsage().rss;
  const rssBefore = peakRss;
  let done = false;
  const pinger = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(`${base}/healthz`);
      worstHealthz = Math.max(worstHealthz, performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const started = performance.now();
  const res = await fetch(`${base}/api/ledger/import/upload`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      origin: base,
      cookie,
    },
    body: new Uint8Array(bytes),
  });
  const ms = performance.now() - started;
  done = true;
  await pinger;
  const body = (await res.json()) as { message?: string; token?: string };
  return { status: res.status, body, ms, worstHealthz, rssGrowthMb: (peakRss - rssBefore) / 2 ** 20 };
}

describe('hostile uploads are refused quickly, the server stays responsive (issue 11)', () => {
  it.each([
    ['the wide sheet (values at column XFD)', () => wideSheet(), '200 列'],
    ["the issue's text bomb (120 M characters of one letter)", () => textBombFlat(), '压缩比异常'],
    ['a text bomb within the zip limits (24 M characters)', () => textBomb(), '万字'],
    ['one cell of a million characters', () => hugeCell(), '32,767 个字符'],
    ['a zip bomb with honest sizes', () => zipBomb(150), '解压后超过 100 MB'],
    ['a zip bomb that lies about its sizes', () => zipBomb(150, true), '文件'],
    ['a million-row sheet', () => millionRows(), '20,000 行'],
  ])('%s', { timeout: 60_000 }, async (_label, make, expected) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    const r = await upload(bytes, '台账.xlsx');
    expect(r.status).toBe(400);
    expect(r.body.message).toContain(expected);
    expect(r.body).toHaveProperty('code');
    // Measured at load average ~10 on 2 cores: at most 1.9 s, /healthz 55 ms, RSS +86 MB. The speed
    // targets (/healthz <= 200 ms) are bench/hostile.ts's to show on an idle machine; here the bounds
    // only catch a file that holds the event loop for good (a parse on the main thread takes seconds),
    // with room for a test suite running beside it (326-486 ms seen at load 9-10).
    expect(r.ms).toBeLessThan(6_000);
    expect(r.worstHealthz).toBeLessThan(1_000);
    expect(r.rssGrowthMb).toBeLessThan(150);
    expect(heldBytes()).toBe(0);
  });

  it('a renamed binary or a broken zip gets a plain message', async () => {
    // The Chinese text for API callers, and its code for the client's language.
    expect((await upload(PNG, '台账.xlsx')).body).toEqual({
      message: '不是 Excel 或 CSV 文件：请上传 .xlsx 或 .csv 格式的台账',
      code: 'fileNotSpreadsheet',
    });
    expect((await upload(FAKE_ZIP, '台账.xlsx')).body.message).toContain('文件已损坏');
  });

  it('empty styled cells out at XFD cost nothing: the sheet is read as two columns', async () => {
    const r = await upload(styledWideSheet(), '台账.xlsx');
    expect(r.status).toBe(200);
    const sheets = (r.body as { sheets?: { lines: number; hasHeader: boolean }[] }).sheets;
    expect(sheets).toEqual([{ index: 0, name: '台账', lines: 2_999, hasHeader: true }]);
    expect(heldBytes(officer.id)).toBeGreaterThan(0);
    const del = await fetch(`${base}/api/ledger/import/${r.body.token}`, {
      method: 'DELETE',
      headers: { origin: base, cookie },
    });
    expect(del.status).toBe(204);
    expect(heldBytes()).toBe(0);
  });
});
