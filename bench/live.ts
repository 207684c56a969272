/**
 * Live updates at load (issue 18): the real server (bench/server.ts) with 500 open /api/events streams,
 * one per person; an officer moves a project over HTTP, again and again, and each stream's arrival of
 * the change is timed from the moment the move was sent. Prints the fan-out p50/p95/max, the move's
 * own answer time and the server's memory per open stream.
 * `npx tsx bench/live.ts` alone, or as part of `npm run bench`. LIVE_STREAMS (500), LIVE_MOVES (30).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { users } from '../db/schema';
import { createSession, SESSION_COOKIE, type SessionUser } from '../server/auth/sessions';
import { createProject } from '../server/services/projects';
import type { LiveBatch } from '../shared/domain/live';
import { createProjectInput } from '../shared/schemas/project';
import { openSse, type SseFrame, type SseStream } from '../tests/helpers/sse';
import { serverRssMb, startServer } from './server';
import { ms, percentile, table } from './stats';

export const LIVE_TARGET_P95_MS = 100;

export interface LiveResult {
  streams: number;
  moves: number;
  fanout: { p50: number; p95: number; max: number; samples: number; missed: number };
  moveAnswer: { p50: number; max: number };
  rssMb: { before: number; after: number; perStreamKb: number };
  loadAverage: number;
}

/** The first frame of `stream` after index `from` naming `projectId`, if any. */
function arrival(stream: SseStream, from: number, projectId: number): SseFrame | undefined {
  return stream.frames
    .slice(from)
    .find(
      (f) => f.event === 'changes' && (f.data as LiveBatch).changes.some((c) => c.projectId === projectId),
    );
}

export async function benchLive(opts: { streams?: number; moves?: number } = {}): Promise<LiveResult> {
  const streams = opts.streams ?? 500;
  const moves = opts.moves ?? 30;
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-live-'));
  const cookies: string[] = [];
  let moverCookie = '';
  let projectId = 0;
  const server = await startServer(dir, (db) => {
    const now = Date.now();
    const make = (username: string, displayName: string): SessionUser => {
      const row = db
        .insert(users)
        .values({ username, displayName, role: 'staff', passwordHash: 'not-a-login-account' })
        .returning()
        .get();
      return { ...row, mustChangePassword: false };
    };
    const mover = make('wanglei', '王磊');
    moverCookie = `${SESSION_COOKIE}=${createSession(db, mover.id, now).token}`;
    for (let i = 0; i < streams; i++)
      cookies.push(`${SESSION_COOKIE}=${createSession(db, make(`reader${i}`, `读者${i}`).id, now).token}`);
    const input = createProjectInput.parse({
      name: '实时推送压测项目',
      investor: '压测投资方',
      industry: 'digital',
      channel: 'building',
      estimatedInvestment: 1000,
      ownerAId: mover.id,
    });
    projectId = createProject(db, mover, input, now).id;
  });
  const pid = server.child.pid!;
  try {
    const before = serverRssMb(pid);
    const port = Number(new URL(server.base).port);
    const open: SseStream[] = [];
    for (let i = 0; i < cookies.length; i += 50) {
      const batch = await Promise.all(
        cookies.slice(i, i + 50).map((cookie) => openSse(port, '/api/events', { cookie })),
      );
      await Promise.all(batch.map((s) => s.next('hello', 10_000)));
      open.push(...batch);
    }
    await new Promise((r) => setTimeout(r, 500));
    const after = serverRssMb(pid);

    const samples: number[] = [];
    const answers: number[] = [];
    let missed = 0;
    let version = 1;
    for (let k = 0; k < moves; k++) {
      const seen = open.map((s) => s.frames.length);
      const to = k % 2 === 0 ? 'on_hold' : 'negotiating';
      const sent = performance.now();
      const res = await fetch(`${server.base}/trpc/projects.move`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.base, cookie: moverCookie },
        body: JSON.stringify({ id: projectId, version, to, note: '压测：调整阶段' }),
      });
      answers.push(performance.now() - sent);
      const body = (await res.json()) as { result?: { data?: { version: number } } };
      version = body.result?.data?.version ?? version + 1;
      // Wait (up to 5 s) until every stream has had a frame naming the project since the move was sent.
      const deadline = performance.now() + 5000;
      while (performance.now() < deadline && open.some((s, i) => !arrival(s, seen[i]!, projectId)))
        await new Promise((r) => setTimeout(r, 5));
      open.forEach((s, i) => {
        const frame = arrival(s, seen[i]!, projectId);
        if (frame) samples.push(frame.at - sent);
        else missed++;
      });
    }
    for (const s of open) s.close();
    const sorted = [...samples].sort((a, b) => a - b);
    const answerSorted = [...answers].sort((a, b) => a - b);
    return {
      streams,
      moves,
      fanout: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted.at(-1) ?? Number.NaN,
        samples: sorted.length,
        missed,
      },
      moveAnswer: { p50: percentile(answerSorted, 50), max: answerSorted.at(-1) ?? Number.NaN },
      rssMb: { before, after, perStreamKb: ((after - before) * 1024) / streams },
      loadAverage: loadavg()[0]!,
    };
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLive(r: LiveResult): void {
  const ok = r.fanout.p95 <= LIVE_TARGET_P95_MS && r.fanout.missed === 0;
  console.log(
    `\nLive updates: ${r.streams} open streams, ${r.moves} moves over HTTP (ms from the move sent to each stream's frame)`,
  );
  console.log(
    table(
      ['measure', 'samples', 'p50', 'p95', 'max', 'target'],
      [
        [
          'fan-out: move sent → frame on every stream',
          String(r.fanout.samples),
          ms(r.fanout.p50, 1),
          ms(r.fanout.p95, 1),
          ms(r.fanout.max, 1),
          `p95 ≤ ${LIVE_TARGET_P95_MS}, none missed (${r.fanout.missed}): ${ok ? 'ok' : 'MISSED'}`,
        ],
        ['the move’s own answer', String(r.moves), ms(r.moveAnswer.p50, 1), '', ms(r.moveAnswer.max, 1), ''],
      ],
    ),
  );
  console.log(
    `  server RSS ${r.rssMb.before.toFixed(0)} MB before the streams, ${r.rssMb.after.toFixed(0)} MB with them: ` +
      `${r.rssMb.perStreamKb.toFixed(1)} KB per stream; load average ${r.loadAverage.toFixed(2)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const int = (name: string, fallback: number) => Number(process.env[name]) || fallback;
  printLive(await benchLive({ streams: int('LIVE_STREAMS', 500), moves: int('LIVE_MOVES', 30) }));
}
