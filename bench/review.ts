import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isoWeekKey } from '../shared/domain/dates';
import { shiftWeek, weekOf } from '../shared/domain/review/week';
import { type PhaseTimer, reviewWeek } from '../server/services/review/review';
import { buildBenchDb } from './build-db';

/**
 * The weekly review over 1,000,000 stage events and 20,000 projects: server time of review.week
 * (everything the page shows) for weeks spread over three years. The first call loads the event log,
 * the project facts and the follow-ups into memory (cold); later calls only check for changes (warm).
 * Target: ≤ 200 ms per week, warm (p50, p95 and max). Then the same weeks again, phase by phase.
 * BENCH_REVIEW_RUNS (60) weeks.
 */
export function benchReview(opts: { projects?: number; events?: number; runs?: number } = {}) {
  const projects = opts.projects ?? 20_000;
  const bench = buildBenchDb({
    projects,
    stageEvents: opts.events ?? 1_000_000,
    followUps: projects * 10,
    fileName: 'invest-pipeline-bench-review.db',
  });
  try {
    const now = Date.now();
    const current = isoWeekKey(now);
    const loadBefore = loadavg()[0]!;
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
      coldMs,
      p50: pick(0.5),
      p95: pick(0.95),
      max: Math.max(...times),
      cpu: { p50: pickCpu(0.5), p95: pickCpu(0.95), max: Math.max(...cpu) },
      runs,
      targetMs: 200,
      loadAverage: { before: loadBefore, after: loadAfter },
      phases: breakdown,
    };
    const ok = result.p50 <= 200 && result.p95 <= 200 && result.max <= 200;
    console.log(
      `\nWeekly review over ${bench.counts.stageEvents.toLocaleString('en')} stage events, ${bench.counts.projects.toLocaleString('en')} projects: ` +
        `cold ${coldMs.toFixed(0)} ms (loads the log), warm p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms ` +
        `over ${runs} weeks (target ≤ 200 ms: ${ok ? 'ok' : 'MISSED'}); CPU time p50 ${result.cpu.p50.toFixed(1)} ms, max ${result.cpu.max.toFixed(1)} ms; ` +
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
