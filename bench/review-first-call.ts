/**
 * The first review after a start (issue 19): a fresh process opens the bench database, then one
 * review.week of the current week is timed, phase by phase. bench/review.ts runs it as a child process
 * and reads the JSON it prints; `npx tsx bench/review-first-call.ts <database file>` alone.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/client';
import { isoWeekKey } from '../shared/domain/dates';
import { weekOf } from '../shared/domain/review/week';
import { type PhaseTimer, reviewWeek } from '../server/services/review/review';

export interface FirstCall {
  openMs: number;
  firstMs: number;
  secondMs: number;
  phases: { phase: string; ms: number }[];
}

export function firstCall(path: string): FirstCall {
  const t0 = performance.now();
  const db = openDatabase(path);
  const openMs = performance.now() - t0;
  const phases: { phase: string; ms: number }[] = [];
  const timer: PhaseTimer = (phase, run) => {
    const s = performance.now();
    try {
      return run();
    } finally {
      phases.push({ phase, ms: performance.now() - s });
    }
  };
  const now = Date.now();
  const week = weekOf(isoWeekKey(now))!;
  try {
    const t1 = performance.now();
    reviewWeek(db, week, now, timer);
    const firstMs = performance.now() - t1;
    const t2 = performance.now();
    reviewWeek(db, week, now);
    return { openMs, firstMs, secondMs: performance.now() - t2, phases };
  } finally {
    db.$client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: tsx bench/review-first-call.ts <database file>');
  console.log(JSON.stringify(firstCall(path)));
}
