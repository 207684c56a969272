import type { Db } from '../../db/client';
import { settings } from '../../db/schema';

/** Writes one key of the admin's settings (JSON text) at `version`; call inside the save's transaction. */
export function putSetting(
  db: Db,
  key: string,
  value: unknown,
  userId: number,
  now: number,
  version: number,
): void {
  const text = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: text, updatedAt: now, updatedBy: userId, version })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: text, updatedAt: now, updatedBy: userId, version },
    })
    .run();
}
