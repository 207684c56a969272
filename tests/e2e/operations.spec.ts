import { expect, login, test } from './support/fixtures';

test('an officer records what a completed project brings: 投产, 入统 and a year’s figures', async ({
  page,
}) => {
  await login(page, 'staff');
  await page.goto('/');
  // 国鼎商业保理项目 is one of 王磊's completed projects in the demo district.
  await page
    .getByTestId('column-completed')
    .getByTestId('card')
    .filter({ hasText: '国鼎商业保理项目' })
    .locator('h3')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '国鼎商业保理项目' })).toBeVisible();
  const ops = page.getByTestId('operations');
  await expect(page.getByTestId('production-date')).toContainText('尚未登记投产');

  await ops.getByLabel('投产日期', { exact: true }).fill('2026-10-08');
  await ops.getByRole('button', { name: '登记投产' }).click();
  await expect(page.getByTestId('production-date')).toContainText('2026');

  await ops.getByLabel('入统金额（万元）').fill('0');
  await ops.getByRole('button', { name: '登记入统' }).click();
  await expect(ops.getByText('金额应为大于0的整数（万元）')).toBeVisible();
  // The demo counted some of its investment while it was built; the new entry adds to it.
  const sum = page.getByTestId('fixed-asset-sum');
  const before = (await sum.textContent())!;
  await ops.getByLabel('入统金额（万元）').fill('12000');
  await ops.getByLabel('备注').fill('三季度入统');
  await ops.getByRole('button', { name: '登记入统' }).click();
  await expect(
    page.getByTestId('fixed-assets').locator('tr').filter({ hasText: '三季度入统' }),
  ).toContainText('1.20 亿元');
  await expect(sum).not.toHaveText(before);
  const after = (await sum.textContent())!;

  await ops.getByLabel('产值（万元）').fill('18000');
  await ops.getByLabel('税收（万元）').fill('950');
  await ops.getByLabel('就业（人）').fill('260');
  await ops.getByRole('button', { name: '保存年度数据' }).click();
  await expect(page.getByTestId('annual-results')).toContainText('260');
  await page.screenshot({ path: 'test-results/operations.png', fullPage: true });

  // A correction of the same year after a reload keeps one row for the year.
  await page.reload();
  await expect(sum).toHaveText(after);
  await expect(ops.getByLabel('就业（人）')).toHaveValue('260');
  await ops.getByLabel('就业（人）').fill('280');
  await ops.getByRole('button', { name: '保存年度数据' }).click();
  await expect(page.getByTestId('annual-results').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('annual-results')).toContainText('280');
});
