import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { buildApp } from '../../server/app';
import { createSession, SESSION_COOKIE } from '../../server/auth/sessions';
import { createTestDb } from '../helpers/db';
import { makeUser } from '../helpers/factories';

/**
 * The plain HTTP routes (files: the ledger and problem exports, the upload, the import report, abandoning an
 * import) pass the same door as tRPC (decision 085): a person with a temporary password is refused
 * with its code, a role the model does not let import is refused, and every refusal is an
 * `access.denied` audit row. A new /api route without a row here fails this file.
 */
const db = createTestDb();
const HOST = 'app.test';
const staff = makeUser(db, { role: 'staff' });
const temporary = makeUser(db, { role: 'staff' });
db.update(users).set({ mustChangePassword: true }).where(eq(users.id, temporary.id)).run();
const viewer = makeUser(db, { role: 'viewer' });
const leader = makeUser(db, { role: 'leader' });

type Route = {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  imports: boolean;
  /** Uploads a document: the role gate of documents.upload, then the project's own check. */
  uploads?: boolean;
  /** A read route naming an object this database does not have: 404 past the door. */
  missing?: boolean;
};
/**
 * Every /api route, and whether it is part of importing (import.update), uploading a document, or a
 * download everyone who reads may have.
 */
const ROUTES: Record<string, Route> = {
  'GET /api/ledger.xlsx': { method: 'GET', url: '/api/ledger.xlsx', imports: false },
  'GET /api/ledger.csv': { method: 'GET', url: '/api/ledger.csv', imports: false },
  'GET /api/problems.xlsx': { method: 'GET', url: '/api/problems.xlsx', imports: false },
  'GET /api/problems/tally.xlsx': {
    method: 'GET',
    url: '/api/problems/tally.xlsx?from=2026-01-01&to=2026-11-30',
    imports: false,
  },
  'GET /api/reports/:file': { method: 'GET', url: '/api/reports/2026-10.xlsx', imports: false },
  'POST /api/ledger/import/upload': { method: 'POST', url: '/api/ledger/import/upload', imports: true },
  'GET /api/ledger/import/:token/report.csv': {
    method: 'GET',
    url: '/api/ledger/import/abc/report.csv',
    imports: true,
  },
  'DELETE /api/ledger/import/:token': { method: 'DELETE', url: '/api/ledger/import/abc', imports: true },
  'POST /api/documents': { method: 'POST', url: '/api/documents', imports: false, uploads: true },
  'GET /api/documents/:id': { method: 'GET', url: '/api/documents/1', imports: false, missing: true },
  'GET /api/projects/:id/documents.zip': {
    method: 'GET',
    url: '/api/projects/1/documents.zip',
    imports: false,
    missing: true,
  },
};

/** Streams never end, so inject cannot read them: the live stream's door is tested in live-events.test.ts. */
const STREAMS = ['GET /api/events'];

let app: FastifyInstance;
const apiRoutes: string[] = [];
beforeAll(async () => {
  app = await buildApp({ db });
  await app.ready();
  // Fastify's route table is a tree ("└── /api/ledger/import/:token (DELETE)" then "    └── /report.csv
  // (GET, HEAD)"): flattened to "GET /api/ledger.csv", …, HEAD twins of GET routes left out.
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (depth ? (stack[depth - 1] ?? '') : '') + m[2]!;
    stack[depth] = path;
    if (!path.startsWith('/api/') || !m[3]) continue;
    for (const method of m[3].split(', ')) if (method !== 'HEAD') apiRoutes.push(`${method} ${path}`);
  }
});
afterAll(async () => {
  await app.close();
});

function call(route: Route, user: { id: number }) {
  const { token } = createSession(db, user.id);
  return app.inject({
    method: route.method,
    url: route.url,
    headers: {
      host: HOST,
      origin: `http://${HOST}`,
      cookie: `${SESSION_COOKIE}=${token}`,
      ...(route.method === 'POST' && { 'content-type': 'application/octet-stream', 'x-file-name': 'a.xlsx' }),
    },
    ...(route.method === 'POST' && { payload: Buffer.from('not a workbook') }),
  });
}

const refusals = (userId: number) =>
  db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.action, 'access.denied'), eq(auditLog.userId, userId), eq(auditLog.entity, 'route')),
    )
    .all().length;

describe('the plain HTTP routes pass the same door as tRPC', () => {
  it('every /api route has a row here', () => {
    expect(apiRoutes.sort()).toEqual([...Object.keys(ROUTES), ...STREAMS].sort());
  });

  it.each(Object.entries(ROUTES))(
    '%s refuses a temporary password with its code and audits it',
    async (_, route) => {
      const before = refusals(temporary.id);
      const res = await call(route, temporary);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({
        code: 'changeTemporaryPassword',
        message: '请先修改管理员设置的临时密码',
      });
      expect(refusals(temporary.id)).toBe(before + 1);
    },
  );

  it.each(Object.entries(ROUTES))(
    '%s: a viewer and a leader only where the model lets them',
    async (_, route) => {
      for (const user of [viewer, leader]) {
        const before = refusals(user.id);
        const res = await call(route, user);
        if (route.uploads && user === leader) {
          // A leader may upload to the projects they lead: past the role gate, to the object's check.
          expect(res.statusCode).not.toBe(403);
          expect(refusals(user.id)).toBe(before);
        } else if (route.imports || route.uploads) {
          // Importing is import.update: officers and admins only.
          expect(res.statusCode).toBe(403);
          expect(res.json()).toMatchObject({ code: 'roleForbidden' });
          expect(refusals(user.id)).toBe(before + 1);
        } else {
          // Exports are open to everyone who reads the board (decision 085).
          expect(res.statusCode).toBe(route.missing ? 404 : 200);
          expect(refusals(user.id)).toBe(before);
        }
      }
    },
  );

  it.each(Object.entries(ROUTES))('%s lets an officer through the door', async (_, route) => {
    const res = await call(route, staff);
    expect(res.statusCode).not.toBe(403);
    expect(res.statusCode).not.toBe(401);
    expect(refusals(staff.id)).toBe(0);
  });
});
