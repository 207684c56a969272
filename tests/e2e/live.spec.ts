import type { Page } from '@playwright/test';
import { expect, login, test } from './support/fixtures';

/**
 * Live updates (issue 18): two people on two screens. A move on one appears on the other within a
 * second, with the mover's name and the same column counts, and an open project page says who changed
 * it; nobody reloads.
 */
const column = (page: Page, stage: string) => page.getByTestId(`column-${stage}`);
const counts = (page: Page) =>
  page.locator('[data-testid^="column-"] [data-testid="column-count"]').allTextContents();

test('a move on one screen appears on the other within a second, counts agreeing', async ({ browser }) => {
  const mover = await (await browser.newContext()).newPage();
  const watcher = await (await browser.newContext()).newPage();
  await login(mover, 'admin');
  await login(watcher, 'staff');
  await expect(column(watcher, 'landed').getByTestId('card').first()).toBeVisible();

  const card = column(mover, 'landed').getByTestId('card').first();
  const name = (await card.locator('h3').textContent())!;
  const projectId = await card.getAttribute('data-project-id');
  await card.getByRole('button', { name: '移至…' }).click();
  await mover.getByRole('menuitem', { name: '引进' }).click();
  const dialog = mover.getByRole('dialog');
  await dialog.getByLabel('原因/说明', { exact: true }).fill('企业注册地址变更，重新办理');
  await dialog.getByRole('button', { name: '确认移动' }).click();
  await expect(dialog).toBeHidden();
  const moved = Date.now();

  // Within a second on an idle machine (bench/live.ts measures the fan-out); the test allows for a
  // busy one, and still fails a screen that only learns of the move by polling or a reload.
  const there = column(watcher, 'introduced').locator(`[data-project-id="${projectId}"]`);
  await expect(there).toBeVisible({ timeout: 3000 });
  expect(Date.now() - moved).toBeLessThan(3000);
  await expect(there.getByTestId('live-change')).toHaveText('系统管理员 刚刚更新');
  await expect(column(watcher, 'landed').getByText(name, { exact: true })).toHaveCount(0);
  await expect.poll(() => counts(watcher)).toEqual(await counts(mover));
  // The highlight fades; the card stays where it went.
  await expect(there.getByTestId('live-change')).toHaveCount(0, { timeout: 6000 });
  await expect(there).toBeVisible();
});

test('an open project page says who changed it and shows the change', async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  const reader = await (await browser.newContext()).newPage();
  await login(editor, 'admin');
  await login(reader, 'staff');
  const card = column(editor, 'negotiating').getByTestId('card').first();
  const projectId = await card.getAttribute('data-project-id');
  await reader.goto(`/projects/${projectId}`);
  await editor.goto(`/projects/${projectId}`);
  await expect(reader.getByTestId('live-notice')).toHaveCount(0);

  await editor.getByRole('button', { name: '编辑' }).click();
  const dialog = editor.getByRole('dialog');
  await dialog.getByLabel('项目简介', { exact: true }).fill('实时更新测试：新的项目简介');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  await expect(reader.getByTestId('live-notice')).toContainText('系统管理员 刚刚修改了此项目', {
    timeout: 3000,
  });
  await expect(
    reader.getByRole('definition').filter({ hasText: '实时更新测试：新的项目简介' }),
  ).toBeVisible();
  await reader.getByTestId('live-notice').getByRole('button', { name: '知道了' }).click();
  await expect(reader.getByTestId('live-notice')).toHaveCount(0);
});
