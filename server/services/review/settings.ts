import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { reviewSettings } from '../../../db/schema';

/** The three-year campaign of the seed (2023-07-01 – 2025-12-31) until the office sets another. */
export const DEFAULT_CAMPAIGN = { campaignStart: '2023-07-01', campaignEnd: '2025-12-31' } as const;

export function campaignSettings(db: Db): { campaignStart: string; campaignEnd: string; version: number } {
  const row = db
    .select({
      campaignStart: reviewSettings.campaignStart,
      campaignEnd: reviewSettings.campaignEnd,
      version: reviewSettings.version,
    })
    .from(reviewSettings)
    .where(eq(reviewSettings.id, 1))
    .get();
  return row ?? { ...DEFAULT_CAMPAIGN, version: 0 };
}
