import { type Browser, expect, type Page, test } from '@playwright/test';
import { login } from './support/fixtures';

/** Two people (two browser contexts) open the edit dialog of the same project. */
async function twoEditors(browser: Browser, id: number): Promise<[Page, Page, () => Promise<void>]> {
  const a = await browser.newContext();
  const b = await browser.newContext();
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  for (const page of [pageA, pageB]) {
    await login(page, 'admin');
    await page.goto(`/projects/${id}`);
    await page.getByRole('button', { name: '编辑', exact: true }).click();
  }
  return [pageA, pageB, async () => (await a.close(), await b.close())];
}

const field = (page: Page, label: string) => page.getByRole('dialog').getByLabel(label, { exact: true });
const save = (page: Page) =>
  page.getByRole('dialog').getByRole('button', { name: '保存', exact: true }).click();
/** A value in the project's details (not the audit trail, which lists both people's changes). */
const detail = (page: Page, label: string) =>
  page.locator('dl > div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
/** An industry other than the one shown, with its Chinese label. */
async function otherIndustry(page: Page, not: string[] = []): Promise<[string, string]> {
  const current = await field(page, '行业').inputValue();
  const choices: [string, string][] = [
    ['education_health', '教育健康'],
    ['finance', '金融'],
    ['digital', '数字'],
  ];
  return choices.find(([v]) => v !== current && !not.includes(v)) ?? ['commerce', '商贸'];
}

test('a stale save shows both versions field by field and can reapply mine', async ({ browser }) => {
  const [pageA, pageB, close] = await twoEditors(browser, 1);
  const nameA = `甲修改的名称${Date.now()}`;
  const nameB = `乙填写的名称${Date.now()}`;
  await field(pageA, '项目名称').fill(nameA);
  await save(pageA);
  await expect(pageA.getByRole('heading', { name: nameA })).toBeVisible();

  await field(pageB, '项目名称').fill(nameB);
  await save(pageB);
  const panel = pageB.getByRole('table', { name: '在您编辑期间，其他人保存了这个项目' });
  await expect(panel).toBeVisible();
  const row = panel.getByRole('row', { name: /项目名称/ });
  await expect(row).toContainText(nameA);
  await expect(row).toContainText(nameB);

  await pageB.getByRole('button', { name: '重新应用我的修改' }).click();
  await expect(pageB.getByRole('heading', { name: nameB })).toBeVisible();
  await pageA.reload();
  await expect(pageA.getByRole('heading', { name: nameB })).toBeVisible();
  await close();
});

test('two people change different fields: both changes survive, no clash shown', async ({ browser }) => {
  const [pageA, pageB, close] = await twoEditors(browser, 2);
  const [industry, industryLabel] = await otherIndustry(pageA);
  const location = `乙填写的地点${Date.now()}`;
  await field(pageA, '行业').selectOption(industry);
  await save(pageA);
  await expect(pageA.getByRole('dialog')).toBeHidden();

  // B still has the old industry in the form; only the location is B's change.
  await field(pageB, '落位地点（楼宇/地块）').fill(location);
  await save(pageB);
  await expect(pageB.getByRole('dialog')).toBeHidden();
  await expect(pageB.getByRole('table', { name: '在您编辑期间，其他人保存了这个项目' })).toHaveCount(0);

  for (const page of [pageA, pageB]) {
    await page.reload();
    await expect(detail(page, '落位地点（楼宇/地块）')).toHaveText(location);
    await expect(detail(page, '行业')).toHaveText(industryLabel);
  }
  await close();
});

test('a same-field clash is shown as people read it; keeping theirs keeps theirs', async ({ browser }) => {
  const [pageA, pageB, close] = await twoEditors(browser, 3);
  const [industryA, labelA] = await otherIndustry(pageA);
  const [industryB, labelB] = await otherIndustry(pageB, [industryA]);
  await field(pageA, '行业').selectOption(industryA);
  await field(pageA, '预计总投资（万元）').fill('190000');
  await save(pageA);
  await expect(pageA.getByRole('dialog')).toBeHidden();

  await field(pageB, '行业').selectOption(industryB);
  await field(pageB, '预计总投资（万元）').fill('190050');
  await save(pageB);
  const panel = pageB.getByRole('table', { name: '在您编辑期间，其他人保存了这个项目' });
  const industryRow = panel.getByRole('row', { name: /行业/ });
  await expect(industryRow).toContainText(labelA);
  await expect(industryRow).toContainText(labelB);
  await expect(panel).not.toContainText(industryA);
  const amountRow = panel.getByRole('row', { name: /预计总投资/ });
  await expect(amountRow).toContainText('190,000 万元');
  await expect(amountRow).toContainText('190,050 万元');
  await expect(panel.getByRole('row')).toHaveCount(3);

  await pageB.getByRole('button', { name: '保留对方的' }).click();
  await expect(pageB.getByRole('dialog')).toBeHidden();
  await expect(detail(pageB, '预计总投资（万元）')).toHaveText('19.00 亿元');
  await expect(detail(pageB, '行业')).toHaveText(labelA);
  await close();
});
