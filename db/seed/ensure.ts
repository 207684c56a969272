import { count } from 'drizzle-orm';
import type { Config } from '../config';
import { hashPassword } from '../password';
import type { Db } from '../client';
import { users } from '../schema';
import { seedDemo } from './demo';

/**
 * Fills an empty database: with the demo district when DEMO_DATA is on (the default), otherwise with
 * a single admin whose password comes from ADMIN_PASSWORD. A database with users is left alone.
 */
export async function ensureInitialData(
  db: Db,
  config: Pick<Config, 'demoData' | 'adminPassword'>,
): Promise<void> {
  const existing = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (existing > 0) return;
  if (config.demoData) {
    await seedDemo(db, { today: new Date() });
    return;
  }
  if (!config.adminPassword || config.adminPassword.length < 12) {
    throw new Error('DEMO_DATA=0 needs ADMIN_PASSWORD (at least 12 characters) for the first admin account');
  }
  db.insert(users)
    .values({
      username: 'admin',
      displayName: '系统管理员',
      role: 'admin',
      passwordHash: await hashPassword(config.adminPassword),
    })
    .run();
}
