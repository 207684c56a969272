import { performance } from 'node:perf_hooks';

/** Latency figures in milliseconds over `n` timed runs. */
export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of ascending `sorted` samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface RunOptions {
  /** Untimed runs first: JIT, SQLite page cache, prepared-statement caches. */
  warmup: number;
  runs: number;
}

/** Wall-clock latency, and the process's CPU time (user + system, all threads) per call. */
export interface Measured extends Summary {
  /**
   * CPU time per call: on a machine shared with other work, wall time includes waiting for a core;
   * CPU time is close to what the wall time would be on an idle machine.
   */
  cpu: Summary;
}

/** Times `fn` (sync or async) `runs` times after `warmup` untimed calls, one call at a time. */
export async function measure(fn: () => unknown, run: RunOptions): Promise<Measured> {
  return (await measureInterleaved({ fn }, run)).fn;
}

/** What a call timed elsewhere returns (a worker thread's client): its wall time there. */
export interface TimedElsewhere {
  elapsedMs: number;
}
const timedElsewhere = (v: unknown): v is TimedElsewhere =>
  typeof v === 'object' && v !== null && typeof (v as TimedElsewhere).elapsedMs === 'number';

/**
 * Times several calls in rounds, one of each per round in the given order, after `warmup` untimed
 * rounds: whatever else the machine does (other work, a virtual machine's host) reaches them alike, so
 * their ratios hold within a run. A call timed elsewhere has its own wall time and no CPU time here.
 */
export async function measureInterleaved<K extends string>(
  calls: Record<K, () => unknown>,
  { warmup, runs }: RunOptions,
): Promise<Record<K, Measured>> {
  const keys = Object.keys(calls) as K[];
  for (let i = 0; i < warmup; i++) for (const k of keys) await calls[k]();
  const samples = Object.fromEntries(
    keys.map((k) => [k, { wall: [] as number[], cpu: [] as number[] }]),
  ) as Record<K, { wall: number[]; cpu: number[] }>;
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const result = await calls[k]();
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (timedElsewhere(result)) samples[k].wall.push(result.elapsedMs);
      else {
        samples[k].wall.push(wall);
        samples[k].cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  return Object.fromEntries(
    keys.map((k) => [k, { ...summarize(samples[k].wall), cpu: summarize(samples[k].cpu) }]),
  ) as Record<K, Measured>;
}

export const ms = (value: number, digits = 2): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

/** A plain-text table with right-aligned columns after the first. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[i]!, 'end') : pad(c, widths[i]!, 'start'))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(s: string, w: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return side === 'start' ? fill + s : s + fill;
}
