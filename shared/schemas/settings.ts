import { z } from 'zod';
import { STALL_DAYS_MAX, STALL_DAYS_MIN } from '../domain/stall';
import { version } from './fields';
import { msg } from './messages';

const stallDays = z
  .number({ error: () => msg('stallDays') })
  .int({ error: () => msg('stallDays') })
  .min(STALL_DAYS_MIN, { error: () => msg('stallDays') })
  .max(STALL_DAYS_MAX, { error: () => msg('stallDays') });

/** 久未推进 days per stage, as an admin saves them; `version` is the one they read (stale → CONFLICT). */
export const stallDaysInput = z.object({
  negotiating: stallDays,
  introduced: stallDays,
  landed: stallDays,
  started: stallDays,
  version,
});
export type StallDaysInput = z.input<typeof stallDaysInput>;
