/**
 * The real server for a bench section: a fresh database prepared by the caller (accounts, projects),
 * then `server/main.ts` on a free localhost port as `npm start` runs it. The server stops by itself if
 * the bench dies (bench/exit-with-parent.mjs: it exits when its stdin closes).
 * BENCH_SERVER_FLAGS="--trace-gc …" passes Node/V8 flags to the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Db, openDatabase } from '../db/client';

const ROOT = join(import.meta.dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A process's resident memory (Linux /proc; worker threads belong to the same process). */
export function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : 0;
}

export interface BenchServer {
  child: ChildProcess;
  base: string;
  databasePath: string;
}

/** Prepares `dir/app.db` with `prepare`, starts the server on it and waits for /healthz. */
export async function startServer(
  dir: string,
  prepare: (db: Db) => Promise<void> | void,
): Promise<BenchServer> {
  const databasePath = join(dir, 'app.db');
  const db = openDatabase(databasePath);
  await prepare(db);
  db.$client.close();
  const port = await freePort();
  const preload = pathToFileURL(join(import.meta.dirname, 'exit-with-parent.mjs')).href;
  const main = join(ROOT, 'server', 'main.ts');
  const flags = (process.env.BENCH_SERVER_FLAGS ?? process.env.HOSTILE_SERVER_FLAGS ?? '')
    .split(' ')
    .filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', '--import', preload, main], {
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
