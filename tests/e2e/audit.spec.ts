import { expect, login, test } from './support/fixtures';

test('the audit trail reads in the office language: actions, fields, stages and people by name', async ({
  page,
}) => {
  await login(page, 'admin');
  await page.goto('/admin/audit');
  const table = page.getByRole('table');
  await page.getByLabel('操作', { exact: true }).selectOption({ label: '推进阶段' });
  await expect(table.getByRole('cell', { name: '推进阶段' }).first()).toBeVisible();
  const changes = table.locator('tbody tr').first();
  await expect(changes).toContainText(/阶段：(洽谈|引进|落地|开工) → (引进|落地|开工|建成)/);
  // The object by name, a link to the project.
  const project = changes.getByRole('link', { name: /^项目「.+」$/ });
  await expect(project).toBeVisible();
  // The developer's words are only in the raw record, folded away.
  await expect(table).not.toContainText('project.move.forward');
  await expect(changes.getByText('原始记录')).toBeVisible();

  // A demo project's own page tells its story from the day it was registered.
  await project.click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  const log = page.getByRole('region', { name: '操作记录' });
  await expect(log.getByText('新建项目')).toBeVisible();
  await expect(log.getByText('推进阶段').first()).toBeVisible();
  await expect(log).toContainText(/预计总投资：[\d,.]+ (万元|亿元)/);
});
