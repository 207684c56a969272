import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { shiftWeek } from '../../shared/domain/review/week';
import { expect, login, test } from './support/fixtures';

const STAGES = ['negotiating', 'introduced', 'landed', 'started', 'completed', 'on_hold', 'dropped'] as const;

test('the weekly review: a past week, previous/next, and an xlsx whose funnel equals the page', async ({
  page,
}) => {
  await login(page, 'admin');
  await page.getByRole('link', { name: '周调度' }).click();
  await expect(page).toHaveURL(/\/review\/\d{4}-W\d{2}$/);
  const current = page.url().split('/').pop()!;

  // A past week: previous once, then check the title names its number.
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  await expect(page).not.toHaveURL(new RegExp(`${current}$`));
  const past = page.url().split('/').pop()!;
  await expect(page.getByTestId('review-title')).toHaveText(
    `南关区招商引资项目周调度 第${Number(past.slice(6))}周`,
  );
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  await page.getByRole('link', { name: '下一周 ›' }).click();
  await expect(page).toHaveURL(new RegExp(`${past}$`));
  // The URL changes first; the page follows in a transition (the previous week's figures stay on screen
  // meanwhile, charts and all), so wait for its title and for the data to be the week's own.
  await expect(page.getByTestId('review-title')).toHaveText(
    `南关区招商引资项目周调度 第${Number(past.slice(6))}周`,
  );
  await expect(page.locator('.review-page')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('funnel-table')).toBeVisible();

  const pageCounts: number[] = [];
  const pageAmounts: number[] = [];
  for (const s of STAGES) {
    pageCounts.push(Number(await page.getByTestId(`funnel-count-${s}`).textContent()));
    pageAmounts.push(Number(await page.getByTestId(`funnel-amount-${s}`).getAttribute('data-wan')));
  }
  expect(pageCounts.slice(0, 5).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(
    `南关区招商引资项目周调度 第${Number(past.slice(6))}周（${past}）.xlsx`,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('漏斗')!.eachRow((row, n) => n > 4 && rows.push((row.values as unknown[]).slice(1, 4)));
  expect(rows.map((r) => r[1])).toEqual(pageCounts);
  expect(rows.map((r) => r[2])).toEqual(pageAmounts);
});

test('上一周 上一周 下一周 clicked faster than a slow CPU renders ends one week back', async ({ page }) => {
  // The router renders a new address in a React transition; meanwhile the last week's links are still
  // on screen. A step must start from the address, or this sequence ends where it began.
  test.setTimeout(120_000);
  await login(page, 'admin');
  await page.goto('/review');
  await expect(page.locator('.review-page')).toHaveAttribute('aria-busy', 'false');
  const current = page.url().split('/').pop()!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  await page.getByRole('link', { name: '下一周 ›' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page).toHaveURL(new RegExp(`${shiftWeek(current, -1)}$`));
});

test('/review with a malformed week shows the field error', async ({ page }) => {
  await login(page, 'staff');
  await page.goto('/review/2026-W99');
  await expect(page.getByRole('alert')).toContainText('周次格式');
});

test('print: an A4 landscape report — title, no navigation or buttons, charts drawn and fitted to their boxes', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1123, height: 794 });
  await login(page, 'admin');
  await page.goto('/review');
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  const week = Number(page.url().slice(-2));
  const title = `南关区招商引资项目周调度 第${week}周`;
  // Funnel, trend and targets (the demo district has targets): drawn as SVG.
  await expect(page.locator('.review-chart svg')).toHaveCount(3);
  await expect(page).toHaveTitle(title);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('review-title')).toHaveText(title);
  for (const hidden of [
    page.getByRole('link', { name: '项目看板' }),
    page.getByRole('button', { name: '打印报告' }),
    page.getByRole('link', { name: '‹ 上一周' }),
  ])
    await expect(hidden).toBeHidden();
  const layout = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    charts: [...document.querySelectorAll('.review-chart')].map((box) => {
      const svg = box.querySelector('svg')!.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return {
        fits: svg.width <= outer.width + 1 && svg.height > 50,
        viewBox: !!box.querySelector('svg')!.getAttribute('viewBox'),
      };
    }),
  }));
  expect(layout.overflow).toBe(0);
  expect(layout.charts).toEqual([0, 1, 2].map(() => ({ fits: true, viewBox: true })));
  expect(errors).toEqual([]);
});

test('定稿: an admin seals a past week, the page says so, and re-opening asks for a reason', async ({
  page,
  browser,
}) => {
  await login(page, 'admin');
  await page.getByRole('link', { name: '周调度' }).click();
  await expect(page).toHaveURL(/\/review\/\d{4}-W\d{2}$/);
  // The current week is not over: it cannot be sealed, so no button is offered.
  await expect(page.getByRole('button', { name: '定稿', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: '‹ 上一周' }).click();
  const week = page.url().split('/').pop()!;
  await expect(page.getByTestId('review-title')).toContainText(`第${Number(week.slice(6))}周`);
  const activeBefore = await page.getByTestId('funnel-count-negotiating').textContent();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await expect(page.getByTestId('review-sealed')).toContainText('已定稿');
  await expect(page.getByTestId('review-sealed')).toContainText('定稿：以下为定稿时的数字');
  await expect(page.getByTestId('funnel-count-negotiating')).toHaveText(activeBefore!);

  // The sealed version is what everyone sees, after a reload and as an officer (who cannot re-open it).
  await page.reload();
  await expect(page.getByTestId('review-sealed')).toBeVisible();
  const officer = await browser.newPage();
  await login(officer, 'staff');
  await officer.goto(`/review/${week}`);
  await expect(officer.getByTestId('review-sealed')).toContainText('已定稿');
  await expect(officer.getByRole('button', { name: '重新打开' })).toHaveCount(0);
  await officer.close();

  // Re-opening needs a reason: without one the field says so and the week stays sealed.
  await page.getByRole('button', { name: '重新打开' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '重新打开' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await dialog.getByLabel('重新打开的原因').fill('补录第三季度到位资金后重新定稿');
  await dialog.getByRole('button', { name: '重新打开' }).click();
  await expect(page.getByTestId('review-sealed')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '定稿', exact: true })).toBeVisible();
});
