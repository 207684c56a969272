import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { sessions, users } from '../../db/schema';
import type { Role } from '../../shared/domain/catalog';
import { writesPaused } from '../write-gate';

export const SESSION_COOKIE = 'sid';
const positiveEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
/**
 * OWASP ASVS level 2 (3.3.2): a session ends after 30 minutes without a request and at the latest
 * 12 hours after login (one working day); SESSION_IDLE_MINUTES / SESSION_MAX_HOURS change them.
 * Only a person's own requests keep a session alive: the live stream (server/live) does not, so a page
 * left open in a background tab ends with its session.
 */
export const IDLE_TIMEOUT_MS = positiveEnv('SESSION_IDLE_MINUTES', 30) * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = positiveEnv('SESSION_MAX_HOURS', 12) * 60 * 60 * 1000;

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  mustChangePassword: boolean;
  /** 大字号 (issue 20): the client enlarges its type; read with the session (actors made in tests omit it). */
  largeText?: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Sessions one person may hold at once (several devices and browsers). */
export const MAX_SESSIONS_PER_USER = 5;

export function createSession(
  db: Db,
  userId: number,
  now = Date.now(),
): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + ABSOLUTE_LIFETIME_MS;
  db.insert(sessions)
    .values({ id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt })
    .run();
  // At most MAX_SESSIONS_PER_USER at once: a new login ends the person's oldest sessions (issue 11).
  db.delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        notInArray(
          sessions.id,
          db
            .select({ id: sessions.id })
            .from(sessions)
            .where(eq(sessions.userId, userId))
            .orderBy(desc(sessions.createdAt), sql`rowid desc`)
            .limit(MAX_SESSIONS_PER_USER),
        ),
      ),
    )
    .run();
  return { token, expiresAt };
}

/** Whether a session is still valid, without refreshing its idle timer (the live stream asks this). */
export function sessionAlive(db: Db, token: string | undefined, now = Date.now()): boolean {
  if (!token) return false;
  const row = db
    .select({ active: users.active, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, hashToken(token)))
    .get();
  return !!row && row.active && row.expiresAt > now && row.lastSeenAt + IDLE_TIMEOUT_MS > now;
}

/** A session's person, by the token's hash: prepared once per connection (it runs on every request). */
const sessionLookup = preparedOnce((db) =>
  db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      largeText: users.largeText,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare(),
);

/** The user behind a session token, refreshing its idle timer; null when missing, expired or deactivated. */
export function userForSession(db: Db, token: string | undefined, now = Date.now()): SessionUser | null {
  if (!token) return null;
  const id = hashToken(token);
  const row = sessionLookup(db).get({ id });
  if (!row) return null;
  // While a ledger import writes, these small writes wait for a later request (server/write-gate.ts).
  const mayWrite = !writesPaused(db);
  if (!row.active || row.expiresAt <= now || row.lastSeenAt + IDLE_TIMEOUT_MS <= now) {
    if (mayWrite) db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  // Refresh at most once a minute: a read should not turn into a write on every request.
  if (mayWrite && now - row.lastSeenAt > 60_000)
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
  const { active: _a, lastSeenAt: _l, expiresAt: _e, ...user } = row;
  return user;
}

export function endSession(db: Db, token: string | undefined): void {
  if (token)
    db.delete(sessions)
      .where(eq(sessions.id, hashToken(token)))
      .run();
}

export function endAllSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function purgeExpiredSessions(db: Db, now = Date.now()): void {
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
  db.delete(sessions)
    .where(and(lt(sessions.lastSeenAt, now - IDLE_TIMEOUT_MS)))
    .run();
}
