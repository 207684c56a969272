import ExcelJS from 'exceljs';
import { expect, login, test } from './support/fixtures';

// Enough rows that checking and writing last a few seconds even on a fast machine (3,000 finished
// before the bar could be seen on Node 24). The playwright config runs this file last.
const ROWS = 10_000;

/**
 * A plain ledger of ROWS new leads at 洽谈, big enough for the import to take a moment. Amounts stay
 * under the 5,000 万元 major threshold, as a bulk of early leads does.
 */
async function bigLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['项目名称', '投资方', '所属行业', '招商方式', '计划总投资（万元）', '项目阶段', '招商责任人']);
  const stamp = Date.now().toString(36);
  for (let i = 0; i < ROWS; i++)
    ws.addRow([
      `进度项目${stamp}-${i}`,
      `进度投资方${i}`,
      '数字经济',
      '楼宇招商',
      500 + (i % 4000),
      '在谈',
      '王磊',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the import shows a progress bar with the rows checked and written (issue 15)', async ({ page }) => {
  // Reading, checking and writing 10,000 rows takes 10 s on an idle CI machine, longer on a busy one.
  test.setTimeout(120_000);
  await login(page, 'staff');
  await page.goto('/ledger/import');
  await page.getByTestId('ledger-file').setInputFiles({
    name: '大台账.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await bigLedger(),
  });
  await expect(page.getByRole('tab', { name: '错误 0' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: `导入 ${ROWS} 个项目` }).click();

  const bar = page.getByRole('progressbar', { name: '导入进度' });
  await expect(bar).toBeVisible();
  await expect(page.getByTestId('import-progress')).toContainText(
    new RegExp(`正在(检查|写入)：[\\d,]+ / ${ROWS.toLocaleString('zh-CN')} 行`),
  );
  await expect(bar).toHaveAttribute('aria-valuemax', String(ROWS));
  await page.screenshot({ path: 'test-results/import-progress.png' });

  await expect(page.getByRole('heading', { name: '导入完成' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`新建 ${ROWS} 个项目，更新 0 个，跳过 0 个。`)).toBeVisible();
  await expect(bar).toBeHidden();
});
