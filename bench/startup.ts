/**
 * Start-up (issue 19): `npm start` until /healthz answers 200, on a free port and a temp database.
 *  - first start: no build stamps (so the client and the server are built) and an empty database that
 *    is filled with the demo district;
 *  - later starts: the same database and an unchanged build, several times.
 * Records the server's RSS right after each start. `npx tsx bench/startup.ts` alone, or in `npm run bench`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../tests/helpers/free-port';
import { serverRssMb } from './server';
import { ms, summarize, table } from './stats';

const ROOT = join(import.meta.dirname, '..');
const LATER_STARTS = Number(process.env.BENCH_STARTS ?? 5);
export const STARTUP_TARGETS = { firstMs: 15_000, laterMs: 2_000 };

interface Start {
  ms: number;
  rssMb: number;
}
export interface StartupResult {
  loadAverage: { before: number; after: number };
  first: Start;
  later: Start[];
}

/** The node process of the server among `npm start`'s process group (npm, sh, node). */
function serverPid(group: number): number | undefined {
  for (const pid of readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map(Number)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      const [program, script] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (pgrp === group && program?.endsWith('node') && script === 'scripts/start.mjs') return pid;
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

async function startOnce(databasePath: string): Promise<Start> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so that npm, its shell and the server stop together.
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, BACKUPS: '0' },
  });
  const exited = new Promise((r) => child.once('exit', r));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (performance.now() - started > 300_000) throw new Error('no /healthz within 5 minutes');
      await new Promise((r) => setTimeout(r, 20));
    }
    const took = performance.now() - started;
    const pid = serverPid(child.pid!);
    return { ms: took, rssMb: pid ? serverRssMb(pid) : Number.NaN };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function benchStartup(): Promise<StartupResult> {
  const before = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'invest-startup-'));
  try {
    const db = join(dir, 'app.db');
    // Stale builds: the first start builds the client and the server as after a fresh clone.
    for (const part of ['client', 'server'])
      rmSync(join(ROOT, 'dist', part, '.build-stamp'), { force: true });
    const first = await startOnce(db);
    const later: Start[] = [];
    for (let i = 0; i < LATER_STARTS; i++) later.push(await startOnce(db));
    return { loadAverage: { before, after: loadavg()[0]! }, first, later };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printStartup(r: StartupResult): void {
  const later = summarize(r.later.map((s) => s.ms));
  const rss = summarize(r.later.map((s) => s.rssMb));
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(
    `\nStart-up: npm start → /healthz 200 (load average ${r.loadAverage.before.toFixed(2)} → ${r.loadAverage.after.toFixed(2)} on ${availableParallelism()} cores)`,
  );
  console.log(
    table(
      ['start', 'runs', 'ms (p50)', 'max ms', 'RSS MB', 'target'],
      [
        [
          'first: build + empty database + demo district',
          '1',
          ms(r.first.ms, 0),
          ms(r.first.ms, 0),
          r.first.rssMb.toFixed(0),
          `≤ ${STARTUP_TARGETS.firstMs} ms: ${verdict(r.first.ms <= STARTUP_TARGETS.firstMs)}`,
        ],
        [
          'later: existing database, unchanged build',
          String(later.n),
          ms(later.p50, 0),
          ms(later.max, 0),
          rss.p50.toFixed(0),
          `≤ ${STARTUP_TARGETS.laterMs} ms: ${verdict(later.max <= STARTUP_TARGETS.laterMs)}`,
        ],
      ],
    ),
  );
}

if (process.argv[1] === import.meta.filename) printStartup(await benchStartup());
