import ExcelJS from 'exceljs';
import { expect, login, searchBoard, test } from './support/fixtures';

/** A ledger as an office keeps it, with one bad date in the last row. */
async function ledgerFile(signing: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填报说明').getCell('A1').value = '填报说明：金额单位万元';
  const ws = wb.addWorksheet('2026年台账');
  const headers = [
    '序号',
    '项目名称',
    '投资方',
    '所属行业',
    '招商方式',
    '计划总投资\n（万元）',
    '协议投资（万元）',
    '项目阶段',
    '签约时间',
    '联络人',
    '责任单位',
  ];
  ws.getCell(1, 1).value = '南关区招商引资项目台账';
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getRow(2).values = headers;
  const stamp = Date.now().toString(36);
  ws.getRow(3).values = [
    1,
    `E2E数字园${stamp}`,
    '吉林数科集团',
    '数字经济',
    '产业链招商',
    { formula: '2*10000', result: 20000 },
    null,
    '在谈',
    null,
    '王磊',
    '投资促进局',
  ];
  ws.getRow(4).values = [
    2,
    `E2E金融港${stamp}`,
    '长春金控',
    '金融',
    '楼宇招商',
    '约 8,000',
    '8000',
    '已签约',
    signing,
    '王磊',
    '金融服务中心',
  ];
  ws.getRow(6).values = ['合计', null, null, null, null, { formula: 'SUM(F3:F4)', result: 28000 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a ledger with one bad row: the error shows next to its cell; the fixed file imports', async ({
  page,
}) => {
  await login(page, 'staff');
  await expect(page.getByRole('link', { name: '台账导入' })).toHaveAttribute('href', '/ledger/import');
  await page.goto('/ledger/import');
  await expect(page.getByRole('heading', { name: '台账导入' })).toBeVisible();

  await page.getByTestId('ledger-file').setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await ledgerFile('2026/13/01'),
  });
  const table = page.getByTestId('preview-table');
  await expect(table).toBeVisible();
  // The sheet with the header was picked (not the cover sheet); 联络人 was not recognised.
  await expect(page.getByLabel('工作表')).toHaveValue('1');
  // The importer is the default owner A; without a default, the empty officer column is an error.
  await page.getByLabel('默认招商责任人').selectOption({ label: '不设默认值' });
  const bad = page.getByTestId('preview-row-4');
  await expect(bad.locator('td[data-field="signingDate"]')).toContainText('日期不存在');
  await expect(bad).toContainText('招商责任人：必填');
  await expect(page.getByRole('button', { name: /导入 \d+ 个项目/ })).toBeDisabled();

  // Fix the mapping: 联络人 is the officer column.
  await page.getByLabel('联络人 对应字段').selectOption({ label: '招商责任人' });
  await expect(bad).not.toContainText('招商责任人：必填');
  await expect(bad.locator('td[data-field="signingDate"]')).toContainText('日期不存在');

  // Fix the file: upload it again with a real date (the mapping step is redone, as a new file may differ).
  await page.getByRole('button', { name: '换一个文件' }).click();
  await page.getByTestId('ledger-file').setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await ledgerFile('2026年3月5日'),
  });
  await page.getByLabel('联络人 对应字段').selectOption({ label: '招商责任人' });
  await expect(page.getByRole('tab', { name: '错误 0' })).toBeVisible();
  await page.getByRole('button', { name: '导入 2 个项目' }).click();
  await expect(page.getByRole('heading', { name: '导入完成' })).toBeVisible();
  await expect(page.getByText('新建 2 个项目，更新 0 个，跳过 0 个。')).toBeVisible();
  const report = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载导入报告' }).click();
  expect((await report).suggestedFilename()).toMatch(/^台账导入报告_.*\.csv$/);

  await page.getByRole('link', { name: '查看项目看板' }).click();
  await searchBoard(page, 'E2E金融港');
  await expect(
    page.getByTestId('column-introduced').getByTestId('card').filter({ hasText: 'E2E金融港' }),
  ).toBeVisible();
});

test('the board exports the ledger as xlsx and the filtered board too', async ({ page }) => {
  await login(page, 'leader');
  // A leader's `/` is the desk; the board is one tap away in the navigation (issue 16).
  await page.getByRole('link', { name: '项目看板' }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();
  await expect(page.getByRole('link', { name: '台账导入' })).toHaveCount(0); // leaders read, they do not import
  const all = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出台账' }).click();
  expect((await all).suggestedFilename()).toMatch(/^招商项目台账_\d{4}-\d{2}-\d{2}\.xlsx$/);
  await searchBoard(page, '中心');
  const filtered = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出当前筛选' }).click();
  const file = await filtered;
  expect(file.suggestedFilename()).toMatch(/_筛选\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  expect(ws.getCell('A1').text).toContain('导出日期');
  expect(ws.getRow(2).getCell(2).value).toBe('项目名称');
  expect(ws.getCell(3, 2).text).toContain('中心');
});

test('abandoning an import removes the file the server holds: another file, another page', async ({
  page,
}) => {
  await login(page, 'staff');
  await page.goto('/ledger/import');
  const upload = async () => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/ledger/import/upload'));
    await page.getByTestId('ledger-file').setInputFiles({
      name: '台账.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await ledgerFile('2026/3/5'),
    });
    const { token } = (await (await answer).json()) as { token: string };
    await expect(page.getByTestId('preview-table')).toBeVisible();
    // Held: after the preview its report is there to download.
    const report = `/api/ledger/import/${token}/report.csv`;
    expect((await page.request.get(report)).status()).toBe(200);
    return { token, report };
  };
  const discarded = (token: string) =>
    page.waitForRequest((r) => r.method() === 'DELETE' && r.url().endsWith(`/api/ledger/import/${token}`));

  const first = await upload();
  const gone = discarded(first.token);
  await page.getByRole('button', { name: '换一个文件' }).click();
  await gone;
  await expect.poll(async () => (await page.request.get(first.report)).status()).toBe(404);

  const second = await upload();
  const left = discarded(second.token);
  await page.getByRole('link', { name: '项目看板' }).click();
  await left;
  await expect.poll(async () => (await page.request.get(second.report)).status()).toBe(404);
});
