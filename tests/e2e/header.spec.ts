import { expect, login, test } from './support/fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test("the office's pages sit under 管理 and the header keeps to one line at 1280 px", async ({ page }) => {
  await login(page, 'admin');
  // The page's banner: the board's columns have headers of their own once they have loaded.
  const header = page.getByRole('banner');
  const oneLine = async () => expect((await header.boundingBox())!.height).toBeLessThan(60);
  await oneLine();

  await page.getByRole('button', { name: '管理' }).click();
  const menu = page.getByRole('menu', { name: '管理' });
  await expect(menu.getByRole('menuitem')).toHaveText(['包保与专班', '用户', '操作日志', '设置']);
  await menu.getByRole('menuitem', { name: '操作日志' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  // Where you are shows in the menu.
  await page.getByRole('button', { name: '管理' }).click();
  await expect(menu.getByRole('menuitem', { name: '操作日志' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Admin' })).toBeVisible();
  await oneLine();
  await page.getByRole('button', { name: '中文', exact: true }).click();
});

test('an officer has no 管理 entry', async ({ page }) => {
  await login(page, 'staff');
  await expect(page.getByRole('link', { name: '项目看板' })).toBeVisible();
  await expect(page.getByRole('button', { name: '管理' })).toHaveCount(0);
});
