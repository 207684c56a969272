import { desc, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { type Db, writeTransaction } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { stallSettings } from '../../db/schema';
import { DEFAULT_STALL_DAYS, STALL_STAGES, type StallDays } from '../../shared/domain/stall';
import type { stallDaysInput } from '../../shared/schemas/settings';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit';
import { conflict } from '../errors';

const columns = {
  version: stallSettings.id,
  negotiating: stallSettings.negotiating,
  introduced: stallSettings.introduced,
  landed: stallSettings.landed,
  started: stallSettings.started,
};

/** The newest limits, read by every board call: built once per connection (decision 137). */
const newestStallDays = preparedOnce((db) =>
  db
    .select(columns)
    .from(stallSettings)
    .orderBy(desc(stallSettings.effectiveAt), desc(stallSettings.id))
    .limit(1)
    .prepare(),
);

/**
 * The 久未推进 limits in effect at `at` (decision 120): the newest row effective by then. Without an
 * `at`, the ones in effect now (the newest row). Version 0 only on a database without the backfill.
 */
export function stallDaysAt(db: Db, at = Infinity): StallDays & { version: number } {
  const row = Number.isFinite(at)
    ? db
        .select(columns)
        .from(stallSettings)
        .where(lte(stallSettings.effectiveAt, at))
        .orderBy(desc(stallSettings.effectiveAt), desc(stallSettings.id))
        .limit(1)
        .get()
    : newestStallDays(db).get();
  return row ?? { ...DEFAULT_STALL_DAYS, version: 0 };
}

/** Saves new limits in effect from `now`; earlier weeks keep the limits of their time. */
export function saveStallDays(
  db: Db,
  user: SessionUser,
  input: z.output<typeof stallDaysInput>,
  now: number,
): { version: number } {
  return writeTransaction(db, () => {
    const before = stallDaysAt(db);
    if (before.version !== input.version) throw conflict('settings');
    const next = Object.fromEntries(STALL_STAGES.map((s) => [s, input[s]])) as StallDays;
    // Never before the row in effect: a clock set back must not reorder the history.
    const effectiveAt = Math.max(now, stallEffectiveAt(db));
    const row = db
      .insert(stallSettings)
      .values({ ...next, effectiveAt, recordedBy: user.id })
      .returning({ id: stallSettings.id })
      .get();
    const changes = Object.fromEntries(
      STALL_STAGES.filter((s) => before[s] !== next[s]).map((s) => [s, [before[s], next[s]]]),
    );
    audit(db, {
      userId: user.id,
      action: 'settings.update',
      entity: 'stall_settings',
      entityId: row.id,
      changes: { key: 'stallDays', effectiveAt, ...changes },
      at: now,
    });
    return { version: row.id };
  });
}

function stallEffectiveAt(db: Db): number {
  return (
    db
      .select({ at: stallSettings.effectiveAt })
      .from(stallSettings)
      .orderBy(desc(stallSettings.effectiveAt))
      .limit(1)
      .get()?.at ?? 0
  );
}
