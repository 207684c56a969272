import type { Page } from '@playwright/test';
import { drag, expect, filterByOwner, login, test } from './support/fixtures';

/**
 * The UI offers only what the shared permission model allows (issue 12): an officer cannot pick up
 * another officer's card, an officer is never offered 已销号, and the leader's desk offers the leader's
 * actions while an officer looking at the same desk gets none.
 */
async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
}

test('an officer has move controls on their own cards and none on another officer’s', async ({ page }) => {
  await login(page, 'staff');

  // 王磊's own cards: every one has 移至….
  await filterByOwner(page, '王磊');
  const own = page.getByTestId('column-negotiating').getByTestId('card');
  await expect(own.first()).toBeVisible();
  for (const card of (await own.all()).slice(0, 5))
    await expect(card.getByRole('button', { name: '移至…' })).toBeVisible();

  // 张伟's cards: those 王磊 does not write (not his task force's) have no 移至… and cannot be dragged.
  await filterByOwner(page, '张伟');
  const negotiating = page.getByTestId('column-negotiating');
  const cards = negotiating.getByTestId('card');
  await expect(cards.first()).toBeVisible();
  const foreign = cards.filter({ hasNot: page.getByRole('button', { name: '移至…' }) }).first();
  await expect(foreign).toBeVisible();
  const name = (await foreign.locator('h3').textContent())!;
  await drag(page, foreign, page.getByTestId('column-introduced'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(negotiating.getByTestId('card').filter({ hasText: name })).toBeVisible();

  // Its page agrees: no 编辑, no 调整阶段.
  await foreign.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '调整阶段' })).toBeHidden();
});

test('the desk offers a leader 批示 and 销号, an officer neither; officers are never offered 已销号', async ({
  page,
}) => {
  // Four sign-ins (scrypt each) on a 2-core machine: more than the default 30 s.
  test.setTimeout(90_000);
  const title = `临时用电指标不足（${Date.now()}）`;

  // (b) The leader's desk: each project they lead offers 批示, which opens the form.
  await login(page, 'leader');
  await expect(page).toHaveURL(/\/desk$/);
  const row = page.getByTestId('desk-project').filter({ hasText: '责任人 王磊' }).first();
  const projectName = (await row.locator('h2').textContent())!;
  await expect(page.getByTestId('desk-actions').first().getByRole('button', { name: '批示' })).toBeVisible();
  await page.getByTestId('desk-actions').first().getByRole('button', { name: '批示' }).click();
  await expect(page.getByRole('dialog')).toContainText('批示内容');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await logout(page);

  // The officer looks at the same desk: the projects, no actions.
  await login(page, 'staff');
  await page.goto('/desk');
  await page.getByTestId('desk-switch').selectOption({ label: '陈立新（常务副区长）' });
  await expect(page.getByTestId('desk-project').filter({ hasText: projectName })).toBeVisible();
  await expect(page.getByTestId('desk-actions')).toHaveCount(0);

  // (c) On his own project the officer raises and resolves a problem; 已销号 is not offered to him.
  await page.getByTestId('desk-project').filter({ hasText: projectName }).click();
  await expect(page.getByRole('heading', { level: 1, name: projectName })).toBeVisible();
  await page.getByRole('button', { name: '登记问题' }).click();
  await page.getByRole('dialog').getByLabel('问题', { exact: true }).fill(title);
  await page.getByRole('dialog').getByRole('button', { name: '登记问题' }).click();
  const problem = page.getByTestId('problem').filter({ hasText: title });
  await problem.getByRole('button', { name: '状态' }).click();
  await page.getByRole('menuitem', { name: '改为已解决' }).click();
  await page.getByRole('dialog').getByLabel('办理结果', { exact: true }).fill('已协调供电公司增容');
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(problem).toContainText('已解决');
  await problem.getByRole('button', { name: '状态' }).click();
  await expect(page.getByRole('menuitem', { name: '重新打开' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '改为已销号' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The problems page says the same.
  await page.goto('/problems?status=resolved');
  const listed = page.getByTestId('problem').filter({ hasText: title });
  await listed.getByRole('button', { name: '状态' }).click();
  await expect(page.getByRole('menuitem', { name: '重新打开' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '改为已销号' })).toHaveCount(0);
  await logout(page);

  // The leader's desk offers 待销号 in one tap: the resolved problems, each with 销号 (issue 16).
  await login(page, 'leader');
  const led = page.getByTestId('desk-project').filter({ hasText: projectName }).locator('..');
  await led.getByRole('button', { name: /待销号/ }).click();
  const toClose = page.getByRole('dialog').getByTestId('to-close').filter({ hasText: title });
  await expect(toClose).toContainText('已协调供电公司增容');
  await toClose.getByRole('button', { name: '销号' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(page.getByText('问题状态已更新')).toBeVisible();
});

test('a leader edits a project they lead with owners and amounts locked, and the save keeps them', async ({
  page,
}) => {
  await login(page, 'leader');
  const row = page.getByTestId('desk-project').filter({ hasText: '责任人 王磊' }).first();
  const name = (await row.locator('h2').textContent())!;
  await row.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  const ownerA = dialog.getByLabel('招商责任人（A岗）', { exact: true });
  await expect(ownerA).toBeDisabled();
  await expect(ownerA.locator('option:checked')).toHaveText('王磊');
  await expect(ownerA).toHaveAccessibleDescription('只有管理员或该项目的招商责任人（A岗）可以变更责任人');
  await expect(dialog.getByLabel('预计总投资（万元）', { exact: true })).toBeDisabled();
  await expect(
    dialog.getByText('只有该项目的招商责任人（A/B岗）、专班成员或管理员可以修改投资额').first(),
  ).toBeVisible();

  await dialog.getByLabel('项目简介', { exact: true }).fill(`领导补充：请加快推进（${Date.now()}）`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  // Saved with the locked values as they were: owner A is still 王磊.
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(
    page.getByRole('dialog').getByLabel('招商责任人（A岗）', { exact: true }).locator('option:checked'),
  ).toHaveText('王磊');
});
