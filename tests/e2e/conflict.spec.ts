import { expect, test } from '@playwright/test';
import { login } from './support/fixtures';

/** Two people edit the same project: the second save shows field by field what the first saved. */
test('a stale save shows both versions field by field and can reapply mine', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await login(pageA, 'admin');
  await login(pageB, 'admin');
  for (const page of [pageA, pageB]) {
    await page.goto('/projects/1');
    await page.getByRole('button', { name: '编辑', exact: true }).click();
  }
  const nameA = `甲修改的名称${Date.now()}`;
  const nameB = `乙填写的名称${Date.now()}`;
  await pageA.getByRole('dialog').getByLabel('项目名称', { exact: true }).fill(nameA);
  await pageA.getByRole('dialog').getByRole('button', { name: '保存', exact: true }).click();
  await expect(pageA.getByRole('heading', { name: nameA })).toBeVisible();

  await pageB.getByRole('dialog').getByLabel('项目名称', { exact: true }).fill(nameB);
  await pageB.getByRole('dialog').getByRole('button', { name: '保存', exact: true }).click();
  const panel = pageB.getByRole('table', { name: '在您编辑期间，其他人保存了这个项目' });
  await expect(panel).toBeVisible();
  const row = panel.getByRole('row', { name: /项目名称/ });
  await expect(row).toContainText(nameA);
  await expect(row).toContainText(nameB);

  await pageB.getByRole('button', { name: '重新应用我的修改' }).click();
  await expect(pageB.getByRole('heading', { name: nameB })).toBeVisible();
  await pageA.reload();
  await expect(pageA.getByRole('heading', { name: nameB })).toBeVisible();
  await a.close();
  await b.close();
});
