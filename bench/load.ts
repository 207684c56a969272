/**
 * Fifty people at once (issue 21): the real server (bench/server.ts) read by autocannon at 1, 5, 20 and
 * 50 connections, then moved by 1 and 8 writers, beside the raw SQLite write limit measured in the same
 * run. Reads are the board as a browser asks for it (brotli accepted, a session cookie): "one person"
 * (every connection the same session: the kept answer, decision 131), "many people" (a session per
 * connection: each person's first read builds the board) and "many people while an officer moves a
 * project every 100 ms" (each move forgets every kept answer, so reads rebuild). Prints reads/s, p50/p90/p99/max, timeouts,
 * bytes on the wire, moves/s and the server's memory.
 * `npx tsx bench/load.ts` alone, or as part of `npm run bench` (BENCH_SKIP_LOAD=1 skips it).
 * LOAD_SECONDS (10 per step), LOAD_WRITE_SECONDS (10), LOAD_PROJECTS (20,000; 0 skips that size).
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { projects, users } from '../db/schema';
import { seedDemo } from '../db/seed/demo';
import { createSession, SESSION_COOKIE } from '../server/auth/sessions';
import type { ProjectState } from '../shared/domain/stages';
import { buildBenchDb } from './build-db';
import { type BenchServer, serverRssMb, startServer } from './server';
import { ms, table } from './stats';

const CONNECTIONS = [1, 5, 20, 50] as const;
export const LOAD_TARGETS = { readsPerSecond: 300, p99Ms: 300, movesPerSecond: 1_000 };

export interface ReadRow {
  size: string;
  people: 'one' | 'many' | 'many+writes';
  connections: number;
  readsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  timeouts: number;
  errors: number;
}
export interface WriteRow {
  writers: number;
  movesPerSecond: number;
  p50: number;
  p99: number;
  lost: number;
  conflicts: number;
  /** Refused first moves: the previous run's last move was cut off in flight (see move). */
  stale: number;
}
export interface LoadResult {
  loadAverage: { before: number; after: number };
  reads: ReadRow[];
  writes: WriteRow[];
  rawMovesPerSecond: number;
  wire: { size: string; jsonBytes: number; brotliBytes: number }[];
  rssMb: { afterStart: number; afterReads: number };
}

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const BOARD = `/trpc/board.get?input=${encodeURIComponent('{}')}`;

/** Sessions for `count` people (every user of the database in turn, several sessions each if need be). */
function sessionsFor(db: Db, count: number): string[] {
  const ids = db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.active, true))
    .all()
    .map((u) => u.id);
  return Array.from(
    { length: count },
    (_, i) => `${SESSION_COOKIE}=${createSession(db, ids[i % ids.length]!).token}`,
  );
}

async function read(base: string, cookies: string[], connections: number, duration: number) {
  let next = 0;
  const result = await autocannon({
    url: `${base}${BOARD}`,
    connections,
    duration,
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip', cookie: cookies[0]! },
    setupClient: (client) =>
      client.setHeaders({ 'accept-encoding': 'br, gzip', cookie: cookies[next++ % cookies.length]! }),
  });
  return {
    connections,
    readsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    timeouts: result.timeouts,
    errors: result.errors + result.non2xx,
  };
}

/** The board's size as JSON and as brotli (what a browser receives). */
async function wire(base: string, cookie: string) {
  const res = await fetch(`${base}${BOARD}`, { headers: { cookie } });
  const json = Buffer.from(await res.arrayBuffer());
  return { jsonBytes: json.length, brotliBytes: brotliCompressSync(json).length };
}

export interface Movable {
  id: number;
  version: number;
  stage: ProjectState;
}

/**
 * `writers` connections (autocannon: its client costs a fraction of fetch's, and the load generator
 * shares the cores with the server), each holding its own projects (暂缓) and bringing them back, in
 * turn, for `duration` s. Every answer's version is the next move's. A run ends with each connection's
 * last move in flight, unanswered: the next run's first move of that project is refused (`stale`, not a
 * conflict), and a project whose move fails is left out from then on.
 */
