import type { Page } from '@playwright/test';
import { drag, expect, login, test } from './support/fixtures';

const STAGES = ['洽谈', '引进', '落地', '开工', '建成'];

const column = (page: Page, stage: string) => page.getByTestId(`column-${stage}`);

test('the board shows the five funnel columns with the demo district', async ({ page }) => {
  await login(page, 'staff');
  const headings = page.locator('[data-testid^="column-"] h2');
  await expect(headings).toHaveText(STAGES);
  for (const stage of ['negotiating', 'introduced', 'landed', 'started', 'completed']) {
    const count = Number(await column(page, stage).getByTestId('column-count').textContent());
    expect(count).toBeGreaterThan(0);
  }
  await expect(column(page, 'negotiating').getByTestId('card').first()).toBeVisible();
  await expect(page.getByText('重大').first()).toBeVisible();
});

test('dragging a card from 洽谈 to 引进 asks for the signing details and the move survives a reload', async ({
  page,
}) => {
  await login(page, 'admin');
  const negotiating = column(page, 'negotiating');
  const introduced = column(page, 'introduced');
  const before = Number(await introduced.getByTestId('column-count').textContent());
  const card = negotiating.getByTestId('card').first();
  const name = (await card.locator('h3').textContent())!;

  await drag(page, card, introduced);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`将「${name}」移至引进`);
  // Exactly the 引进 gate fields are asked for.
  await expect(dialog.getByLabel('签约日期', { exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: '确认移动' }).click();
  await expect(dialog.getByText('必填').first()).toBeVisible();

  await dialog.getByLabel('签约日期', { exact: true }).fill('2026-11-20');
  await dialog.getByLabel('协议投资（万元）', { exact: true }).fill('3200');
  await dialog.getByLabel('协议类型', { exact: true }).selectOption({ label: '投资协议' });
  await dialog.getByRole('button', { name: '确认移动' }).click();
  await expect(dialog).toBeHidden();
  await expect(introduced.getByTestId('card').filter({ hasText: name })).toBeVisible();
  await expect(introduced.getByTestId('column-count')).toHaveText(String(before + 1));

  await page.reload();
  await expect(column(page, 'introduced').getByTestId('card').filter({ hasText: name })).toBeVisible();
  await expect(column(page, 'negotiating').getByTestId('card').filter({ hasText: name })).toHaveCount(0);
});

test('the 移至… menu moves a card back with a reason, and the history records it', async ({ page }) => {
  await login(page, 'admin');
  const card = column(page, 'landed').getByTestId('card').first();
  const name = (await card.locator('h3').textContent())!;
  await card.getByRole('button', { name: '移至…' }).click();
  await page.getByRole('menuitem', { name: '引进' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('退回到前一阶段需要说明原因');
  await dialog.getByLabel('原因/说明', { exact: true }).fill('企业注册地址变更，重新办理');
  await dialog.getByRole('button', { name: '确认移动' }).click();
  await expect(column(page, 'introduced').getByTestId('card').filter({ hasText: name })).toBeVisible();

  await column(page, 'introduced').getByTestId('card').filter({ hasText: name }).getByRole('link').click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('stage-history')).toContainText('企业注册地址变更，重新办理');
});

test('filters live in the URL and survive a reload', async ({ page }) => {
  await login(page, 'staff');
  await page.getByLabel('行业', { exact: true }).selectOption({ label: '金融' });
  // The URL update is a transition: click, then wait for the checkbox to follow the URL.
  await page.getByLabel('仅重大项目').click();
  await expect(page.getByLabel('仅重大项目')).toBeChecked();
  await expect(page).toHaveURL(/industry=finance/);
  await expect(page).toHaveURL(/major=1/);
  await page.reload();
  await expect(page.getByLabel('行业', { exact: true })).toHaveValue('finance');
  const cards = page.getByTestId('card');
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) {
    expect(text).toContain('金融');
    expect(text).toContain('重大');
  }
});

test('a new lead is created from the board and opens on its own page', async ({ page }) => {
  await login(page, 'staff');
  await page.getByRole('button', { name: '新建项目' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '新建项目' }).click();
  await expect(dialog.getByText('必填').first()).toBeVisible();
  await dialog.getByLabel('项目名称', { exact: true }).fill('测试智能制造区域总部项目');
  await dialog.getByLabel('投资方', { exact: true }).fill('苏州测试智能科技有限公司');
  await dialog.getByLabel('行业', { exact: true }).selectOption({ label: '数字' });
  await dialog.getByLabel('招商方式', { exact: true }).selectOption({ label: '以商招商' });
  await dialog.getByLabel('预计总投资（万元）', { exact: true }).fill('8000');
  await dialog.getByRole('button', { name: '新建项目' }).click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await expect(page.getByRole('heading', { name: '测试智能制造区域总部项目' })).toBeVisible();
  await expect(page.getByText('重大项目')).toBeVisible();
  await expect(page.getByText('8,000 万元').first()).toBeVisible();
});

test('a search typed and a card clicked at once: the card opens, and back returns to the search', async ({
  page,
}) => {
  await login(page, 'staff');
  // The project page's code arrives late, as over a slow line: the click's navigation is still under way
  // when the search box's pause ends, and the search must not pull the page back to the board.
  await page.route('**/assets/project-page-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  const link = column(page, 'negotiating').getByTestId('card').first().getByRole('link').first();
  const name = (await link.locator('h3').textContent())!.trim();
  await page.getByPlaceholder('搜索项目、投资方、主体或联系人').fill('有限公司');
  await link.click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.waitForTimeout(500); // past the search box's pause: the page stays
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('q') === '有限公司');
  await expect(page.getByPlaceholder('搜索项目、投资方、主体或联系人')).toHaveValue('有限公司');
});
