import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { eq } from 'drizzle-orm';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { auditLog, users } from '../../db/schema';
import { resetLoginThrottle } from '../../server/auth/login-throttle';
import { callerFor, fieldNames, trpcError } from '../helpers/caller';
import { createTestDb } from '../helpers/db';
import { makeUser, TEST_PASSWORD } from '../helpers/factories';
import { NOW } from '../helpers/time';

/** Usernames are one name whatever their case (issue 11): `Staff` cannot join `staff`, `STAFF` signs in. */
describe('usernames ignore case', () => {
  const db = createTestDb();
  const admin = makeUser(db, { role: 'admin' });
  const staff = makeUser(db, { username: 'staff' });
  const api = callerFor(db, admin);

  it('refuses Staff when staff exists, naming the username field', async () => {
    const error = await trpcError(
      api.users.create({
        username: 'Staff',
        displayName: '另一个专员',
        role: 'staff',
        password: 'a-long-enough-passphrase',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldNames(error)).toEqual(['username']);
    expect(
      db
        .select()
        .from(users)
        .all()
        .filter((u) => u.username.toLowerCase() === 'staff'),
    ).toHaveLength(1);
  });

  it('signs in STAFF as the staff account', async () => {
    resetLoginThrottle();
    let token: string | undefined;
    const cookie = {
      token: undefined,
      set: (t: string) => void (token = t),
      clear: () => void (token = undefined),
    };
    await callerFor(db, null, NOW, cookie).auth.login({ username: 'STAFF', password: TEST_PASSWORD });
    expect(token).toBeDefined();
    const login = db
      .select()
      .from(auditLog)
      .all()
      .find((r) => r.action === 'auth.login');
    expect(login?.userId).toBe(staff.id);
  });

  it('leaves the database refusing a second spelling even past the service', () => {
    expect(() => makeUser(db, { username: 'sTaFf' })).toThrow(/UNIQUE/);
  });
});

describe('the upgrade tells apart accounts that differ only in case', () => {
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-username-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A database as the release before this migration left it: every migration up to 0005. */
  function databaseBeforeMigration(path: string) {
    const folder = join(dir, 'migrations-before');
    cpSync(join(import.meta.dirname, '..', '..', 'db', 'migrations'), folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((e) => e.tag.startsWith('0006_'));
    expect(upTo).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
    const sqlite = new Database(path);
    migrate(drizzle({ client: sqlite }), { migrationsFolder: folder });
    return sqlite;
  }

  it('keeps the oldest name, renames the later ones name-2, name-3 and audits each rename', () => {
    const path = join(dir, 'app.db');
    const old = databaseBeforeMigration(path);
    const insert = old.prepare(
      "INSERT INTO users (username, display_name, password_hash, role, created_at) VALUES (?, ?, 'x', 'staff', ?)",
    );
    insert.run('staff', '最早', 3);
    insert.run('Staff', '第二', 5);
    insert.run('STAFF', '第三', 4);
    insert.run('Staff-2', '已叫这个名字', 1);
    insert.run('leader', '无重名', 2);
    old.close();

    const db = openDatabase(path);
    const names = db
      .select({ displayName: users.displayName, username: users.username, version: users.version })
      .from(users)
      .all();
    expect(Object.fromEntries(names.map((u) => [u.displayName, u.username]))).toEqual({
      最早: 'staff',
      第三: 'STAFF-u3', // second oldest; Staff-2 is another account's name: its id tells it apart
      第二: 'Staff-3',
      已叫这个名字: 'Staff-2',
      无重名: 'leader',
    });
    const renames = db.select().from(auditLog).where(eq(auditLog.action, 'user.renameDuplicate')).all();
    expect(renames.map((r) => JSON.parse(r.changes ?? '{}') as unknown)).toEqual([
      { username: ['Staff', 'Staff-3'] },
      { username: ['STAFF', 'STAFF-u3'] },
    ]);
    expect(() =>
      db.$client
        .prepare(
          "INSERT INTO users (username, display_name, password_hash, role) VALUES ('LEADER', 'x', 'x', 'staff')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.$client.close();
  });
});
