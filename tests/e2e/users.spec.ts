import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** On /admin/users: 新建用户 with the given fields; returns the new account's row. */
async function createUser(
  page: Page,
  user: { username: string; name: string; password: string; role?: string },
) {
  await page.goto('/admin/users');
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('用户名', { exact: true }).fill(user.username);
  await dialog.getByLabel('姓名', { exact: true }).fill(user.name);
  if (user.role) await dialog.getByLabel('角色').selectOption(user.role);
  await dialog.getByLabel(/^初始密码（至少 12 位/).fill(user.password);
  await dialog.getByRole('button', { name: '保存' }).click();
  const row = page.getByRole('row').filter({ hasText: user.username });
  await expect(row).toContainText(user.name);
  return row;
}

/** On /account/password: replace `current` with `next` (typed twice). */
async function changeOwnPassword(page: Page, current: string, next: string, repeat = next) {
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel(/^新密码（至少 12 位/).fill(next);
  await page.getByLabel('再次输入新密码').fill(repeat);
  await page.getByRole('button', { name: '修改密码' }).last().click();
}

test('an admin creates an officer, who must replace the initial password before anything else', async ({
  page,
  loginAs,
}) => {
  const username = `e2e.officer.${Date.now() % 100000}`;
  await loginAs('admin');
  const row = await createUser(page, { username, name: '端到端专员', password: 'initial-pass-1' });
  await expect(row).toContainText('须改密码');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);

  // The temporary password lets the officer in only as far as the change-password page.
  await signIn(page, username, 'initial-pass-1');
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole('alert')).toContainText('请先修改密码');
  await page.goto('/major');
  await expect(page).toHaveURL(/\/account\/password$/);

  await changeOwnPassword(page, 'initial-pass-1', 'my-own-pass-1', 'my-own-pass-2');
  await expect(page.getByText('两次输入的新密码不一致')).toBeVisible();
  await changeOwnPassword(page, 'initial-pass-1', 'my-own-pass-1');
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();

  // The old password is gone; the new one works.
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill('initial-pass-1');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
  await signIn(page, username, 'my-own-pass-1');
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();
});

test('an admin deactivates an account: its open session ends and it can no longer sign in', async ({
  browser,
  page,
  loginAs,
}) => {
  const username = `e2e.viewer.${Date.now() % 100000}`;
  await loginAs('admin');
  const row = await createUser(page, {
    username,
    name: '只读观察员',
    password: 'viewer-pass-1',
    role: 'viewer',
  });

  const other = await browser.newContext();
  const viewerPage = await other.newPage();
  await signIn(viewerPage, username, 'viewer-pass-1');
  await changeOwnPassword(viewerPage, 'viewer-pass-1', 'viewer-own-pass-1');
  await expect(viewerPage.getByRole('heading', { name: '项目看板' })).toBeVisible();

  // The list on the admin's screen is from before the password change: reload, as the admin would.
  await page.reload();
  await expect(row).not.toContainText('须改密码');
  page.once('dialog', (d) => void d.accept());
  await row.getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('已停用');

  await viewerPage.reload();
  await expect(viewerPage).toHaveURL(/\/login/);
  await viewerPage.getByLabel('用户名', { exact: true }).fill(username);
  await viewerPage.getByLabel('密码', { exact: true }).fill('viewer-own-pass-1');
  await viewerPage.getByRole('button', { name: '登录', exact: true }).click();
  await expect(viewerPage.getByRole('alert')).toHaveText('用户名或密码错误');
  await other.close();
});
