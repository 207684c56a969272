import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema';
import { buildApp } from '../../server/app';
import { createSession, SESSION_COOKIE } from '../../server/auth/sessions';
import { MAX_REPLAY } from '../../server/live/hub';
import { notify } from '../../server/services/notifications';
import type { LiveBatch } from '../../shared/domain/live';
import { callerFor } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeProject, makeUser } from '../helpers/factories';
import { openSse, type SseStream } from '../helpers/sse';

/**
 * The live stream (issue 18): a committed change reaches, within moments, exactly the people allowed
 * to read it, with the project's new version and who did it; a reconnect with Last-Event-ID misses
 * nothing; the stream passes the same door as every route and ends with the session.
 */
const db = createTestDb();
const officer = makeUser(db, { role: 'staff', displayName: '王磊' });
const other = makeUser(db, { role: 'staff', displayName: '李娜' });
const leader = makeUser(db, { role: 'leader', displayName: '孙晓梅' });
const admin = makeUser(db, { role: 'admin', displayName: '管理员' });
const temporary = makeUser(db, { role: 'staff' });
db.update(users).set({ mustChangePassword: true }).where(eq(users.id, temporary.id)).run();

let app: FastifyInstance;
let port = 0;
const open: SseStream[] = [];
beforeAll(async () => {
  app = await buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const s of open) s.close();
  await app.close();
});

async function stream(user: { id: number }, headers: Record<string, string> = {}, token?: string) {
  const session = token ?? createSession(db, user.id).token;
  const s = await openSse(port, '/api/events', { cookie: `${SESSION_COOKIE}=${session}`, ...headers });
  open.push(s);
  return s;
}
const changes = (f: { data: unknown }) => (f.data as LiveBatch).changes;

describe('GET /api/events', () => {
  it('refuses without a session, and a temporary password, like every route', async () => {
    const anonymous = await openSse(port, '/api/events', {});
    expect(anonymous.status).toBe(401);
    const temp = await stream(temporary);
    expect(temp.status).toBe(403);
  });

  it('a move reaches every reader at once, with the new version and the mover', async () => {
    const p = makeProject(db, { by: officer });
    const watchers = await Promise.all([stream(officer), stream(other), stream(leader), stream(admin)]);
    await Promise.all(watchers.map((w) => w.next('hello')));
    const started = performance.now();
    const moved = await callerFor(db, officer).projects.move({
      id: p.id,
      version: p.version,
      to: 'on_hold',
      note: '企业调整投资计划',
    });
    // Through tRPC's caller no HTTP request pokes the hub: its own poll finds the change.
    for (const w of watchers) {
      const frame = await w.next('changes');
      expect(changes(frame)).toContainEqual(
        expect.objectContaining({
          entity: 'project',
          id: p.id,
          projectId: p.id,
          version: moved.version,
          by: '王磊',
        }),
      );
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a change of an account reaches admins and the person, not the others', async () => {
    const [asAdmin, asOther, asOfficer] = await Promise.all([stream(admin), stream(other), stream(officer)]);
    await Promise.all([asAdmin, asOther, asOfficer].map((w) => w.next('hello')));
    const { version } = db
      .select({ version: users.version })
      .from(users)
      .where(eq(users.id, other.id))
      .get()!;
    await callerFor(db, admin).users.update({ id: other.id, version, displayName: '李娜娜', role: 'staff' });
    const p = makeProject(db, { by: officer }); // a project change, which everyone sees, follows
    const seen = async (w: SseStream) => {
      const all: LiveBatch['changes'] = [];
      while (!all.some((c) => c.entity === 'project' && c.id === p.id))
        all.push(...changes(await w.next('changes')));
      return all.filter((c) => c.entity === 'user');
    };
    expect((await seen(asAdmin)).map((c) => c.id)).toContain(other.id);
    expect((await seen(asOther)).map((c) => c.id)).toContain(other.id);
    expect(await seen(asOfficer)).toEqual([]);
  });

  it('a notification rings only its recipient’s bell', async () => {
    const [mine, theirs] = await Promise.all([stream(leader), stream(other)]);
    await Promise.all([mine.next('hello'), theirs.next('hello')]);
    notify(db, [leader.id], {
      kind: 'instruction_received',
      projectId: null,
      refId: null,
      text: '测试提醒',
      at: Date.now(),
    });
    const frame = await mine.next('changes');
    expect((frame.data as LiveBatch).notifications).toBe(1);
    await expect(theirs.next('changes', 600)).rejects.toThrow();
  });

  it('a reconnect with Last-Event-ID gets what it missed, in order, and nothing twice', async () => {
    const first = await stream(other);
    const hello = await first.next('hello');
    first.close();
    const a = makeProject(db, { by: officer, name: '断线期间新建一' });
    const b = makeProject(db, { by: officer, name: '断线期间新建二' });
    const again = await stream(other, { 'last-event-id': hello.id! });
    const frame = await again.next('changes');
    const created = changes(frame)
      .filter((c) => c.action === 'project.create')
      .map((c) => c.id);
    expect(created).toEqual([a.id, b.id]);
    const seqs = changes(frame).map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    // Resuming from the frame just received: nothing is sent again.
    const resumed = await stream(other, { 'last-event-id': frame.id! });
    await resumed.next('hello').catch(() => null);
    expect(resumed.frames.filter((f) => f.event === 'changes')).toEqual([]);
  });

  it('a reconnect too far behind is told to reset (refetch) instead of replaying', async () => {
    const last = await stream(other);
    const hello = await last.next('hello');
    last.close();
    // More than MAX_REPLAY rows are written while the stream is away.
    const insert = db.$client.prepare(
      "insert into audit_log (at, user_id, action, entity) values (?, ?, 'access.denied', 'route')",
    );
    db.$client.transaction(() => {
      for (let i = 0; i <= MAX_REPLAY; i++) insert.run(Date.now(), officer.id);
    })();
    const again = await stream(other, { 'last-event-id': hello.id! });
    await again.next('reset');
  });

  it('ends when the session ends: signing out closes the stream', async () => {
    process.env.LIVE_HEARTBEAT_MS = '200';
    const { token } = createSession(db, other.id);
    const s = await stream(other, {}, token);
    await s.next('hello');
    db.delete(sessions).run();
    await s.next('end', 6000);
    await s.ended;
  });
});
