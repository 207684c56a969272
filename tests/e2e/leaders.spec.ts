import type { Page } from '@playwright/test';
import { expect, login, test } from './support/fixtures';

async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

test('an instruction travels from the leader to the officer and its reply comes back', async ({ page }) => {
  // Three sign-ins (scrypt each) on a 2-core machine: more than the default 30 s.
  test.setTimeout(60_000);
  const text = `请于本周内报送施工许可办理进度（${Date.now()}）`;
  const reply = `已对接住建局，预计下周取得施工许可（${Date.now()}）`;

  // The leader lands on the desk and opens a project the officer 王磊 (staff) owns.
  await login(page, 'leader');
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { name: /陈立新的工作台/ })).toBeVisible();
  const row = page.getByTestId('desk-project').filter({ hasText: '责任人 王磊' }).first();
  const projectName = (await row.locator('h2').textContent())!;
  await row.click();
  await expect(page.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
  await page.getByLabel('批示内容').fill(text);
  await page.getByRole('button', { name: '发送批示' }).click();
  await expect(page.getByText('批示已发送，已通知招商责任人')).toBeVisible();
  await expect(page.getByTestId('instruction').filter({ hasText: text })).toContainText('待回复');
  await logout(page);

  // The officer sees it in the bell and replies on the project page.
  await login(page, 'staff');
  await expect(page.getByTestId('bell-count')).toBeVisible();
  await page.getByTestId('bell').click();
  await page.getByRole('dialog', { name: '通知' }).getByText(text).click();
  await expect(page.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
  const item = page.getByTestId('instruction').filter({ hasText: text });
  await item.getByLabel('回复').fill(reply);
  await item.getByRole('button', { name: '提交回复' }).click();
  await expect(item.getByTestId('instruction-reply')).toContainText(reply);
  await logout(page);

  // The leader is told and sees the reply.
  await login(page, 'leader');
  await page.getByTestId('bell').click();
  await page.getByRole('dialog', { name: '通知' }).getByText(reply).first().click();
  await expect(
    page.getByTestId('instruction').filter({ hasText: text }).getByTestId('instruction-reply'),
  ).toContainText(reply);
});

test('a leader who opens / lands on the desk; the board stays in the navigation', async ({ page }) => {
  await login(page, 'leader');
  await page.goto('/');
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByTestId('desk-project').first()).toBeVisible();
  await page.getByRole('link', { name: '项目看板' }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();
  // A link to a filtered board shows that board, at the leader's board address.
  await page.goto('/?stalled=1');
  await expect(page).toHaveURL(/\/board\?stalled=1$/);
});

test('on a 390 px phone the desk shows the worst project first, above the fold, without horizontal scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'leader');
  await page.goto('/');
  await expect(page).toHaveURL(/\/desk$/);
  const first = page.getByTestId('desk-project').first();
  await expect(first).toBeVisible();
  await expect(page.getByTestId('desk-totals')).toContainText('包保项目');
  // Issue 16: the demo's major project with a red light and an overdue 督办单 leads the desk (it was 23rd)
  // and is counted under 需关注.
  await expect(first.locator('[data-signal="redLight"]')).toHaveText('红灯');
  await expect(first.locator('[data-signal="chaseUpOverdue"]')).toContainText('督办单逾期');
  await expect(page.getByTestId('desk-attention')).toContainText(/需关注\s*[1-9]/);
  // Its own next step is one tap away: 督办 opens the order form with the overdue milestone.
  const actions = page.getByTestId('desk-actions').first();
  await expect(actions.getByRole('button', { name: '督办' })).toBeVisible();
  await expect(actions.getByRole('button', { name: '批示' })).toBeVisible();
  // A compact header: the whole first card, with its actions, is above the fold.
  const box = (await actions.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await page.screenshot({ path: 'test-results/desk-390.png' });
  await actions.getByRole('button', { name: '督办' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('下发督办单');
  await expect(dialog.getByLabel('关联节点')).not.toHaveValue('');
  await dialog.getByRole('button', { name: '取消' }).click();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  // The navigation sits in one 菜单 on a phone; the board is there.
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('menuitem', { name: '项目看板' }).click();
  await expect(page).toHaveURL(/\/board$/);
});

test('the problems page filters overdue problems and shows them red', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/problems?overdue=1');
  const rows = page.getByTestId('problem');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toHaveAttribute('data-overdue', 'true');
  await expect(rows.first()).toContainText('已逾期');
});

test('the board flags majors without a primary leader and offers leader swimlanes', async ({ page }) => {
  await login(page, 'admin');
  await expect(page.getByText('未落实包保').first()).toBeVisible();
  // The URL update is a transition: click, then wait for the checkbox to follow the URL.
  await page.getByLabel('按领导分泳道').click();
  await expect(page.getByLabel('按领导分泳道')).toBeChecked();
  await expect(page).toHaveURL(/lanes=1/);
  await expect(page.getByTestId('lane').filter({ hasText: '陈立新' })).toBeVisible();
  await expect(page.getByTestId('lane').filter({ hasText: '无主包领导' })).toBeVisible();
});
