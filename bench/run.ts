import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchBoard, type BoardCase, type BoardResult } from './board';
import { benchBrowser, type BrowserResult } from './browser';
import { buildBenchDb } from './build-db';
import { benchHostile, printHostile } from './hostile';
import { benchLive, type LiveResult, LIVE_TARGET_P95_MS, printLive } from './live';
import { benchLoad, type LoadResult, loadMissed, printLoad } from './load';
import { benchReview } from './review';
import { benchStartup, printStartup } from './startup';
import { ms, table } from './stats';

/**
 * `npm run bench`: the board query at 20,000 projects (in-process, over HTTP, raw SQLite), then the
 * board in a real browser at 2,000 active projects, then hostile uploads and a 20,000-row import against
 * the real server (bench/hostile.ts; BENCH_SKIP_HOSTILE=1 skips it), then `npm start` to /healthz
 * (bench/startup.ts; BENCH_SKIP_STARTUP=1 skips it), then 500 live streams and their fan-out
 * (bench/live.ts; BENCH_SKIP_LIVE=1 skips it), then reads and writes at load (bench/load.ts;
 * BENCH_SKIP_LOAD=1 skips it). Prints tables and writes the figures as JSON to
 * bench/out/. Environment: BENCH_RUNS (300), BENCH_WARMUP (30), BENCH_PROJECTS (20000),
 * BENCH_SKIP_BROWSER=1, BENCH_SKIP_REVIEW=1, BENCH_BOARD_PATH (/), BENCH_STRICT=1 (exit 1 when a target
 * is missed).
 */
const OUT_DIR = join(import.meta.dirname, 'out');
const int = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const TARGETS = {
  httpP50Ms: 20,
  httpP99Ms: 60,
  httpToRaw: 2,
  searchP50Ms: 20,
  readyAfterDataMs: 1_000,
  dragInputDelayMs: 100,
  jsGzipBytes: 170 * 1024,
};

const SEARCH_CASE = 'search q=数据中心';
const CASES: BoardCase[] = [
  { label: 'no filter', filter: {} },
  // Names and investors of the digital industry contain words like 数据中心: about one in six matches.
  { label: 'industry=digital, q=数据', filter: { industry: 'digital', q: '数据' } },
  // From 3 characters the text search goes through the FTS5 trigram index (decision 132).
  { label: SEARCH_CASE, filter: { q: '数据中心' } },
];

