import { expect, login, test } from './support/fixtures';
import { oldLedger } from './support/old-ledger';

test('an old ledger row without its stage facts comes in flagged 资料待补, listed and filtered for completion', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const name = `E2E远航金融${Date.now().toString(36)}`;
  await login(page, 'staff');
  await page.goto('/ledger/import');
  await page.getByTestId('ledger-file').setInputFiles({
    name: '旧台账.xlsx',
    mimeType: 'application/octet-stream',
    buffer: await oldLedger(name),
  });
  // No 招商方式 column: the office sets a default for it; the importer is the default owner.
  await page.getByLabel('默认招商方式').selectOption({ label: '楼宇招商' });
  await expect(page.getByText(/1 个新项目缺少所处阶段的资料/)).toBeVisible();
  await page.getByRole('button', { name: '导入 1 个项目' }).click();
  await expect(page.getByRole('heading', { name: '导入完成' })).toBeVisible();
  await page.getByRole('link', { name: '去补全资料' }).click();

  await expect(page.getByRole('heading', { name: '资料待补的项目' })).toBeVisible();
  const row = page.getByTestId('pending-facts').getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('落地');
  await expect(row).toContainText('注册主体');
  await row.getByRole('link', { name: '补全资料' }).click();
  // The project page says what is missing and opens its edit form.
  await expect(page.getByTestId('pending-banner')).toContainText('注册主体');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  // The board filter shows only flagged projects, the card says so.
  await page.goto('/?pending=1');
  const card = page.getByTestId('column-landed').getByTestId('card').filter({ hasText: name });
  await expect(card).toBeVisible();
  await expect(card).toContainText('资料待补');
  await expect(page.getByLabel('资料待补')).toBeChecked();
});
