import { eq } from 'drizzle-orm';
import { type Db, writeTransaction } from '../../db/client';
import { settings } from '../../db/schema';
import type { SessionUser } from '../auth/sessions';
import { DEFAULT_THRESHOLDS, type ProRataThresholds, thresholdsError } from '../../shared/domain/schedule';
import { audit } from '../audit';
import { conflict, fieldError } from '../errors';
import { putSetting } from './settings-row';

const KEY = 'schedule.proRataThresholds';

/** The pro-rata thresholds (序时进度): the stored setting, or the published defaults (version 0). */
export function getThresholds(db: Db): ProRataThresholds & { version: number } {
  const row = db
    .select({ value: settings.value, version: settings.version })
    .from(settings)
    .where(eq(settings.key, KEY))
    .get();
  if (!row) return { ...DEFAULT_THRESHOLDS, version: 0 };
  const v = JSON.parse(row.value) as Partial<ProRataThresholds>;
  return {
    yellowFrom: v.yellowFrom ?? DEFAULT_THRESHOLDS.yellowFrom,
    redAbove: v.redAbove ?? DEFAULT_THRESHOLDS.redAbove,
    version: row.version,
  };
}

const LABELS = { yellowFrom: 'yellowFromRange', redAbove: 'redAboveRange' } as const;

export function saveThresholds(
  db: Db,
  user: SessionUser,
  input: ProRataThresholds & { version: number },
  now: number,
): { version: number } {
  const bad = thresholdsError(input);
  if (bad) throw fieldError({ [bad]: LABELS[bad] });
  return writeTransaction(db, () => {
    const before = getThresholds(db);
    if (before.version !== input.version) throw conflict('settings');
    const version = before.version + 1;
    putSetting(db, KEY, { yellowFrom: input.yellowFrom, redAbove: input.redAbove }, user.id, now, version);
    audit(db, {
      userId: user.id,
      action: 'settings.update',
      entity: 'settings',
      changes: {
        key: KEY,
        yellowFrom: [before.yellowFrom, input.yellowFrom],
        redAbove: [before.redAbove, input.redAbove],
      },
      at: now,
    });
    return { version };
  });
}
