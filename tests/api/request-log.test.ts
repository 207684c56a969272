import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { formatLogLine, type LogSettings } from '../../server/log';
import { createTestDb } from '../helpers/db';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The app at these settings with its log captured, plus a route that fails on the server. */
async function logged(log: LogSettings) {
  const lines: string[] = [];
  app = await buildApp({ db: createTestDb(), log, logTo: { write: (line: string) => lines.push(line) } });
  app.get('/boom', () => {
    throw new Error('disk on fire');
  });
  return { app, lines };
}

describe('request log (decision 130)', () => {
  it('is quiet at the default level: no line for a health check, a page, a refusal or an unknown path', async () => {
    const { app, lines } = await logged({ level: 'info', format: 'text' });
    for (const url of ['/healthz', '/trpc/auth.me', '/nowhere']) await app.inject({ url });
    await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: {} });
    expect(lines).toEqual([]);
  });

  it('says when a request fails on the server: one readable error line with the stack', async () => {
    const { app, lines } = await logged({ level: 'info', format: 'text' });
    expect((await app.inject({ url: '/boom' })).statusCode).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ERROR request failed reqId=req-1\n {4}Error: disk on fire\n {8}at /,
    );
  });

  it('shows one line per request at LOG_LEVEL=debug, never the health check', async () => {
    const { app, lines } = await logged({ level: 'debug', format: 'text' });
    await app.inject({ url: '/healthz' });
    await app.inject({ url: '/trpc/auth.me?input=%7B%7D' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ DEBUG GET \/trpc\/auth\.me 200 \d+ ms reqId=req-2\n$/);
  });

  it('writes pino JSON lines with LOG_FORMAT=json', async () => {
    const { app, lines } = await logged({ level: 'info', format: 'json' });
    await app.inject({ url: '/boom' });
    const record = JSON.parse(lines[0] ?? '') as { level: number; err: { message: string } };
    expect(record).toMatchObject({ level: 50, err: { message: 'disk on fire' } });
  });
});

describe('formatLogLine', () => {
  it('puts time, level and message first and the other fields as key=value', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 40,
        time: Date.UTC(2026, 11, 5, 1, 2, 3),
        pid: 1,
        hostname: 'h',
        msg: 'slow',
        path: 'x.y',
        n: 2,
      }),
    );
    expect(line).toMatch(/^2026-12-0\d \d\d:02:03 WARN {2}slow path=x\.y n=2\n$/);
  });
});
