import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { createSession, userForSession } from '../../server/auth/sessions';
import { callerFor, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUser } from '../helpers/factories';
import { NOW } from '../helpers/time';

const db = createTestDb();

const largeTextOf = (id: number) =>
  db.select({ largeText: users.largeText }).from(users).where(eq(users.id, id)).get()?.largeText;

describe('大字号, a person’s own setting (issue 20)', () => {
  it('is off for a new account, turned on and off by its owner, with an audit row per change', async () => {
    const viewer = makeUser(db, { role: 'viewer' });
    expect(largeTextOf(viewer.id)).toBe(false);
    const api = callerFor(db, viewer);
    await expect(api.users.setLargeText({ largeText: true })).resolves.toEqual({ largeText: true });
    expect(largeTextOf(viewer.id)).toBe(true);
    // Setting what is already set writes nothing.
    await api.users.setLargeText({ largeText: true });
    await api.users.setLargeText({ largeText: false });
    expect(largeTextOf(viewer.id)).toBe(false);
    const rows = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'user.setLargeText'))
      .all()
      .filter((r) => r.entityId === viewer.id);
    expect(rows.map((r) => r.changes)).toEqual([
      JSON.stringify({ largeText: [false, true] }),
      JSON.stringify({ largeText: [true, false] }),
    ]);
  });

  it('comes with the session, so every device of the person shows it', async () => {
    const staff = makeUser(db, { role: 'staff' });
    await callerFor(db, staff).users.setLargeText({ largeText: true });
    const { token } = createSession(db, staff.id, NOW);
    expect(userForSession(db, token, NOW)?.largeText).toBe(true);
  });

  it('needs a signed-in person and a boolean', async () => {
    const anonymous = callerFor(db, null);
    expect((await trpcError(anonymous.users.setLargeText({ largeText: true }))).code).toBe('UNAUTHORIZED');
    const staff = makeUser(db, { role: 'staff' });
    const bad = await trpcError(
      callerFor(db, staff).users.setLargeText({ largeText: 'yes' as unknown as boolean }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
  });
});
