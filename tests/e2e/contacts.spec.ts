import ExcelJS from 'exceljs';
import { expect, filterByOwner, login, searchBoard, test } from './support/fixtures';

test('an officer keeps the investor contacts of their project; the leader sees the primary one on the desk', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const name = `周敏${Date.now() % 10_000}`;
  await login(page, 'staff');
  // A project of the officer's own (王磊 is the staff account).
  await filterByOwner(page, '王磊');
  // A card the officer may change carries 移至… (the board's cards load after the filter applies).
  const card = page
    .getByTestId('column-negotiating')
    .getByTestId('card')
    .filter({ has: page.getByRole('button', { name: '移至…' }) })
    .first();
  const projectName = (await card.locator('h3').textContent())!;
  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
  const section = page.getByRole('region', { name: '投资方联系人' });
  await expect(section).toBeVisible();

  await section.getByRole('button', { name: '添加联系人' }).click();
  const dialog = page.getByRole('dialog', { name: '添加联系人' });
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByLabel('职务').fill('投资总监');
  await dialog.getByLabel('电话').fill('13-8x');
  await dialog.getByRole('button', { name: '保存' }).click();
  // Bad input names its field and nothing is saved.
  await expect(dialog.getByText(/电话号码应为/)).toBeVisible();
  await dialog.getByLabel('电话').fill('0431-8888 6666');
  await dialog.getByLabel('邮箱').fill('zhou@example.com');
  await dialog.getByLabel('主要联系人').check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已添加联系人')).toBeVisible();

  const row = section.getByTestId('contact').filter({ hasText: name });
  await expect(row).toContainText('投资总监');
  await expect(row).toContainText('主要联系人');
  await expect(row.getByRole('link', { name: '0431-8888 6666' })).toHaveAttribute('href', 'tel:043188886666');
  // The primary contact is listed first.
  await expect(section.getByTestId('contact').first()).toContainText(name);

  // The change is in the project's history, in the office's words.
  const log = page.getByRole('region', { name: '操作记录' });
  await expect(log.getByText('添加联系人').first()).toBeVisible();
  await expect(log).toContainText(`联系人：${name}`);
});

test('the desk shows each project’s primary contact', async ({ page }) => {
  await login(page, 'leader');
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByTestId('desk-contact').first()).toContainText(/联系人 \S+（.+） · 0431-8888 \d{4}/);
});

test('a contact in an imported ledger is the project’s primary contact', async ({ page }) => {
  test.setTimeout(60_000);
  const stamp = Date.now().toString(36);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow([
    '项目名称',
    '投资方',
    '所属行业',
    '招商方式',
    '计划总投资',
    '项目阶段',
    '招商责任人',
    '对接人',
    '职务',
    '联系方式',
  ]);
  ws.addRow([
    `E2E联系人园${stamp}`,
    '吉林联科集团',
    '数字经济',
    '产业链招商',
    3000,
    '洽谈',
    '王磊',
    '韩雪',
    '副总裁',
    '0431-8888 7777',
  ]);
  await login(page, 'staff');
  await page.goto('/ledger/import');
  await page.getByTestId('ledger-file').setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  await expect(page.getByTestId('preview-row-2')).toContainText('新增联系人「韩雪」');
  await page.getByRole('button', { name: '导入 1 个项目' }).click();
  await expect(page.getByRole('heading', { name: '导入完成' })).toBeVisible();

  await page.getByRole('link', { name: '查看项目看板' }).click();
  await searchBoard(page, `E2E联系人园${stamp}`);
  await page
    .getByTestId('card')
    .filter({ hasText: `E2E联系人园${stamp}` })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `E2E联系人园${stamp}` })).toBeVisible();
  const row = page.getByRole('region', { name: '投资方联系人' }).getByTestId('contact');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('韩雪');
  await expect(row).toContainText('副总裁');
  await expect(row).toContainText('主要联系人');
  await expect(row.getByRole('link', { name: '0431-8888 7777' })).toBeVisible();
});
