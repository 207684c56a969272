import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { createSession, SESSION_COOKIE } from '../../server/auth/sessions';
import { businessDate } from '../../shared/domain/dates';
import { builtServer } from '../helpers/built-server';
import { makeProject, makeUser } from '../helpers/factories';
import { freePort } from '../helpers/free-port';
import { legitimateLedger } from '../helpers/hostile-files';
import { openSse } from '../helpers/sse';

/**
 * Both cores (issue 21, decision 135): the built server as `npm start` runs it, with two workers. Every
 * request here opens its own connection, and the primary hands connections to the workers in turn, so
 * consecutive requests reach both processes.
 */
let dir = '';
let port = 0;
let server: ChildProcess;
let admin = '';
let staff = '';
let stdout = '';
const projectIds: number[] = [];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on a fresh connection. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent: false,
        headers: { origin: `http://127.0.0.1:${port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${path}: no answer within 5 s`)));
    req.end(body);
  });
}

const trpcPost = (path: string, input: unknown, cookie?: string) =>
  send(
    'POST',
    `/trpc/${path}`,
    { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    JSON.stringify(input),
  );
const board = (cookie: string, extra: Record<string, string> = {}) =>
  send('GET', `/trpc/board.get?input=${encodeURIComponent('{}')}`, { cookie, ...extra });

const followUp = (projectId: number, summary: string) => ({
  projectId,
  date: businessDate(Date.now()),
  kind: 'visit',
  summary,
});

const workerPids = () =>
  readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8')
    .split(' ')
    .filter(Boolean)
    .map(Number);

async function until<T>(what: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = what();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('not within the time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-cluster-'));
  const databasePath = join(dir, 'app.db');
  const db = openDatabase(databasePath);
  const adminUser = makeUser(db, { role: 'admin', username: 'admin' });
  const staffUser = makeUser(db, { role: 'staff', username: 'wanglei', displayName: '王磊' });
  for (let i = 0; i < 4; i++) projectIds.push(makeProject(db, { ownerAId: staffUser.id }).id);
  admin = `${SESSION_COOKIE}=${createSession(db, adminUser.id).token}`;
  staff = `${SESSION_COOKIE}=${createSession(db, staffUser.id).token}`;
  db.$client.close();
  port = await freePort();
  server = spawn(process.execPath, [builtServer()], {
    env: {
      ...process.env,
      WORKERS: '2',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      DEMO_DATA: '0',
      BACKUPS: '0',
      REMINDERS: '0',
      LOGIN_MAX_PER_PAIR: '3',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  await until(() => (stdout.includes('ready on') ? true : undefined), 30_000);
}, 60_000);

afterAll(() => {
  if (server.exitCode === null) {
    for (const pid of workerPids()) process.kill(pid, 'SIGKILL');
    server.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the server on both cores (decision 135)', () => {
  it('starts one worker per WORKERS and says so in one line', () => {
    expect(stdout.trim().split('\n')).toEqual([
      `招商项目全周期管理 ready on http://127.0.0.1:${port} (database ${join(dir, 'app.db')}, 2 processes)`,
    ]);
    expect(workerPids()).toHaveLength(2);
  });

  it('counts login attempts once for the whole server, whichever worker takes them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await trpcPost('auth.login', { username: 'admin', password: 'wrong password' })).status);
    // Each worker alone would have allowed three: six 401s.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it('any worker answers 304 to a tag another worker gave', async () => {
    const first = await board(staff);
    expect(first.status).toBe(200);
    const tag = String(first.headers.etag);
    const again = await Promise.all([0, 1, 2, 3].map(() => board(staff, { 'if-none-match': tag })));
    expect(again.map((a) => a.status)).toEqual([304, 304, 304, 304]);
  });

  it('a write in one worker reaches streams held by the other, and empties its kept answers', async () => {
    const before = await board(staff);
    const streams = await Promise.all([0, 1].map(() => openSse(port, '/api/events', { cookie: staff })));
    try {
      for (const [i, id] of projectIds.slice(0, 2).entries()) {
        const res = await trpcPost('followUps.add', followUp(id, `跟进记录 ${i}`), staff);
        expect(res.status, res.body).toBe(200);
      }
      for (const stream of streams) {
        const seen = new Set<number>();
        while (seen.size < 2) {
          const frame = await stream.next('changes', 3_000);
          for (const c of (frame.data as { changes: { projectId: number }[] }).changes) seen.add(c.projectId);
        }
        expect([...seen].sort()).toEqual(projectIds.slice(0, 2).sort());
      }
      const after = await Promise.all(
        [0, 1].map(() => board(staff, { 'if-none-match': String(before.headers.etag) })),
      );
      expect(after.map((a) => a.status)).toEqual([200, 200]);
    } finally {
      for (const s of streams) s.close();
    }
  });

  it('both workers write at once, taking turns (decision 138): every write lands, none waits long', async () => {
    const started = Date.now();
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        trpcPost('followUps.add', followUp(projectIds[i % 4]!, `两个进程同时写 ${i}`), staff),
      ),
    );
    expect(writes.map((w) => w.status)).toEqual(Array(40).fill(200));
    expect(Date.now() - started).toBeLessThan(5_000);
    const db = openDatabase(join(dir, 'app.db'));
    try {
      const count = db.$client
        .prepare("select count(*) from follow_ups where summary like '两个进程同时写 %'")
        .pluck()
        .get();
      expect(count).toBe(40);
    } finally {
      db.$client.close();
    }
  }, 30_000);

  it('an import writes alone while the other worker’s writes wait their turn, none failing', async () => {
    const upload = await send(
      'POST',
      '/api/ledger/import/upload',
      {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('台账.xlsx'),
        cookie: staff,
      },
      legitimateLedger(3_000),
    );
    expect(upload.status, upload.body).toBe(200);
    const { token } = JSON.parse(upload.body) as { token: string };
    const commit = trpcPost(
      'ledger.commit',
      { token, sheet: 0, onExisting: 'skip', createUnits: false },
      staff,
    );
    const writes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 40)).then(() =>
          trpcPost('followUps.add', followUp(projectIds[i % 4]!, `导入时的跟进 ${i}`), staff),
        ),
      ),
    );
    const done = await commit;
    expect(done.status, done.body).toBe(200);
    expect((JSON.parse(done.body) as { result: { data: { created: number } } }).result.data.created).toBe(
      3_000,
    );
    expect(writes.map((w) => w.status)).toEqual(Array(12).fill(200));
  }, 60_000);

  it('a worker that dies is started again, and both answer', async () => {
    const [victim, survivor] = workerPids();
    process.kill(victim!, 'SIGKILL');
    // A connection handed to the worker in the instant it dies is lost (Node's cluster); after that
    // the primary hands connections to the survivor and then to the new worker.
    const pids = await until(() => {
      const now = workerPids();
      return now.length === 2 && !now.includes(victim!) ? now : undefined;
    }, 10_000);
    expect(pids).toContain(survivor);
    const answers = await Promise.all(Array.from({ length: 8 }, () => board(admin)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  }, 20_000);

  it('SIGTERM stops every worker and the primary, cleanly', async () => {
    const pids = workerPids();
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 20_000);
});
