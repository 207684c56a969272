/**
 * Crash test (issue 6): start the real server on its own temp database and port, drive concurrent
 * writes over HTTP (create projects, move them to 暂缓, add follow-ups) with a session cookie and a
 * same-origin Origin header, SIGKILL it at a random moment, restart, repeat; then check the file:
 * integrity_check ok, foreign_key_check empty, every acknowledged write present, every multi-row change
 * whole (each project's state equals its last stage event's; each project has its creation event).
 *
 *   npx tsx tests/crash/crash.ts [kills=200]     (npm run test:crash)
 */
import Database from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { businessDate } from '../../shared/domain/dates';
import { builtServer } from '../helpers/built-server';
import { freePort } from '../helpers/free-port';

const ROOT = join(import.meta.dirname, '..', '..');
const ADMIN_PASSWORD = 'crash-test-admin-2026';

export interface CrashResult {
  kills: number;
  survived: number;
  acknowledged: { projects: number; moves: number; followUps: number };
  problems: string[];
}

interface Acked {
  projects: Map<number, string>;
  moves: Map<number, number>; // project id → version after the move to on_hold
  followUps: Set<string>;
}

function startServer(main: string, dbPath: string, port: number): ChildProcess {
  return spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_PATH: dbPath,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: '0',
      ADMIN_PASSWORD,
      BACKUPS: '0',
      // One process: SIGKILL hits the process that writes (in a cluster it would hit the primary).
      WORKERS: '1',
    },
    stdio: 'ignore',
  });
}

async function waitHealthy(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

async function call(base: string, cookie: string, path: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
  if (!res.ok || !body.result) throw new Error(`${path}: ${res.status} ${body.error?.message ?? ''}`);
  return body.result.data;
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** One writer: loops until the server dies, recording only what the server acknowledged. */
async function writer(
  base: string,
  cookie: string,
  acked: Acked,
  tag: string,
  stop: { dead: boolean },
  ownerAId: number,
) {
  let n = 0;
  while (!stop.dead) {
    n++;
    try {
      const name = `崩溃测试${tag}-${n}`;
      const { id } = (await call(base, cookie, 'projects.create', {
        name,
        investor: '测试投资方',
        industry: 'digital',
        channel: 'building',
        estimatedInvestment: 1000 + n,
        ownerAId,
      })) as { id: number };
      acked.projects.set(id, name);
      const summary = `${tag}-${n} 电话沟通`;
      await call(base, cookie, 'followUps.add', {
        projectId: id,
        date: businessDate(Date.now()),
        kind: 'phone',
        summary,
      });
      acked.followUps.add(summary);
      if (n % 2 === 0) {
        const { version } = (await call(base, cookie, 'projects.move', {
          id,
          version: 1,
          to: 'on_hold',
          note: '企业暂缓',
        })) as { version: number };
        acked.moves.set(id, version);
      }
    } catch {
      if (stop.dead) return;
    }
  }
}

export function checkDatabase(dbPath: string, acked: Acked): string[] {
  const db = new Database(dbPath);
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
    const project = db.prepare('select name, version, stage, status from projects where id = ?');
    for (const [id, name] of acked.projects) {
      const row = project.get(id) as { name: string } | undefined;
      if (row?.name !== name) problems.push(`acknowledged project ${id} missing`);
    }
    for (const [id, version] of acked.moves) {
      const row = project.get(id) as { version: number; status: string } | undefined;
      if (!row || row.status !== 'on_hold' || row.version < version)
        problems.push(`acknowledged move of ${id} missing`);
    }
    const fu = db.prepare('select 1 from follow_ups where summary = ?');
    for (const summary of acked.followUps)
      if (!fu.get(summary)) problems.push(`acknowledged follow-up ${summary} missing`);
    const torn = db
      .prepare(
        `select p.id from projects p
         where (case when p.status = 'active' then p.stage else p.status end) is not
               (select e.to_state from stage_events e where e.project_id = p.id order by e.at desc, e.id desc limit 1)
            or not exists (select 1 from stage_events e where e.project_id = p.id and e.from_state is null)`,
      )
      .all() as { id: number }[];
    for (const { id } of torn)
      problems.push(`project ${id}: state and stage events disagree or no creation event`);
    const unaudited = db
      .prepare(
        `select p.id from projects p where not exists (select 1 from audit_log a where a.entity = 'project' and a.entity_id = p.id)`,
      )
      .all();
    if (unaudited.length) problems.push(`${unaudited.length} projects without an audit row`);
  } finally {
    db.close();
  }
  return problems;
}

export async function runCrashTest(opts: {
  kills: number;
  /** A free port when absent. */
  port?: number;
  writers?: number;
  log?: (line: string) => void;
}): Promise<CrashResult> {
  const dir = mkdtempSync(join(tmpdir(), 'invest-crash-'));
  const dbPath = join(dir, 'crash.db');
  const port = opts.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const main = builtServer();
  const acked: Acked = { projects: new Map(), moves: new Map(), followUps: new Set() };
  const problems: string[] = [];
  let survived = 0;
  let ownerAId: number | null = null;
  try {
    for (let kill = 1; kill <= opts.kills; kill++) {
      const child = startServer(main, dbPath, port);
      await waitHealthy(base, child);
      const cookie = await login(base);
      // Owner A is an officer (issue 12): made once, before the first kill, and kept by every later start.
      ownerAId ??= (
        (await call(base, cookie, 'users.create', {
          username: 'officer',
          displayName: '招商专员',
          role: 'staff',
          password: ADMIN_PASSWORD,
        })) as { id: number }
      ).id;
      const stop = { dead: false };
      const writers = Array.from({ length: opts.writers ?? 4 }, (_, w) =>
        writer(base, cookie, acked, `${kill}.${w}`, stop, ownerAId!),
      );
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 900));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      stop.dead = true;
      await Promise.all(writers);
      const found = checkDatabase(dbPath, acked);
      if (found.length === 0) survived++;
      else problems.push(...found.map((p) => `after kill ${kill}: ${p}`));
      opts.log?.(
        `kill ${kill}/${opts.kills}: ${found.length ? 'PROBLEMS ' + found.join('; ') : 'ok'} (projects ${acked.projects.size}, moves ${acked.moves.size}, follow-ups ${acked.followUps.size})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    kills: opts.kills,
    survived,
    acknowledged: { projects: acked.projects.size, moves: acked.moves.size, followUps: acked.followUps.size },
    problems,
  };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const kills = Number(process.argv[2] ?? 200);
  const started = Date.now();
  const result = await runCrashTest({
    kills,
    port: process.env.CRASH_PORT ? Number(process.env.CRASH_PORT) : undefined,
    log: (l) => console.log(l),
  });
  console.log(
    JSON.stringify({
      ...result,
      problems: result.problems.slice(0, 20),
      seconds: Math.round((Date.now() - started) / 1000),
    }),
  );
  process.exit(result.problems.length ? 1 : 0);
}
