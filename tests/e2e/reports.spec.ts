import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { periodKeyAt, shiftPeriod } from '../../shared/domain/review/period';
import { expect, login, test } from './support/fixtures';

// The demo district is dated back from today: last month is closed (2026-11 on the day it was written).
const thisMonth = periodKeyAt('month', Date.now());
const lastMonth = shiftPeriod(thisMonth, -1);
const [year, month] = lastMonth.split('-').map(Number) as [number, number];
const quarter = periodKeyAt('quarter', Date.UTC(year, month - 1, 15));

test('the monthly report: figures and rankings, the quarter, previous/next, xlsx', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await login(page, 'admin');
  await page.getByRole('link', { name: '月报季报' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${thisMonth}$`));
  await expect(page.getByText('本月尚未结束，数据截至当前')).toBeVisible();

  await page.getByRole('link', { name: '‹ 上月' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${lastMonth}$`));
  await expect(page.getByTestId('report-title')).toHaveText(`南关区招商引资工作月报（${year}年${month}月）`);
  await expect(page.locator('.report-page')).toHaveAttribute('aria-busy', 'false');
  const newLeads = page.locator('[data-kpi="newLeads"] .text-xl');
  await expect(newLeads).toHaveText(/^\d+$/);
  // Rankings: ranked rows first (rank 1 at the top), those without a target after them.
  const units = page.getByTestId('unit-ranking').locator('tbody tr');
  await expect(units.first()).toHaveAttribute('data-rank', '1');
  await expect(units.last()).toHaveAttribute('data-rank', '');
  const officers = page.getByTestId('officer-ranking').locator('tbody tr');
  await expect(officers.first()).toHaveAttribute('data-rank', '1');
  await expect(page.getByText('本期固定资产投资入统')).toBeVisible();

  // The xlsx has the page's figures.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('report-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`南关区招商引资工作月报（${year}年${month}月）.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  expect(wb.getWorksheet('概览')!.getCell('B4').value).toBe(Number(await newLeads.textContent()));

  // The quarter holding the month, then back and forth.
  await page.getByRole('link', { name: '季报', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${quarter}$`));
  await expect(page.getByTestId('report-title')).toContainText(`工作季报（${quarter.slice(0, 4)}年第`);
  await page.getByRole('link', { name: '‹ 上季度' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${shiftPeriod(quarter, -1)}$`));
  await page.getByRole('link', { name: '下季度 ›' }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${quarter}$`));
  await page.getByRole('link', { name: '月报', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/\d{4}-\d{2}$/);
  expect(errors).toEqual([]);
});

test('a month not begun says so; a malformed one names the format', async ({ page }) => {
  await login(page, 'staff');
  await page.goto(`/reports/${shiftPeriod(thisMonth, 3)}`);
  await expect(page.getByText('尚未开始，还没有可以报告的数字')).toBeVisible();
  await page.goto('/reports/2026-13');
  await expect(page.getByRole('alert')).toContainText('YYYY-MM');
});

test('the printed report is A4 portrait', async ({ page }) => {
  await login(page, 'admin');
  await page.goto(`/reports/${lastMonth}`);
  await expect(page.getByTestId('unit-ranking')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.bg-brand-700')).toBeHidden();
  // A4 portrait: 595.28 × 841.89 pt.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  expect(Math.round(Number(box![1]))).toBe(595);
  expect(Math.round(Number(box![2]))).toBe(842);
  await writeFile('test-results/report-a4.pdf', pdf);
  // The printed look as an image: the page's print styles at the width inside A4's margins (190 mm).
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.screenshot({ path: 'test-results/report-a4.png', fullPage: true });
});
