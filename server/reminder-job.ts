import type { Db } from '../db/client';
import { DAY_MS, SHANGHAI_OFFSET_MS } from '../shared/domain/dates';
import { sendDueReminders } from './services/reminders';

/** The reminders go out at 08:00 in Shanghai, before the office's day starts. */
const SEND_AT_MS = 8 * 60 * 60 * 1000;

/** Milliseconds from `now` to the next 08:00 Asia/Shanghai (China keeps no daylight saving time). */
export function msUntilNextRun(now: number): number {
  const sinceMidnight = (now + SHANGHAI_OFFSET_MS) % DAY_MS;
  const wait = SEND_AT_MS - sinceMidnight;
  return wait > 0 ? wait : wait + DAY_MS;
}

/**
 * Sends the day's reminders shortly after the server starts (a restart later in the day catches up;
 * the keys keep it to once) and every day at 08:00. Timers are unref'd: they never hold the process.
 */
export function startDailyReminders(
  db: Db,
  log: (message: string, error?: unknown) => void,
  firstDelayMs = 1_000,
): () => void {
  let timer: NodeJS.Timeout;
  const run = () => {
    try {
      const { sent } = sendDueReminders(db, Date.now());
      if (sent) log(`reminders: ${sent} notification(s) sent`);
    } catch (error) {
      log('reminders failed', error);
    }
    schedule(msUntilNextRun(Date.now()));
  };
  const schedule = (ms: number) => {
    timer = setTimeout(run, ms);
    timer.unref();
  };
  schedule(firstDelayMs);
  return () => clearTimeout(timer);
}
