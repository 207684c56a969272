import { performance } from 'node:perf_hooks';
import { isoWeekKey } from '../shared/domain/dates';
import { shiftWeek, weekOf } from '../shared/domain/review/week';
import { reviewWeek } from '../server/services/review/review';
import { buildBenchDb } from './build-db';

/**
 * The weekly review over 1,000,000 stage events and 20,000 projects: server time of review.week
 * (everything the page shows) for weeks spread over three years. The first call loads the event log
 * into memory (cold); later calls only read new events (warm). Target: ≤ 200 ms per week, warm.
 */
export function benchReview(opts: { projects?: number; events?: number; runs?: number } = {}) {
  const projects = opts.projects ?? 20_000;
  const bench = buildBenchDb({ projects, stageEvents: opts.events ?? 1_000_000, followUps: projects * 10, fileName: 'invest-pipeline-bench-review.db' });
  try {
    const now = Date.now();
    const current = isoWeekKey(now);
    const t0 = performance.now();
    reviewWeek(bench.db, weekOf(current)!, now);
    const coldMs = performance.now() - t0;
    const times: number[] = [];
    const runs = opts.runs ?? 60;
    for (let i = 0; i < runs; i++) {
      const week = weekOf(shiftWeek(current, -((i * 7) % 150)))!;
      const s = performance.now();
      reviewWeek(bench.db, week, now);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const result = { counts: bench.counts, coldMs, p50: pick(0.5), p95: pick(0.95), max: times.at(-1)!, runs, targetMs: 200 };
    console.log(
      `\nWeekly review over ${bench.counts.stageEvents.toLocaleString('en')} stage events, ${bench.counts.projects.toLocaleString('en')} projects: ` +
        `cold ${coldMs.toFixed(0)} ms (loads the log), warm p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms ` +
        `over ${runs} weeks (target ≤ 200 ms: ${result.p95 <= 200 ? 'ok' : 'MISSED'})`,
    );
    return result;
  } finally {
    bench.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchReview();
