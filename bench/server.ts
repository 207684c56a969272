/**
 * The real server for a bench section: a fresh database prepared by the caller (accounts, projects),
 * then the built server (dist/server/main.js, built when stale) on a free localhost port as `npm start`
 * runs it. The server stops by itself if
 * the bench dies (bench/exit-with-parent.mjs: it exits when its stdin closes).
 * BENCH_SERVER_FLAGS="--trace-gc …" passes Node/V8 flags to the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Db, openDatabase } from '../db/client';
import { builtServer } from '../tests/helpers/built-server';
import { freePort } from '../tests/helpers/free-port';

const ROOT = join(import.meta.dirname, '..');

/** A process's resident memory (Linux /proc; worker threads belong to the same process). */
export function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : 0;
}

/** The processes a process started (the cluster's workers, decision 135). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Resident memory of a process and of the processes it started: the whole server. */
export function serverRssMb(pid: number): number {
  return rssMb(pid) + childPids(pid).reduce((sum, child) => sum + rssMb(child), 0);
}

export interface BenchServer {
  child: ChildProcess;
  base: string;
  databasePath: string;
}

/** Prepares `dir/app.db` (or `databasePath`) with `prepare`, starts the server on it and waits for /healthz. */
export async function startServer(
  dir: string,
  prepare: (db: Db) => Promise<void> | void,
  databasePath = join(dir, 'app.db'),
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const db = openDatabase(databasePath);
  await prepare(db);
  db.$client.close();
  const port = await freePort();
  const preload = pathToFileURL(join(import.meta.dirname, 'exit-with-parent.mjs')).href;
  const main = builtServer();
  const flags = (process.env.BENCH_SERVER_FLAGS ?? process.env.HOSTILE_SERVER_FLAGS ?? '')
    .split(' ')
    .filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', preload, main], {
    cwd: ROOT,
    env: {
      // As `npm start` runs it (decision 074).
      MALLOC_ARENA_MAX: '2',
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      BACKUPS: '0',
      BACKUP_DIR: join(dir, 'backups'),
      DEMO_DATA: '0',
      REMINDERS: '0',
      ...env,
    },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error('the server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, databasePath };
}
