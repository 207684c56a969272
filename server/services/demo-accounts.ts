import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { DEMO_LOGINS } from '../../db/seed/demo/people';

/**
 * Whether the demo district's three sign-in accounts (admin / leader / staff, each active in its role)
 * are there, so the login page mentions them only where they exist: never on an office's own database.
 */
export function demoAccountsPresent(db: Db): boolean {
  const found = db
    .select({ username: users.username, role: users.role })
    .from(users)
    .where(and(inArray(users.username, Object.keys(DEMO_LOGINS)), eq(users.active, true)))
    .all();
  return Object.entries(DEMO_LOGINS).every(([username, role]) =>
    found.some((u) => u.username === username && u.role === role),
  );
}
