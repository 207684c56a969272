import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../server/app';
import { createSession, SESSION_COOKIE } from '../server/auth/sessions';
import { FUNNEL_STAGES } from '../shared/domain/stages';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { buildBenchDb } from './build-db';
import { type Summary, summarize } from './stats';

/**
 * The board in a real browser (the system Chromium, headless) against the built client served by
 * buildApp, on a database of 2,000 active projects:
 *  1. load: from navigation until the board.get data has arrived and the first card is painted
 *     (the page's own clock; the Node clock from page.goto is kept as a cross-check);
 *  2. drag input delay: per pointer step while dragging a card across the columns, the time from
 *     page.mouse.move until the next requestAnimationFrame callback runs in the page;
 *  3. the gzip size of the JavaScript the board page loads.
 */
export interface LoadSample {
  /** page.goto → the board.get response has fully arrived (Node clock). */
  dataMs: number;
  /** page.goto → the first card is visible and the data has arrived (Node clock). */
  readyMs: number;
  /** readyMs − dataMs: rendering the board after its data. */
  readyAfterDataMs: number;
  /** In-page clock (ms since navigation start): board.get responseEnd and the first card's first frame. */
  page: { dataResponseEnd: number | null; firstCardFrame: number | null; domContentLoaded: number | null };
}

export interface BrowserResult {
  skipped?: string;
  error?: string;
  projects?: number;
  boardPath?: string;
  loads?: {
    cold: LoadSample[];
    /**
     * On the page's own clock (ms from navigation start): board.get responseEnd, the first frame with
     * a card, and the difference. These are the figures to read: the Node-side locator wait polls at
     * growing intervals (up to 500 ms), which inflates the Node clock's "visible" time.
     */
    page: { data: Summary; ready: Summary; readyAfterData: Summary };
    /** The same from page.goto on the Node clock (CDP events and Playwright's polling included). */
    node: { data: Summary; ready: Summary; readyAfterData: Summary };
  };
  drag?: { steps: number; started: boolean; summary: Summary };
  js?: { files: { url: string; bytes: number; gzip: number }[]; bytes: number; gzip: number };
  pageErrors?: string[];
}

const ROOT = join(import.meta.dirname, '..');
const CLIENT_DIR = join(ROOT, 'dist', 'client');
const CARD = '[data-testid="card"]';
const column = (stage: string) => `[data-testid="column-${stage}"]`;

export interface BrowserOptions {
  projects?: number;
  /** Cold page loads (fresh browser context, empty cache) to time. */
  loads?: number;
  /** Drags across the board, each out to the last column and back. */
  drags?: number;
  /** Where the board is; BENCH_BOARD_PATH overrides. */
  boardPath?: string;
  outDir: string;
}

export async function benchBrowser(opts: BrowserOptions): Promise<BrowserResult> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    return {
      skipped: `Chromium not found at ${executablePath} (install it with \`apt-get install chromium\` or set CHROMIUM_PATH)`,
    };
  }
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    console.log('dist/client missing: running `npm run build` …');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0 || !existsSync(join(CLIENT_DIR, 'index.html'))) {
      return { skipped: '`npm run build` failed, so there is no client to measure' };
    }
  }

  const projects = opts.projects ?? 2_000;
  const boardPath = process.env.BENCH_BOARD_PATH ?? opts.boardPath ?? '/';
  const bench = buildBenchDb({
    projects,
    activeShare: 1,
    stageEvents: projects * 10,
    followUps: projects * 10,
    fileName: 'invest-pipeline-bench-browser.db',
  });
  const app = await buildApp({ db: bench.db, clientDir: CLIENT_DIR });
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    const { token } = createSession(bench.db, bench.adminId);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

    const newContext = async () => {
      const context = await browser!.newContext({
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1600, height: 900 },
      });
      await context.addCookies([
        { name: SESSION_COOKIE, value: token, url: origin, httpOnly: true, sameSite: 'Lax' },
      ]);
      await context.addInitScript(FIRST_CARD_PROBE);
      return context;
    };

    const cold: LoadSample[] = [];
    let js: BrowserResult['js'];
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    const loads = Math.max(1, opts.loads ?? 7);
    for (let i = 0; i < loads; i++) {
      await context?.close();
      context = await newContext();
      page = await context.newPage();
      page.on('pageerror', (err) => pageErrors.push(err.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') pageErrors.push(msg.text());
      });
      const scripts: Promise<{ url: string; bytes: number; gzip: number } | null>[] = [];
      if (i === 0) {
        page.on('response', (res) => {
          const type = res.headers()['content-type'] ?? '';
          if (res.request().resourceType() !== 'script' && !type.includes('javascript')) return;
          scripts.push(
            res.body().then(
              (body) => ({
                url: res.url().replace(origin, ''),
                bytes: body.length,
                gzip: gzipSync(body).length,
              }),
              () => null,
            ),
          );
        });
      }
      cold.push(await timeLoad(page, origin + boardPath));
      if (i === 0) {
        await page.waitForLoadState('networkidle');
        const files = (await Promise.all(scripts)).filter((f) => f !== null);
        js = {
          files,
          bytes: files.reduce((n, f) => n + f.bytes, 0),
          gzip: files.reduce((n, f) => n + f.gzip, 0),
        };
      }
    }

    const drag = await timeDrag(page!, opts.drags ?? 3);
    await context?.close();
    return {
      projects,
      boardPath,
      loads: {
        cold,
        page: pageSummaries(cold),
        node: {
          data: summarize(cold.map((s) => s.dataMs)),
          ready: summarize(cold.map((s) => s.readyMs)),
          readyAfterData: summarize(cold.map((s) => s.readyAfterDataMs)),
        },
      },
      drag,
      js,
      pageErrors: [...new Set(pageErrors)].slice(0, 20),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (browser) {
      try {
        const pages = browser.contexts().flatMap((c) => c.pages());
        const last = pages[pages.length - 1];
        if (last) {
          mkdirSync(opts.outDir, { recursive: true });
          await last.screenshot({ path: join(opts.outDir, 'browser-failure.png'), fullPage: true });
        }
      } catch {
        // the screenshot is only a diagnostic
      }
    }
    return { projects, boardPath, error: message, pageErrors: [...new Set(pageErrors)].slice(0, 20) };
  } finally {
    await browser?.close();
    await app.close();
    bench.dispose();
  }
}

