import { count } from 'drizzle-orm';
import { type Config, ConfigError } from '../config';
import { hashPassword } from '../password';
import type { Db } from '../client';
import { users } from '../schema';

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
    // Loaded only for an empty database: a later start (a cluster's primary) need not load the demo.
    const { seedDemo } = await import('./demo');
    seedDemo(db, { today: new Date() });
    return;
  }
  const problem = firstAdminProblem(config);
  if (problem || !config.adminPassword) throw new ConfigError(problem ?? 'ADMIN_PASSWORD is missing');
  db.insert(users)
    .values({
      username: 'admin',
      displayName: '系统管理员',
      role: 'admin',
      passwordHash: await hashPassword(config.adminPassword),
    })
    .run();
}

/** Why an empty database cannot get its first admin, if it cannot: checked before anything is created. */
export function firstAdminProblem(config: Pick<Config, 'demoData' | 'adminPassword'>): string | null {
  if (config.demoData) return null;
  if (!config.adminPassword)
    return 'DEMO_DATA=0 needs ADMIN_PASSWORD (at least 12 characters) for the first admin account';
  if (config.adminPassword.length < 12) return 'ADMIN_PASSWORD must be at least 12 characters long';
  return null;
}
