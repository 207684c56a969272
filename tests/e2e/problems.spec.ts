import ExcelJS from 'exceljs';
import type { Locator } from '@playwright/test';
import { expect, login, test } from './support/fixtures';

/** The figures of a table row as text: the name, then 提出 … 办结用时中位数. */
const cells = (row: Locator) => row.locator('th, td').allInnerTexts();

test('the problem tally shows 办结 and 办结率 by unit and month, and downloads as xlsx', async ({ page }) => {
  await login(page, 'leader');
  await page.goto('/problems');
  await page.getByRole('tab', { name: '办结统计' }).click();
  await expect(page).toHaveURL(/view=tally/);
  const tally = page.getByTestId('problem-tally');
  await expect(tally.getByTestId('tally-summary')).toContainText(
    /共提出问题 \d+ 件，办结 \d+ 件，办结率 [\d.]+%/,
  );
  await expect(page.getByRole('button', { name: '本年度' })).toHaveAttribute('aria-pressed', 'true');

  // By unit (the default): the lines add up to 合计.
  const lines = tally.getByTestId('tally-line');
  await expect(lines.first()).toBeVisible();
  const total = await cells(tally.getByTestId('tally-total'));
  expect(total[0]).toBe('合计');
  const raised = (
    await lines.evaluateAll((rows) => rows.map((r) => Number(r.children[1]!.textContent)))
  ).reduce((a, b) => a + b, 0);
  expect(String(raised)).toBe(total[1]);

  // By month: the URL keeps it, every month of the period is a line.
  await tally.getByRole('tab', { name: '按月份' }).click();
  await expect(page).toHaveURL(/by=month/);
  await expect(tally.getByTestId('tally-line').first()).toContainText('1月');
  await page.screenshot({ path: 'test-results/problem-tally.png', fullPage: true });

  // The xlsx holds the page's 合计.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出统计' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^问题办结统计_\d{4}-01-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.getWorksheet('按月份');
  if (!ws) throw new Error('no 按月份 sheet');
  const last = ws.getRow(ws.rowCount);
  expect(last.getCell(1).value).toBe('合计');
  expect([last.getCell(2).value, last.getCell(3).value, last.getCell(4).value]).toEqual(
    total.slice(1, 4).map(Number),
  );

  // A period with no problem says so.
  await page.getByLabel('开始日期').fill('2000-01-01');
  await page.getByLabel('结束日期').fill('2000-03-31');
  await expect(tally).toContainText('该期间没有提出问题');
  await expect(tally.getByTestId('tally-summary')).toContainText('办结率 —');
});

test('the problem list exports what its filter shows', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/problems?overdue=1');
  const rows = page.getByTestId('problem');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出清单' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^问题清单_\d{4}-\d{2}-\d{2}_筛选\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.getWorksheet('问题清单');
  if (!ws) throw new Error('no sheet');
  expect(ws.rowCount - 2).toBe(shown);
  expect(ws.getRow(3).getCell(9).value).toBe('是'); // 是否逾期
});