function pageSummaries(cold: LoadSample[]) {
  const complete = cold.flatMap(({ page }) =>
    page.dataResponseEnd !== null && page.firstCardFrame !== null
      ? [{ data: page.dataResponseEnd, card: page.firstCardFrame }]
      : [],
  );
  return {
    data: summarize(complete.map((s) => s.data)),
    ready: summarize(complete.map((s) => Math.max(s.data, s.card))),
    readyAfterData: summarize(complete.map((s) => Math.max(0, s.card - s.data))),
  };
}

/** Records, in the page, when the first card is attached and when the frame showing it starts. */
const FIRST_CARD_PROBE = `(() => {
  const w = window;
  const check = () => {
    if (w.__firstCardAt === undefined && document.querySelector(${JSON.stringify(CARD)})) {
      w.__firstCardAt = performance.now();
      requestAnimationFrame(() => { w.__firstCardFrame = performance.now(); });
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function timeLoad(page: Page, url: string): Promise<LoadSample> {
  let dataAt: number | undefined;
  let dataSeen!: () => void;
  const dataArrived = new Promise<void>((resolve) => (dataSeen = resolve));
  const isBoardGet = (u: string) => u.includes('/trpc/') && u.includes('board.get');
  page.on('requestfinished', (req) => {
    if (dataAt === undefined && isBoardGet(req.url())) {
      dataAt = performance.now();
      dataSeen();
    }
  });
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    dataArrived,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no tRPC board.get request finished within 30 s of opening ${url}`)),
        30_000,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  await page.locator(CARD).first().waitFor({ state: 'visible', timeout: 30_000 });
  const readyAt = performance.now();
  const inPage = await page.evaluate(() => {
    const w = window as unknown as { __firstCardFrame?: number };
    const entry = window.performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/trpc/') && e.name.includes('board.get')) as
      PerformanceResourceTiming | undefined;
    const nav = window.performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      dataResponseEnd: entry?.responseEnd ?? null,
      firstCardFrame: w.__firstCardFrame ?? null,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    };
  });
  const dataMs = dataAt! - start;
  const readyMs = Math.max(readyAt, dataAt!) - start;
  return { dataMs, readyMs, readyAfterDataMs: readyMs - dataMs, page: inPage };
}

/** Center of an element's box. */
async function center(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on the page (or not visible)`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

async function timeDrag(page: Page, drags: number): Promise<NonNullable<BrowserResult['drag']>> {
  for (const stage of FUNNEL_STAGES) {
    if ((await page.locator(column(stage)).count()) === 0)
      throw new Error(`${column(stage)} is not on the board page`);
  }
  const samples: number[] = [];
  let started = false;
  const nextFrame = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  for (let d = 0; d < drags; d++) {
    const card = await center(page, `${column(FUNNEL_STAGES[0])} ${CARD}`);
    // Keep the pointer at the card's height; cross into each column in turn, then come back.
    const targets = await Promise.all(
      FUNNEL_STAGES.map(async (s) => ({ ...(await center(page, column(s))), y: card.y })),
    );
    const path: { x: number; y: number }[] = [];
    const stepsPerLeg = 12;
    let from = { x: card.x, y: card.y };
    for (const to of [...targets.slice(1), ...targets.slice(0, -1).reverse(), { x: card.x, y: card.y }]) {
      for (let k = 1; k <= stepsPerLeg; k++)
        path.push({
          x: from.x + ((to.x - from.x) * k) / stepsPerLeg,
          y: from.y + ((to.y - from.y) * k) / stepsPerLeg,
        });
      from = to;
    }
    await page.mouse.move(card.x, card.y);
    await page.mouse.down();
    // Small moves first: pointer sensors start a drag only after a few pixels.
    for (const dx of [2, 4, 8, 12]) {
      await page.mouse.move(card.x + dx, card.y);
      await nextFrame();
    }
    for (const p of path) {
      const t0 = performance.now();
      await page.mouse.move(p.x, p.y);
      await nextFrame();
      samples.push(performance.now() - t0);
      if (!started && samples.length % 6 === 0) {
        // dnd-kit marks the dragged source aria-pressed; a drag overlay or data-dragging also count.
        started = await page.evaluate(
          () =>
            !!document.querySelector(
              '[aria-pressed="true"], [data-dragging="true"], [data-dnd-overlay], [aria-grabbed="true"]',
            ),
        );
      }
    }
    // Back over the source column: cancel, so no move is saved.
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await nextFrame();
  }
  return { steps: samples.length, started, summary: summarize(samples) };
}
