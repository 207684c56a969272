import { drizzle } from 'drizzle-orm/better-sqlite3';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import { buildApp } from '../server/app';
import { createSession, SESSION_COOKIE } from '../server/auth/sessions';
import { createContextInner } from '../server/context';
import { BOARD_PAGE_SIZE } from '../server/routers/board';
import { appRouter } from '../server/routers';
import { board, boardSql } from '../server/services/board';
import { stallDaysAt } from '../server/services/stall-settings';
import { createCallerFactory } from '../server/trpc';
import type { Actor } from '../shared/domain/permissions';
import type { BoardFilter } from '../shared/schemas/project';
import { type Measured, type RunOptions, measureInterleaved } from './stats';

/**
 * The board query (every column's count and total, plus the first page of cards per column) measured
 * three ways on the same database: in-process through the service and the tRPC caller, over HTTP
 * through fastify + tRPC, and as raw better-sqlite3 statements running the very SQL drizzle generates.
 */
export interface BoardCase {
  label: string;
  filter: BoardFilter;
}

export interface BoardResult {
  /**
   * `http` rebuilds every answer; `http-kept` is the second read under the same tag (decision 131); both
   * read from a client in a worker thread.
   */
  layer: 'service' | 'trpc-caller' | 'http' | 'http-kept' | 'raw-sqlite';
  filter: string;
  summary: Measured;
  /** Cards returned (all columns) and, over HTTP, the response body size. */
  cards: number;
  bytes?: number;
}

export interface CapturedQuery {
  sql: string;
  params: unknown[];
  plan: string[];
}

type BoardOutput = ReturnType<typeof board>;
const cardCount = (b: BoardOutput) => b.columns.reduce((n, c) => n + c.cards.length, 0);

/**
 * The SQL statements and parameters one board() call runs: what it reads through drizzle (the stall
 * settings), logged on the same connection, and the board statement it prepares itself.
 */
export function captureBoardSql(db: Db, user: Actor, filter: BoardFilter, now: number): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const logged: Db = drizzle({
    client: db.$client,
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params, plan: [] }) },
  });
  board(logged, user, filter, BOARD_PAGE_SIZE, now);
  const { sql, params } = boardSql(db, filter, BOARD_PAGE_SIZE, now, stallDaysAt(db));
  captured.push({ sql, params, plan: [] });
  for (const q of captured) {
    q.plan = db.$client
      .prepare(`explain query plan ${q.sql}`)
      .all(...q.params)
      .map((row) => String((row as { detail: unknown }).detail));
  }
  return captured;
}

/** An HTTP client in a worker thread (bench/http-client.mjs) that reads one address on request. */
function httpClient(url: string, headers: Record<string, string>) {
  const worker = new Worker(new URL('./http-client.mjs', import.meta.url), { workerData: { url, headers } });
  const ask = async (fresh: boolean, body = false) => {
    worker.postMessage({ fresh, body });
    const [answer] = (await once(worker, 'message')) as [
      { elapsedMs: number; body?: string; error?: string },
    ];
    if (answer.error) throw new Error(answer.error);
    return answer;
  };
  return { ask, close: () => worker.terminate() };
}

/**
 * Every layer of every case is timed in rounds (measureInterleaved): one raw run, one service call,
 * one caller call, one rebuilt and one kept HTTP read per round, so the HTTP / raw ratio compares calls
 * made under the same conditions.
 */
export async function benchBoard(db: Db, userId: number, cases: readonly BoardCase[], run: RunOptions) {
  const results: BoardResult[] = [];
  const queries: Record<string, CapturedQuery[]> = {};
  const now = Date.now();
  const user = db.$client
    .prepare(
      'select id, username, display_name as displayName, role, unit_id as unitId, must_change_password as mustChangePassword from users where id = ?',
    )
    .get(userId) as {
    id: number;
    username: string;
    displayName: string;
    role: 'admin';
    unitId: number | null;
    mustChangePassword: number;
  };
  // In process: the service function, and the tRPC procedure (input parsing, role check) via a caller.
  const caller = createCallerFactory(appRouter)(
    createContextInner({
      db,
      user: { ...user, mustChangePassword: !!user.mustChangePassword },
      now: () => now,
    }),
  );
  // Over HTTP on loopback, signed in with a session cookie, as the client's GET would be sent.
  const app = await buildApp({ db });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const { token } = createSession(db, userId);
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    for (const c of cases) {
      // Raw better-sqlite3: the same statements and parameters, rows as plain objects.
      const captured = captureBoardSql(db, user, c.filter, now);
      queries[c.label] = captured;
      const runRaw = () => captured.map((q) => db.$client.prepare(q.sql).all(...q.params));
      const rows = runRaw();
      // The card statement is the one ordered by last activity; the other reads the stall settings.
      const rawCards = rows.reduce(
        (n, r, i) => (/order by "projects"."last_activity_at"/.test(captured[i]!.sql) ? n + r.length : n),
        0,
      );
      const cards = cardCount(board(db, user, c.filter, BOARD_PAGE_SIZE, now));
      if (rawCards !== cards)
        console.warn(
          `warning: raw SQL returned ${rawCards} cards, the service ${cards} (${c.label}): has the board SQL changed?`,
        );

      const url = `http://127.0.0.1:${port}/trpc/board.get?input=${encodeURIComponent(JSON.stringify(c.filter))}`;
      const client = httpClient(url, headers);
      try {
        const { body } = await client.ask(true, true);
        const data = (JSON.parse(body!) as { result: { data: BoardOutput } }).result.data;
        if (cardCount(data) !== cards)
          throw new Error(`HTTP returned ${cardCount(data)} cards, the service ${cards}`);
        const m = await measureInterleaved(
          {
            'raw-sqlite': runRaw,
            service: () => board(db, user, c.filter, BOARD_PAGE_SIZE, now),
            'trpc-caller': () => caller.board.get(c.filter),
            http: () => client.ask(true),
            'http-kept': () => client.ask(false),
          },
          run,
        );
        for (const layer of ['service', 'trpc-caller', 'http', 'http-kept', 'raw-sqlite'] as const)
          results.push({
            layer,
            filter: c.label,
            cards,
            bytes: layer === 'http' ? Buffer.byteLength(body!) : undefined,
            summary: m[layer],
          });
      } finally {
        await client.close();
      }
    }
  } finally {
    await app.close();
  }
  return { results, queries };
}
