import type { Page } from '@playwright/test';
import { expect, login, test } from './support/fixtures';

/**
 * 200 % zoom and 大字号 (issue 20): a 1280 px screen at 200 % is a 640 px wide page; with the person's
 * 大字号 on as well, the desk and the project page still fit it: nothing scrolls sideways.
 */
test.use({ viewport: { width: 640, height: 900 } });

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('main [role="status"]').filter({ hasText: '加载中' })).toHaveCount(0, {
    timeout: 15_000,
  });
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${path} is ${scroll} px wide in a ${client} px window`).toBeLessThanOrEqual(client);
}

test('with 大字号 on, the desk and the project page fit a 640 px window', async ({ page }) => {
  await login(page, 'leader');
  await page.goto('/account/password');
  const toggle = page.getByRole('switch', { name: '大字号' });
  // The switch follows the person's setting (set a tick after the click): click, then wait for it.
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  try {
    // The setting is the person's: it is still on after signing in again.
    await login(page, 'leader');
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await expectNoSidewaysScroll(page, '/desk');
    await page.screenshot({ path: 'test-results/zoom/desk.png', fullPage: false });
    const project = (await page.getByTestId('desk-project').first().getAttribute('href'))!;
    await expectNoSidewaysScroll(page, project);
    await page.screenshot({ path: 'test-results/zoom/project.png', fullPage: false });
  } finally {
    await page.goto('/account/password');
    const off = page.getByRole('switch', { name: '大字号' });
    if (await off.isChecked()) await off.click();
    await expect(off).not.toBeChecked();
    await expect(page.locator('html')).not.toHaveClass(/large-text/);
  }
});
