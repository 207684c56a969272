/**
 * Hostile input against the real server (issue 11): starts `server/main.ts` on a free localhost port
 * with a fresh database, uploads each generated hostile file and a legitimate 20,000-row ledger (read,
 * check, commit) while polling /healthz every 50 ms and sampling the server's RSS, and prints per file
 * the peak RSS, /healthz p50/p99/max and how long the server took to answer (the refusal time).
 * `npx tsx bench/hostile.ts` alone, or as part of `npm run bench`. The server is stopped at the end,
 * and stops by itself if this process dies (bench/exit-with-parent.mjs: it exits when its stdin closes).
 * HOSTILE_SERVER_FLAGS="--trace-gc …" passes Node/V8 flags to the server (for investigating memory).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../db/client';
import { hashPassword } from '../db/password';
import { users } from '../db/schema';
import {
  FAKE_ZIP,
  hugeCell,
  legitimateLedger,
  millionRows,
  PNG,
  textBomb,
  textBombFlat,
  wideSheet,
  zipBomb,
} from '../tests/helpers/hostile-files';
import { rssMb, startServer } from './server';
import { ms, summarize, table } from './stats';

const PASSWORD = 'bench-hostile-passphrase';
const POLL_MS = 50;

export interface HostileRow {
  file: string;
  step: string;
  kb: number;
  status: number;
  answerMs: number;
  message: string;
  peakRssMb: number;
  healthz: { p50: number; p99: number; max: number; samples: number };
}

export interface HostileResult {
  loadAverage: { before: number; after: number };
  idleRssMb: number;
  rows: HostileRow[];
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!res.ok || !cookie.includes('=')) throw new Error(`login failed: HTTP ${res.status}`);
  return cookie;
}

/** Runs `request` while /healthz is polled every 50 ms and the server's RSS sampled alongside. */
async function measured(
  pid: number,
  base: string,
  request: () => Promise<{ status: number; message: string }>,
) {
  const latencies: number[] = [];
  let peak = rssMb(pid);
  let done = false;
  const poller = (async () => {
    while (!done) {
      const t = performance.now();
      await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - t);
      peak = Math.max(peak, rssMb(pid));
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), POLL_MS);
  const started = performance.now();
  const answer = await request();
  const answerMs = performance.now() - started;
  done = true;
  await poller;
  clearInterval(sampler);
  const s = summarize(latencies);
  return {
    ...answer,
    answerMs,
    peakRssMb: Math.max(peak, rssMb(pid)),
    healthz: { p50: s.p50, p99: s.p99, max: s.max, samples: latencies.length },
  };
}

async function send(base: string, cookie: string, bytes: Buffer) {
  const res = await fetch(`${base}/api/ledger/import/upload`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('台账.xlsx'),
      origin: base,
      cookie,
    },
    body: new Uint8Array(bytes),
  });
  const body = (await res.json()) as { message?: string; token?: string };
  return { status: res.status, message: body.message ?? '', token: body.token };
}

async function trpc(base: string, cookie: string, path: string, input: unknown, method: 'GET' | 'POST') {
  const url =
    method === 'GET'
      ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
      : `${base}/trpc/${path}`;
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: method === 'POST' ? JSON.stringify(input) : undefined,
  });
  const body = (await res.json()) as {
    result?: { data?: Record<string, unknown> };
    error?: { message?: string };
  };
  return { status: res.status, data: body.result?.data, message: body.error?.message ?? '' };
}

const HOSTILE: [string, () => Buffer][] = [
  ['wide sheet (3,000 rows to column XFD)', () => wideSheet()],
  ['text bomb (120 M chars, ratio)', () => textBombFlat()],
  ['text bomb within zip limits (24 M chars)', () => textBomb()],
  ['one cell of 1 M chars', () => hugeCell()],
  ['zip bomb (150 MB, honest sizes)', () => zipBomb(150)],
  ['zip bomb (150 MB, lying sizes)', () => zipBomb(150, true)],
  ['million rows', () => millionRows()],
  ['renamed binary (PNG)', () => PNG],
  ['broken zip', () => FAKE_ZIP],
];