function machine() {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** A part of the bench that `<skip>=1` leaves out. */
async function part<T>(
  skip: string,
  intro: string,
  run: () => Promise<T>,
  print: (result: T) => void,
): Promise<T | { skipped: string }> {
  if (process.env[skip] === '1') return { skipped: `${skip}=1` };
  console.log(intro);
  const result = await run();
  print(result);
  return result;
}

async function main() {
  const runs = int('BENCH_RUNS', 300);
  const warmup = int('BENCH_WARMUP', 30);
  const projects = int('BENCH_PROJECTS', 20_000);
  const startedAt = new Date();
  const info = machine();
  console.log(`Invest Pipeline benchmark — ${startedAt.toISOString()}`);
  console.log(`${info.cores} cores, ${info.cpu}, ${info.memoryGiB} GiB, Node ${info.node}`);
  const loadBefore = loadavg()[0]!;
  console.log(`load average (1 min): ${loadBefore.toFixed(2)}\n`);
  if (loadBefore > info.cores / 2) {
    console.log(
      `warning: the machine is busy (load ${loadBefore.toFixed(1)} on ${info.cores} cores): figures will be pessimistic and noisy\n`,
    );
  }

  // ---- Server: the board query at scale ----
  console.log(`Building a database of ${projects.toLocaleString('en')} projects …`);
  const bench = buildBenchDb({
    projects,
    stageEvents: projects * 10,
    followUps: projects * 10,
    fileName: 'invest-pipeline-bench.db',
  });
  const { counts } = bench;
  console.log(
    `  ${counts.projects} projects (${counts.active} active), ${counts.stageEvents} stage events, ${counts.followUps} follow-ups, ` +
      `${counts.users} users in ${(bench.buildMs / 1000).toFixed(1)} s\n`,
  );
  let server: Awaited<ReturnType<typeof benchBoard>>;
  try {
    server = await benchBoard(bench.db, bench.adminId, CASES, { runs, warmup });
  } finally {
    bench.dispose();
  }

  // Issue 19: every case within 2× of raw SQLite, the FTS search ≤ 20 ms p50 (up to 100,000 projects);
  // the older p50 ≤ 20 / p99 ≤ 60 ms was set for the board at 20,000 projects and applies up to there.
  const sizedForHttp = projects <= 20_000;
  const httpOk = (r: BoardResult) =>
    !sizedForHttp || (r.summary.p50 <= TARGETS.httpP50Ms && r.summary.p99 <= TARGETS.httpP99Ms);
  const searchOk = (r: BoardResult) => r.filter !== SEARCH_CASE || r.summary.p50 <= TARGETS.searchP50Ms;
  const target = (r: BoardResult) => {
    if (r.layer !== 'http') return '';
    const checks = [
      sizedForHttp ? `p50 ≤ ${TARGETS.httpP50Ms}, p99 ≤ ${TARGETS.httpP99Ms}: ${verdict(httpOk(r))}` : '',
      r.filter === SEARCH_CASE ? `search p50 ≤ ${TARGETS.searchP50Ms}: ${verdict(searchOk(r))}` : '',
    ];
    return checks.filter(Boolean).join('; ');
  };
  const p50Of = (label: string, layer: BoardResult['layer']) =>
    server.results.find((r) => r.layer === layer && r.filter === label)?.summary.p50 ?? NaN;
  const toRaw = (label: string) => p50Of(label, 'http') / p50Of(label, 'raw-sqlite');
  const ratiosOk = CASES.every((c) => toRaw(c.label) <= TARGETS.httpToRaw);
  console.log(`Board query, ${runs} runs after ${warmup} warm-up (ms; cpu: the process's CPU time per call)`);
  console.log(
    table(
      ['layer', 'filter', 'cards', 'KB', 'p50', 'p99', 'mean', 'max', 'cpu p50', 'cpu p99', 'target'],
      server.results.map((r) => [
        r.layer,
        r.filter,
        String(r.cards),
        r.bytes === undefined ? '' : (r.bytes / 1024).toFixed(0),
        ms(r.summary.p50),
        ms(r.summary.p99),
        ms(r.summary.mean),
        ms(r.summary.max),
        ms(r.summary.cpu.p50),
        ms(r.summary.cpu.p99),
        target(r),
      ]),
    ),
  );
  for (const c of CASES) {
    const ratio = toRaw(c.label);
    console.log(
      `  ${c.label}: HTTP p50 / raw SQLite p50 = ${ratio.toFixed(2)}× (target ≤ ${TARGETS.httpToRaw}×: ${verdict(ratio <= TARGETS.httpToRaw)})`,
    );
  }
  console.log('\nQuery plans (totals, and the first column query):');
  for (const [label, queries] of Object.entries(server.queries)) {
    console.log(`  ${label}: ${queries.length} SQL statements per board call`);
    console.log(`  ${label}: totals ${queries[0]?.plan.join(' | ')}`);
    console.log(`  ${label}: column ${queries[1]?.plan.join(' | ')}`);
  }

  // The weekly review over 1,000,000 stage events (bench/review.ts); BENCH_SKIP_REVIEW=1 leaves it out.
  const review = process.env.BENCH_SKIP_REVIEW === '1' ? { skipped: 'BENCH_SKIP_REVIEW=1' } : benchReview();

  // ---- Browser: the board page ----
  let browser: BrowserResult;
  if (process.env.BENCH_SKIP_BROWSER === '1') browser = { skipped: 'BENCH_SKIP_BROWSER=1' };
  else {
    console.log('\nBrowser: building a database of 2,000 active projects, serving dist/client …');
    browser = await benchBrowser({ outDir: OUT_DIR });
  }
  const browserChecks: boolean[] = [];
  if (browser.skipped) console.log(`\nBrowser part skipped: ${browser.skipped}`);
  else if (browser.error) {
    console.log(`\nBrowser part failed: ${browser.error}`);
    if (browser.pageErrors?.length) console.log(`  page errors: ${browser.pageErrors.join(' / ')}`);
  } else {
    const { loads, drag, js } = browser;
    const rows: string[][] = [];
    if (loads) {
      const n = `${loads.cold.length} cold loads`;
      const { page, node } = loads;
      rows.push([
        'load: navigation → board.get data arrived',
        n,
        ms(page.data.p50, 0),
        ms(page.data.max, 0),
        ms(node.data.p50, 0),
        '',
      ]);
      rows.push([
        'load: navigation → first card painted',
        n,
        ms(page.ready.p50, 0),
        ms(page.ready.max, 0),
        ms(node.ready.p50, 0),
        '',
      ]);
      const ok = page.readyAfterData.p50 <= TARGETS.readyAfterDataMs;
      browserChecks.push(ok);
      rows.push([
        'load: ready after data',
        n,
        ms(page.readyAfterData.p50, 0),
        ms(page.readyAfterData.max, 0),
        ms(node.readyAfterData.p50, 0),
        `p50 ≤ 1000: ${verdict(ok)}`,
      ]);
    }
    if (drag) {
      const ok = drag.summary.p99 <= TARGETS.dragInputDelayMs;
      browserChecks.push(ok);
      rows.push([
        `drag: move → next frame${drag.started ? '' : ' (drag NOT detected)'}`,
        `${drag.steps} steps`,
        ms(drag.summary.p50, 1),
        ms(drag.summary.p99, 1),
        '',
        `p99 ≤ 100: ${verdict(ok)}`,
      ]);
    }
    console.log(
      '\nBoard page in Chromium (ms; loads on the page clock: p50 and slowest, then p50 from page.goto on the Node clock)',
    );
    console.log(table(['measure', 'samples', 'p50', 'p99/max', 'node p50', 'target'], rows));
    if (js) {
      const ok = js.gzip <= TARGETS.jsGzipBytes;
      browserChecks.push(ok);
      console.log(
        `\nJavaScript loaded by the board page: ${js.files.length} files, ${(js.bytes / 1024).toFixed(1)} KB, ` +
          `${(js.gzip / 1024).toFixed(1)} KB gzip (target ≤ 170 KB: ${verdict(ok)})`,
      );
      for (const f of js.files)
        console.log(`  ${f.url}  ${(f.bytes / 1024).toFixed(1)} KB, ${(f.gzip / 1024).toFixed(1)} KB gzip`);
    }
    if (browser.pageErrors?.length) console.log(`\nPage errors: ${browser.pageErrors.join(' / ')}`);
  }

  const hostile = await part(
    'BENCH_SKIP_HOSTILE',
    '\nHostile input: starting the server on a free port …',
    benchHostile,
    printHostile,
  );
  const startup = await part(
    'BENCH_SKIP_STARTUP',
    '\nStart-up: npm start on a temp database, first with stale builds, then unchanged …',
    benchStartup,
    printStartup,
  );

  const live: LiveResult | { skipped: string } = await part(
    'BENCH_SKIP_LIVE',
    '\nLive updates: starting the server with 500 open streams …',
    benchLive,
    printLive,
  );
  const load: LoadResult | { skipped: string } = await part(
    'BENCH_SKIP_LOAD',
    '\nFifty people at once: autocannon on the board at 1–50 connections, then 1 and 8 writers …',
    benchLoad,
    printLoad,
  );

  const liveMissed = 'fanout' in live && (live.fanout.p95 > LIVE_TARGET_P95_MS || live.fanout.missed > 0);

  mkdirSync(OUT_DIR, { recursive: true });
  const loadAverage = { before: loadBefore, after: loadavg()[0]! };
  console.log(`\nload average (1 min) at the end: ${loadAverage.after.toFixed(2)}`);
  const report = {
    startedAt: startedAt.toISOString(),
    machine: info,
    loadAverage,
    runs,
    warmup,
    counts,
    targets: TARGETS,
    server,
    review,
    browser,
    hostile,
    startup,
    live,
    load,
  };
  const file = join(OUT_DIR, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(join(OUT_DIR, 'latest.json'), JSON.stringify(report, null, 2));
  console.log(`\nFigures written to ${file}`);

  const missed =
    server.results.some((r) => r.layer === 'http' && !(httpOk(r) && searchOk(r))) ||
    !ratiosOk ||
    browserChecks.includes(false) ||
    ('first' in review && (review.first.firstMs > review.first.targetMs || review.p95 > review.targetMs)) ||
    liveMissed ||
    ('reads' in load && loadMissed(load));
  if (missed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
}

await main();
