import { asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { sessions, units, users } from '../../db/schema';
import type {
  changePasswordInput,
  createUserInput,
  resetPasswordInput,
  setLargeTextInput,
  setUserActiveInput,
  updateUserInput,
} from '../../shared/schemas/users';
import { audit, diff } from '../audit';
import { hashPassword, verifyPassword } from '../../db/password';
import { takeAttempt } from '../auth/login-throttle';
import { checkNewPassword } from '../auth/password-policy';
import { endAllSessions, type SessionUser } from '../auth/sessions';
import { appError, conflict, fieldError, notFound } from '../errors';
import { updateVersioned } from './versioned-update';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  title: users.title,
  unitId: users.unitId,
  unitName: units.name,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  version: users.version,
};

/** Matches the account named `name` without regard to case (the index on lower(username) answers it). */
export const usernameIs = (name: string) => sql`lower(${users.username}) = lower(${name})`;

export function listUsers(db: Db) {
  // Active accounts first, then by id.
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(desc(users.active), asc(users.id))
    .all();
}

function loadUser(db: Db, id: number) {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) throw notFound('user');
  return row;
}

function checkUnit(db: Db, unitId: number | null | undefined) {
  if (unitId == null) return;
  const unit = db.select({ active: units.active }).from(units).where(eq(units.id, unitId)).get();
  if (!unit?.active) throw fieldError({ unitId: 'unitInactive' });
}

/** A new account with a first password the person must change at their first login. */
export async function createUser(
  db: Db,
  by: SessionUser,
  input: z.output<typeof createUserInput>,
  now: number,
) {
  checkNewPassword(input.password, input.username, 'password');
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, () => {
    const taken = db.select({ id: users.id }).from(users).where(usernameIs(input.username)).get();
    if (taken) throw fieldError({ username: 'usernameTaken' });
    checkUnit(db, input.unitId);
    const row = db
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        unitId: input.unitId ?? null,
        title: input.title ?? null,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
      })
      .returning({ id: users.id })
      .get();
    const { password: _p, ...shown } = input;
    audit(db, {
      userId: by.id,
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      changes: shown,
      at: now,
    });
    return row;
  });
}

export function updateUser(db: Db, by: SessionUser, input: z.output<typeof updateUserInput>, now: number) {
  return writeTransaction(db, () => {
    const before = loadUser(db, input.id);
    if (before.version !== input.version) throw conflict('user');
    if (before.id === by.id && input.role !== 'admin') throw fieldError({ role: 'keepOwnAdmin' });
    checkUnit(db, input.unitId);
    const next = {
      displayName: input.displayName,
      role: input.role,
      unitId: input.unitId ?? null,
      title: input.title ?? null,
    };
    updateVersioned(db, users, { id: input.id, version: input.version }, { ...next }, 'user');
    // A changed role takes effect at once: the person's sessions end.
    if (before.role !== input.role) endAllSessions(db, before.id);
    audit(db, {
      userId: by.id,
      action: 'user.update',
      entity: 'user',
      entityId: before.id,
      changes: diff(before, next),
      at: now,
    });
    return { id: before.id, version: before.version + 1 };
  });
}

/** Deactivates (never deletes) or reactivates an account; deactivation ends every session at once. */
export function setUserActive(
  db: Db,
  by: SessionUser,
  input: z.output<typeof setUserActiveInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadUser(db, input.id);
    if (before.version !== input.version) throw conflict('user');
    if (before.id === by.id && !input.active) throw appError('deactivateSelf');
    updateVersioned(db, users, { id: input.id, version: input.version }, { active: input.active }, 'user');
    if (!input.active) endAllSessions(db, before.id);
    audit(db, {
      userId: by.id,
      action: input.active ? 'user.activate' : 'user.deactivate',
      entity: 'user',
      entityId: before.id,
      changes: { active: [before.active, input.active] },
      at: now,
    });
    return { id: before.id, version: before.version + 1 };
  });
}

/** An admin sets a temporary password: the person's sessions end and they must change it at next login. */
export async function resetPassword(
  db: Db,
  by: SessionUser,
  input: z.output<typeof resetPasswordInput>,
  now: number,
) {
  checkNewPassword(input.password, loadUser(db, input.id).username, 'password');
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db, () => {
    const before = loadUser(db, input.id);
    if (before.version !== input.version) throw conflict('user');
    updateVersioned(
      db,
      users,
      { id: input.id, version: input.version },
      { passwordHash, mustChangePassword: true },
      'user',
    );
    endAllSessions(db, before.id);
    audit(db, {
      userId: by.id,
      action: 'user.resetPassword',
      entity: 'user',
      entityId: before.id,
      changes: { mustChangePassword: [before.mustChangePassword, true] },
      at: now,
    });
    return { id: before.id, version: before.version + 1 };
  });
}

/**
 * The signed-in person changes their own password (current one required). Every other session of theirs
 * ends; the caller gets a fresh session id through `rotate`.
 */
export async function changeOwnPassword(
  db: Db,
  user: SessionUser,
  input: z.output<typeof changePasswordInput>,
  now: number,
  rotate: () => void,
  ip?: string,
) {
  const row = loadUser(db, user.id);
  checkNewPassword(input.next, row.username, 'next');
  // The current password is guarded like a login: counted before it is checked.
  const attempt = await takeAttempt(row.username, ip, now);
  if (!(await verifyPassword(input.current, row.passwordHash))) {
    audit(db, {
      userId: user.id,
      action: 'user.changePassword_failed',
      entity: 'user',
      entityId: user.id,
      at: now,
    });
    throw fieldError({ current: 'wrongCurrentPassword' });
  }
  attempt.succeeded();
  const passwordHash = await hashPassword(input.next);
  writeTransaction(db, () => {
    db.update(users)
      .set({ passwordHash, mustChangePassword: false, version: row.version + 1 })
      .where(eq(users.id, user.id))
      .run();
    db.delete(sessions).where(eq(sessions.userId, user.id)).run();
    audit(db, {
      userId: user.id,
      action: 'user.changePassword',
      entity: 'user',
      entityId: user.id,
      changes: { mustChangePassword: [row.mustChangePassword, false] },
      at: now,
    });
    // Last: the fresh session's cookie goes out only when nothing after it can roll the change back.
    rotate();
  });
  return { ok: true };
}

/** 大字号 on or off for the caller themselves; their other devices follow at the next page load. */
export function setOwnLargeText(
  db: Db,
  user: SessionUser,
  input: z.output<typeof setLargeTextInput>,
  now: number,
) {
  return writeTransaction(db, () => {
    const before = loadUser(db, user.id);
    if (before.largeText === input.largeText) return { largeText: before.largeText };
    updateVersioned(db, users, before, { largeText: input.largeText }, 'user');
    audit(db, {
      userId: user.id,
      action: 'user.setLargeText',
      entity: 'user',
      entityId: user.id,
      changes: { largeText: [before.largeText, input.largeText] },
      at: now,
    });
    return { largeText: input.largeText };
  });
}
