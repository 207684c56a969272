import { expect, login, test } from './support/fixtures';

/** The project page's code, as the server answers for a chunk an upgrade removed. */
const PROJECT_CHUNK = '**/assets/project-page-*.js';
const gone = { status: 404, contentType: 'text/plain', body: 'Not Found' };

test('after an upgrade, a page that asks for a chunk the server no longer has reloads once and opens', async ({
  page,
}) => {
  await login(page, 'staff');
  let asked = 0;
  await page.route(PROJECT_CHUNK, (route) => (asked++ === 0 ? route.fulfill(gone) : route.continue()));
  let loads = 0;
  page.on('load', () => loads++);
  const link = page.getByTestId('column-negotiating').getByTestId('card').first().getByRole('link').first();
  const name = (await link.locator('h3').textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  expect(asked).toBe(2); // refused, then served after the reload
  expect(loads).toBe(1);
});

test('a page whose code cannot arrive says so under the header, and the next page opens', async ({
  page,
}) => {
  await login(page, 'staff');
  await page.route(PROJECT_CHUNK, (route) => route.fulfill(gone));
  const link = page.getByTestId('column-negotiating').getByTestId('card').first().getByRole('link').first();
  await link.click();
  // One reload for an upgrade; when the chunk is still missing, the page says so instead of going blank.
  await expect(page.getByRole('alert')).toContainText('页面未能打开');
  await expect(page.getByRole('banner')).toBeVisible();
  await page.getByRole('banner').getByRole('link', { name: '周调度' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('周调度');
  await page.unroute(PROJECT_CHUNK);
  await page.goBack();
  await page.getByRole('alert').getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('周调度');
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