export async function move(base: string, cookie: string, all: Movable[], writers: number, duration: number) {
  let moved = 0;
  let conflicts = 0;
  let lost = 0;
  let stale = 0;
  let next = 0;
  const touched = new Set<Movable>();
  const slices = Array.from({ length: writers }, (_, w) => all.filter((_, i) => i % writers === w));
  const request = (state: { mine: Movable[]; i: number; skipBack: boolean }, back: boolean) => {
    const project = () => state.mine[state.i % state.mine.length]!;
    return {
      method: 'POST' as const,
      path: '/trpc/projects.move',
      setupRequest: (req: autocannon.Request): autocannon.Request => {
        // After a refused hold, back to the first request (the next project's hold): a falsy request is
        // autocannon's way to restart a connection's list, though its types do not say so.
        if (back && state.skipBack) {
          state.skipBack = false;
          return null as unknown as autocannon.Request;
        }
        const p = project();
        const to = back ? p.stage : 'on_hold';
        const note = back ? '压测：恢复' : '压测：暂缓';
        return { ...req, body: JSON.stringify({ id: p.id, version: p.version, to, note }) };
      },
      onResponse: (status: number, body: string) => {
        const p = project();
        const first = !touched.has(p);
        touched.add(p);
        const answer =
          status === 200 ? (JSON.parse(body) as { result?: { data?: { version?: number } } }) : null;
        const version = answer?.result?.data?.version;
        if (version !== undefined) {
          moved++;
          p.version = version;
          if (back) state.i++;
          return;
        }
        if (first) stale++;
        else if (status === 409) conflicts++;
        else lost++;
        if (state.mine.length > 1) state.mine.splice(state.i % state.mine.length, 1);
        state.skipBack = !back;
      },
    };
  };
  const result = await autocannon({
    url: base,
    connections: writers,
    duration,
    timeout: 10,
    headers: { 'content-type': 'application/json', origin: base, cookie },
    setupClient: (client) => {
      const state = { mine: [...slices[next++ % writers]!], i: 0, skipBack: false };
      client.setRequests([request(state, false), request(state, true)]);
    },
  });
  return {
    writers,
    movesPerSecond: moved / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    lost: lost + result.errors + result.timeouts,
    conflicts,
    stale,
  };
}

/**
 * The disk's limit for the same work: a move-like transaction (update the project, add a stage event
 * and an audit row) with WAL and synchronous = FULL, on a copy of the schema, one writer.
 */
export function rawMoves(dir: string, duration: number): number {
  const raw = new Database(join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec(`create table p (id integer primary key, stage text, version integer);
    create table e (id integer primary key, project integer, to_stage text, at integer);
    create table a (id integer primary key, project integer, action text, detail text, at integer);
    insert into p (stage, version) select 'landed', 1 from (with recursive n(i) as (select 1 union all select i + 1 from n where i < 200) select i from n);`);
  const update = raw.prepare('update p set stage = ?, version = version + 1 where id = ?');
  const event = raw.prepare('insert into e (project, to_stage, at) values (?, ?, ?)');
  const audit = raw.prepare('insert into a (project, action, detail, at) values (?, ?, ?, ?)');
  const moveOne = raw.transaction((id: number, to: string) => {
    update.run(to, id);
    event.run(id, to, Date.now());
    audit.run(id, 'project.move', JSON.stringify({ to }), Date.now());
  });
  let count = 0;
  const until = performance.now() + duration * 1000;
  const started = performance.now();
  while (performance.now() < until) moveOne((count % 200) + 1, count++ % 2 ? 'landed' : 'on_hold');
  const rate = count / ((performance.now() - started) / 1000);
  raw.close();
  return rate;
}

/** A project held and brought back every `everyMs` until `stop()`: writes among the reads. */
function background(base: string, cookie: string, p: Movable, everyMs: number) {
  let running = true;
  let held = false;
  const headers = { 'content-type': 'application/json', origin: base, cookie };
  const post = async (to: ProjectState, note: string) => {
    const res = await fetch(`${base}/trpc/projects.move`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: p.id, version: p.version, to, note }),
    });
    const body = (await res.json()) as { result?: { data: { version: number } } };
    if (!body.result) return;
    p.version = body.result.data.version;
    held = to === 'on_hold';
  };
  const done = (async () => {
    while (running) {
      await post(held ? p.stage : 'on_hold', '压测：读时写入');
      await new Promise((r) => setTimeout(r, everyMs));
    }
    if (held) await post(p.stage, '压测：恢复');
  })();
  return async () => {
    running = false;
    await done;
  };
}

async function readSteps(
  server: BenchServer,
  size: string,
  cookies: string[],
  duration: number,
  writer?: { cookie: string; project: Movable },
) {
  const rows: ReadRow[] = [];
  for (const people of ['one', 'many', 'many+writes'] as const) {
    if (people === 'many+writes' && !writer) continue;
    for (const connections of CONNECTIONS) {
      const sessions = people === 'one' ? cookies.slice(0, 1) : cookies.slice(0, connections);
      const stop =
        people === 'many+writes' ? background(server.base, writer!.cookie, writer!.project, 100) : null;
      rows.push({ size, people, ...(await read(server.base, sessions, connections, duration)) });
      await stop?.();
    }
  }
  return rows;
}

