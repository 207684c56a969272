import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AddressInfo } from 'node:net';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import { buildApp } from '../server/app';
import { createSession, SESSION_COOKIE } from '../server/auth/sessions';
import { createContextInner } from '../server/context';
import { BOARD_PAGE_SIZE } from '../server/routers/board';
import { appRouter } from '../server/routers';
import { board } from '../server/services/board';
import { createCallerFactory } from '../server/trpc';
import type { Actor } from '../shared/domain/permissions';
import type { BoardFilter } from '../shared/schemas/project';
import { type Measured, type RunOptions, measure } from './stats';

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
  /** `http` rebuilds every answer; `http-kept` is the second read under the same tag (decision 131). */
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

/** The SQL statements and parameters one board() call runs, via a logging drizzle on the same connection. */
export function captureBoardSql(db: Db, user: Actor, filter: BoardFilter, now: number): CapturedQuery[] {
  const captured: CapturedQuery[] = [];
  const logged: Db = drizzle({
    client: db.$client,
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params, plan: [] }) },
  });
  board(logged, user, filter, BOARD_PAGE_SIZE, now);
  for (const q of captured) {
    q.plan = db.$client
      .prepare(`explain query plan ${q.sql}`)
      .all(...q.params)
      .map((row) => String((row as { detail: unknown }).detail));
  }
  return captured;
}

export async function benchBoard(db: Db, userId: number, cases: readonly BoardCase[], run: RunOptions) {
  const results: BoardResult[] = [];
  const queries: Record<string, CapturedQuery[]> = {};
  const now = Date.now();

  // (a) in-process: the service function, then the tRPC procedure (input parsing, role check) via a caller.
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
  const caller = createCallerFactory(appRouter)(
    createContextInner({
      db,
      user: { ...user, mustChangePassword: !!user.mustChangePassword },
      now: () => now,
    }),
  );
  for (const c of cases) {
    const sample = board(db, user, c.filter, BOARD_PAGE_SIZE, now);
    results.push({
      layer: 'service',
      filter: c.label,
      cards: cardCount(sample),
      summary: await measure(() => board(db, user, c.filter, BOARD_PAGE_SIZE, now), run),
    });
    results.push({
      layer: 'trpc-caller',
      filter: c.label,
      cards: cardCount(sample),
      summary: await measure(() => caller.board.get(c.filter), run),
    });
  }

  // (b) over HTTP on loopback, signed in with a session cookie, as the client's GET would be sent.
  const app = await buildApp({ db });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const { token } = createSession(db, userId);
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    for (const c of cases) {
      const url = `http://127.0.0.1:${port}/trpc/board.get?input=${encodeURIComponent(JSON.stringify(c.filter))}`;
      const get = async () => {
        const res = await fetch(url, { headers });
        const body = await res.text();
        if (!res.ok) throw new Error(`GET ${url} → ${res.status}: ${body.slice(0, 300)}`);
        return body;
      };
      const body = await get();
      const data = (JSON.parse(body) as { result: { data: BoardOutput } }).result.data;
      const rebuilt = async () => {
        app.answerCache.clear();
        return get();
      };
      results.push({
        layer: 'http',
        filter: c.label,
        cards: cardCount(data),
        bytes: Buffer.byteLength(body),
        summary: await measure(rebuilt, run),
      });
      results.push({
        layer: 'http-kept',
        filter: c.label,
        cards: cardCount(data),
        summary: await measure(get, run),
      });
    }
  } finally {
    await app.close();
  }

  // (c) raw better-sqlite3: the same statements and parameters, prepared once, rows as plain objects.
  for (const c of cases) {
    const captured = captureBoardSql(db, user, c.filter, now);
    queries[c.label] = captured;
    const statements = captured.map((q) => ({ stmt: db.$client.prepare(q.sql), params: q.params }));
    const runRaw = () => statements.map(({ stmt, params }) => stmt.all(...params));
    const rows = runRaw();
    // The column queries are the ones ordered by last activity; the others are totals and per-page look-ups.
    const cards = rows.reduce(
      (n, r, i) => (/order by "projects"."last_activity_at"/.test(captured[i]!.sql) ? n + r.length : n),
      0,
    );
    const expected = cardCount(board(db, user, c.filter, BOARD_PAGE_SIZE, now));
    if (cards !== expected)
      console.warn(
        `warning: raw SQL returned ${cards} cards, the service ${expected} (${c.label}): has the board SQL changed?`,
      );
    results.push({ layer: 'raw-sqlite', filter: c.label, cards, summary: await measure(runRaw, run) });
  }
  return { results, queries };
}
