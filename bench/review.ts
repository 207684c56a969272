import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isoWeekKey } from '../shared/domain/dates';
import { shiftWeek, weekOf } from '../shared/domain/review/week';
import { type PhaseTimer, reviewWeek } from '../server/services/review/review';
import { buildBenchDb } from './build-db';
import type { FirstCall } from './review-first-call';

/** One review in a fresh process on the same file: the first call after a start. */
function firstCallInFreshProcess(path: string): FirstCall {
  const script = join(import.meta.dirname, 'review-first-call.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, path], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`review-first-call failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as FirstCall;
}

/**
 * The weekly review over 1,000,000 stage events and 20,000 projects: server time of review.week
 * (everything the page shows) for weeks spread over three years. The first call loads the event log,
 * the project facts and the follow-ups into memory (cold); later calls only check for changes (warm).
 * Target (issue 19): warm p95 ≤ 100 ms per week. Then the same weeks again, phase by phase.
 * Before all that, the first call after a start (issue 19: ≤ 1 s): a fresh process opens the file and
 * asks for the current week once (bench/review-first-call.ts).
 * BENCH_REVIEW_RUNS (60) weeks; BENCH_REUSE_DB=1 keeps the built database in the temp folder and
 * opens it again on the next run instead of rebuilding it (the bench only reads).
 */
export const FIRST_TARGET_MS = 1_000;
export const WARM_TARGET_MS = 100;

export function benchReview(opts: { projects?: number; events?: number; runs?: number } = {}) {
  const projects = opts.projects ?? 20_000;
  const bench = buildBenchDb({
    projects,
    stageEvents: opts.events ?? 1_000_000,
    followUps: projects * 10,
    fileName: 'invest-pipeline-bench-review.db',
    reuse: process.env.BENCH_REUSE_DB === '1',
  });
  try {
    const now = Date.now();
    const current = isoWeekKey(now);
    const loadBefore = loadavg()[0]!;
    // Without a snapshot (a first start after the upgrade: the full read writes one), then a restart.
    rmSync(`${bench.path}.review-log`, { force: true });
    const withoutSnapshot = firstCallInFreshProcess(bench.path);
    const first = firstCallInFreshProcess(bench.path);
    const loadAfterFirst = loadavg()[0]!;
    const t0 = performance.now();
    reviewWeek(bench.db, weekOf(current)!, now);
    const coldMs = performance.now() - t0;
    const times: number[] = [];
    const cpu: number[] = [];
    const runs = opts.runs ?? (Number(process.env.BENCH_REVIEW_RUNS) || 60);
    const weekAt = (i: number) => weekOf(shiftWeek(current, -((i * 7) % 150)))!;
    for (let i = 0; i < runs; i++) {
      const week = weekAt(i);
      const c = process.cpuUsage();
      const s = performance.now();
      reviewWeek(bench.db, week, now);
      times.push(performance.now() - s);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }

    // Phase by phase, the same weeks again (a second pass: warm).
    const phases = new Map<string, number[]>();
    const timer: PhaseTimer = (phase, run) => {
      const s = performance.now();
      try {
        return run();
      } finally {
        const list = phases.get(phase) ?? [];
        list.push(performance.now() - s);
        phases.set(phase, list);
      }
    };
    for (let i = 0; i < runs; i++) reviewWeek(bench.db, weekAt(i), now, timer);
    const loadAfter = loadavg()[0]!;

    const pickFrom = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    };
    const pick = pickFrom(times);
    const pickCpu = pickFrom(cpu);
    const breakdown = [...phases.entries()].map(([phase, values]) => ({
      phase,
      p50: pickFrom(values)(0.5),
      max: Math.max(...values),
    }));
    const result = {
      counts: bench.counts,
      first: { ...first, targetMs: FIRST_TARGET_MS, loadAverage: loadAfterFirst },
      firstWithoutSnapshot: withoutSnapshot,
      coldMs,
      p50: pick(0.5),
      p95: pick(0.95),
      max: Math.max(...times),
      cpu: { p50: pickCpu(0.5), p95: pickCpu(0.95), max: Math.max(...cpu) },
      runs,
      targetMs: WARM_TARGET_MS,
      loadAverage: { before: loadBefore, after: loadAfter },
      phases: breakdown,
    };
    const ok = result.p95 <= WARM_TARGET_MS;
    const firstOk = first.firstMs <= FIRST_TARGET_MS;
    console.log(
      `\nFirst review with no snapshot of the log (fresh process: full read, writes the snapshot): ${withoutSnapshot.firstMs.toFixed(0)} ms`,
    );
    console.log(
      `First review after a start (fresh process, current week, snapshot present): ${first.firstMs.toFixed(0)} ms ` +
        `(target ≤ ${FIRST_TARGET_MS} ms: ${firstOk ? 'ok' : 'MISSED'}), the next call ${first.secondMs.toFixed(1)} ms; ` +
        `opening the database ${first.openMs.toFixed(0)} ms; load average (1 min) ${loadAfterFirst.toFixed(2)}`,
    );
    for (const p of first.phases.filter((p) => p.ms >= 1))
      console.log(`  ${p.phase.padEnd(34)} ${p.ms.toFixed(1).padStart(8)}`);
    console.log(
      `\nWeekly review over ${bench.counts.stageEvents.toLocaleString('en')} stage events, ${bench.counts.projects.toLocaleString('en')} projects: ` +
        `cold ${coldMs.toFixed(0)} ms (loads the log), warm p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms ` +
        `over ${runs} weeks (target p95 ≤ ${WARM_TARGET_MS} ms: ${ok ? 'ok' : 'MISSED'}); CPU time p50 ${result.cpu.p50.toFixed(1)} ms, max ${result.cpu.max.toFixed(1)} ms; ` +
        `load average (1 min) ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
    );
    console.log('Phases (ms per call, p50 / max over the same weeks):');
    for (const p of breakdown)
      console.log(
        `  ${p.phase.padEnd(34)} ${p.p50.toFixed(2).padStart(7)} / ${p.max.toFixed(2).padStart(7)}`,
      );
    return result;
  } finally {
    bench.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchReview();