export async function benchLoad(): Promise<LoadResult> {
  const duration = seconds('LOAD_SECONDS', 10);
  const writeDuration = seconds('LOAD_WRITE_SECONDS', 10);
  const largeSize = seconds('LOAD_PROJECTS', 20_000);
  const before = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-load-'));
  const result: LoadResult = {
    loadAverage: { before, after: before },
    reads: [],
    writes: [],
    rawMovesPerSecond: 0,
    wire: [],
    rssMb: { afterStart: 0, afterReads: 0 },
  };
  try {
    // The demo district: reads, then writes by the admin over every active project.
    let cookies: string[] = [];
    let movable: Movable[] = [];
    let admin = '';
    const demo = await startServer(dir, (db) => {
      seedDemo(db, { today: new Date() });
      cookies = sessionsFor(db, 50);
      const adminId = db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).get()!.id;
      admin = `${SESSION_COOKIE}=${createSession(db, adminId).token}`;
      movable = db
        .select({ id: projects.id, version: projects.version, stage: projects.stage })
        .from(projects)
        .where(eq(projects.status, 'active'))
        .all();
    });
    try {
      result.rssMb.afterStart = serverRssMb(demo.child.pid!);
      result.wire.push({ size: 'demo', ...(await wire(demo.base, cookies[0]!)) });
      const writer = { cookie: admin, project: { ...movable[0]! } };
      result.reads.push(...(await readSteps(demo, 'demo', cookies, duration, writer)));
      movable[0]!.version = writer.project.version;
      result.rssMb.afterReads = serverRssMb(demo.child.pid!);
      for (const writers of [1, 8])
        result.writes.push(await move(demo.base, admin, movable, writers, writeDuration));
    } finally {
      demo.child.kill();
    }
    result.rawMovesPerSecond = rawMoves(dir, writeDuration);

    if (largeSize > 0) {
      const large = buildBenchDb({
        projects: largeSize,
        stageEvents: largeSize * 10,
        followUps: largeSize * 10,
        fileName: `invest-pipeline-load-${process.pid}.db`,
      });
      const path = large.path;
      const people = sessionsFor(large.db, 50);
      large.db.$client.close();
      const server = await startServer(dir, () => undefined, path);
      try {
        result.wire.push({ size: `${largeSize}`, ...(await wire(server.base, people[0]!)) });
        result.reads.push(...(await readSteps(server, `${largeSize}`, people, duration)));
      } finally {
        server.child.kill();
        large.dispose();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  result.loadAverage.after = loadavg()[0]!;
  return result;
}

export function printLoad(r: LoadResult): void {
  console.log(
    table(
      [
        'board',
        'people',
        'connections',
        'reads/s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'timeouts',
        'errors',
      ],
      r.reads.map((x) => [
        x.size,
        x.people,
        String(x.connections),
        ms(x.readsPerSecond, 0),
        ms(x.p50, 1),
        ms(x.p90, 1),
        ms(x.p99, 1),
        ms(x.max, 0),
        String(x.timeouts),
        String(x.errors),
      ]),
    ),
  );
  console.log(
    `\n${table(
      ['writers', 'moves/s', 'p50 ms', 'p99 ms', 'lost', 'conflicts', 'stale'],
      r.writes.map((w) => [
        String(w.writers),
        ms(w.movesPerSecond, 0),
        ms(w.p50, 1),
        ms(w.p99, 1),
        String(w.lost),
        String(w.conflicts),
        String(w.stale),
      ]),
    )}`,
  );
  console.log(
    `raw SQLite, move-like transactions (WAL, synchronous = FULL): ${ms(r.rawMovesPerSecond, 0)}/s`,
  );
  for (const w of r.wire)
    console.log(
      `board on the wire (${w.size}): ${w.jsonBytes.toLocaleString()} B JSON, ${w.brotliBytes.toLocaleString()} B brotli`,
    );
  console.log(
    `server RSS: ${ms(r.rssMb.afterStart, 0)} MB after start, ${ms(r.rssMb.afterReads, 0)} MB after the reads`,
  );
  console.log(`load average: ${r.loadAverage.before.toFixed(2)} → ${r.loadAverage.after.toFixed(2)}`);
}

/** Whether the figures are met: 50 connections at the demo size, and 8 writers. */
export function loadMissed(r: LoadResult): boolean {
  const fifty = r.reads.filter((x) => x.size === 'demo' && x.connections === 50);
  const eight = r.writes.find((w) => w.writers === 8);
  return (
    fifty.some(
      (x) => x.readsPerSecond < LOAD_TARGETS.readsPerSecond || x.p99 > LOAD_TARGETS.p99Ms || x.timeouts > 0,
    ) ||
    !eight ||
    eight.movesPerSecond < LOAD_TARGETS.movesPerSecond ||
    eight.lost > 0
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLoad(await benchLoad());