export async function benchHostile(): Promise<HostileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'invest-pipeline-hostile-'));
  const loadBefore = loadavg()[0]!;
  let server: { child: ChildProcess; base: string } | null = null;
  try {
    const prepare = async (db: Db) => {
      const passwordHash = await hashPassword(PASSWORD);
      db.insert(users)
        .values({ username: 'admin', displayName: '管理员', role: 'admin', passwordHash })
        .run();
      db.insert(users)
        .values({ username: 'wanglei', displayName: '王磊', role: 'staff', passwordHash })
        .run();
    };
    // One process (decision 135): the bench watches the process that reads the files; in a cluster
    // the primary's RSS would not show it and the other worker would answer /healthz meanwhile.
    server = await startServer(dir, prepare, join(dir, 'app.db'), { WORKERS: '1' });
    const { child, base } = server;
    const pid = child.pid!;
    const cookie = await login(base);
    await new Promise((r) => setTimeout(r, 500));
    const idleRssMb = rssMb(pid);
    const rows: HostileRow[] = [];
    const row = (file: string, step: string, kb: number, r: Awaited<ReturnType<typeof measured>>) => {
      rows.push({ file, step, kb, ...r, message: r.message.slice(0, 60) });
      console.log(
        `  ${file} · ${step}: HTTP ${r.status} in ${ms(r.answerMs, 0)} ms, peak RSS ${r.peakRssMb.toFixed(0)} MB, ` +
          `/healthz p50 ${ms(r.healthz.p50)} p99 ${ms(r.healthz.p99)} max ${ms(r.healthz.max)} ms`,
      );
    };
    for (const [label, make] of HOSTILE) {
      const bytes = make();
      row(label, 'upload', bytes.length / 1024, await measured(pid, base, () => send(base, cookie, bytes)));
    }

    const ledger = legitimateLedger(20_000);
    const kb = ledger.length / 1024;
    const label = 'legitimate 20,000 rows';
    let token = '';
    const read = await measured(pid, base, async () => {
      const r = await send(base, cookie, ledger);
      token = r.token ?? '';
      return r;
    });
    row(label, 'read (upload)', kb, read);
    const opts = { token, sheet: 0, onExisting: 'skip', createUnits: false };
    const check = await measured(pid, base, async () => {
      const r = await trpc(
        base,
        cookie,
        'ledger.preview',
        { ...opts, view: 'all', offset: 0, limit: 50 },
        'GET',
      );
      const counts = r.data?.counts as { create?: number; error?: number } | undefined;
      return { status: r.status, message: r.message || `create ${counts?.create}, error ${counts?.error}` };
    });
    row(label, 'check (preview)', kb, check);
    const commit = await measured(pid, base, async () => {
      const r = await trpc(base, cookie, 'ledger.commit', opts, 'POST');
      return { status: r.status, message: r.message || `created ${String(r.data?.created)}` };
    });
    row(label, 'commit', kb, commit);
    return { loadAverage: { before: loadBefore, after: loadavg()[0]! }, idleRssMb, rows };
  } finally {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((r) => server!.child.once('exit', r));
      server.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printHostile(result: HostileResult): void {
  console.log(
    `\nHostile input against the real server (idle RSS ${result.idleRssMb.toFixed(0)} MB; load average ` +
      `${result.loadAverage.before.toFixed(2)} → ${result.loadAverage.after.toFixed(2)} on ${availableParallelism()} cores)`,
  );
  console.log(
    table(
      ['file', 'step', 'KB', 'HTTP', 'answer ms', 'peak RSS MB', 'healthz p50', 'p99', 'max', 'message'],
      result.rows.map((r) => [
        r.file,
        r.step,
        r.kb.toFixed(0),
        String(r.status),
        ms(r.answerMs, 0),
        r.peakRssMb.toFixed(0),
        ms(r.healthz.p50),
        ms(r.healthz.p99),
        ms(r.healthz.max),
        r.message,
      ]),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`load average (1 min) before: ${loadavg()[0]!.toFixed(2)}`);
  const result = await benchHostile();
  printHostile(result);
  const out = join(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'hostile-latest.json'), JSON.stringify(result, null, 2));
}
