import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './support/fixtures';
import { oldLedger } from './support/old-ledger';

/**
 * The English UI has no Chinese left outside user data (decision 113): on every main page, no text
 * node and no title / placeholder / aria-label / alt holds a CJK character unless it sits inside an
 * element marked `data-user-text` (names, notes and other things people typed, shown as typed) or
 * with `lang="zh-CN"` (text that is Chinese on purpose, such as the language switch 中文). An
 * attribute, or a chart's SVG label, may name user text shown on the page (an aria-label “Remove the
 * contact “陈文博””, a target “Agreed investment attracted · 投资促进局”).
 */
async function chineseLeftovers(page: Page, skip?: string): Promise<string[]> {
  return page.evaluate((skip) => {
    const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
    const exempt = (el: Element | null) =>
      !!el?.closest('[data-user-text], [lang^="zh"]') || (!!skip && !!el?.closest(skip));
    const where = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('data-testid') ? ` [${el.getAttribute('data-testid')}]` : ''}>`;
    // An attribute cannot mark part of itself: a label such as “Edit the contact “陈文博”” passes when
    // what is left after taking out the user text shown on the page has no Chinese.
    const userTexts = [...document.body.querySelectorAll('[data-user-text]')]
      .map((el) => el.textContent?.trim() ?? '')
      .filter((text) => cjk.test(text))
      .sort((a, b) => b.length - a.length);
    const withoutUserText = (value: string) =>
      userTexts.reduce((rest, text) => rest.split(text).join(''), value);
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      if (!parent || ['SCRIPT', 'STYLE'].includes(parent.tagName) || !cjk.test(text) || exempt(parent))
        continue;
      // A chart draws its labels as SVG text, which cannot be marked: like an attribute, a label that
      // joins translated words with user text shown on the page (a unit's name) passes.
      if (parent.closest('svg') && !cjk.test(withoutUserText(text))) continue;
      found.add(`${where(parent)} ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.body.querySelectorAll('[title], [placeholder], [aria-label], [alt]')) {
      if (exempt(el)) continue;
      for (const name of ['title', 'placeholder', 'aria-label', 'alt']) {
        const value = el.getAttribute(name);
        if (value && cjk.test(withoutUserText(value)))
          found.add(`${where(el)} @${name}=${value.slice(0, 80)}`);
      }
    }
    return [...found];
  }, skip);
}

/** Opens a page, waits until it has drawn (its heading, no loading placeholder) and checks it. */
async function expectEnglish(page: Page, path: string, ready?: () => Promise<void>) {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 15_000 });
  await ready?.();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  expect.soft(await chineseLeftovers(page), `Chinese on ${path}`).toEqual([]);
}

test.describe('English pages', () => {
  test.beforeEach(async ({ page, loginAs }) => {
    await loginAs('admin');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Board', exact: true })).toBeVisible();
  });

  test('every main page speaks English outside user data', async ({ page }) => {
    test.setTimeout(150_000);
    await expectEnglish(page, '/');
    await expectEnglish(page, '/review', () =>
      expect(page.getByTestId('funnel-table')).toBeVisible({ timeout: 15_000 }),
    );
    await expectEnglish(page, '/reports', () =>
      expect(page.getByTestId('unit-ranking')).toBeVisible({ timeout: 15_000 }),
    );
    for (const path of [
      '/desk',
      '/major',
      '/problems',
      '/problems?view=tally&by=month',
      '/ledger/import',
      '/targets',
      '/admin/users',
      '/admin/audit',
      '/admin/settings',
      '/schedules/templates',
      '/coordination',
      '/projects/off-funnel',
      '/projects/pending',
    ])
      await expectEnglish(page, path);
  });

  test('a project with its history, contacts and audit trail speaks English outside user data', async ({
    page,
  }) => {
    await page.getByTestId('column-started').getByTestId('card').first().getByRole('link').first().click();
    await expectEnglish(page, page.url().replace(/^.*?(?=\/projects\/)/, ''), async () => {
      await expect(page.getByTestId('stage-history')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('heading', { name: 'Investor contacts' })).toBeVisible();
    });
  });

  test('an old ledger comes in through English pages: import steps, 资料待补 list, imported history', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const name = `E2E英文导入${Date.now().toString(36)}`;
    await expectEnglish(page, '/ledger/import');
    await page.getByTestId('ledger-file').setInputFiles({
      name: '旧台账.xlsx',
      mimeType: 'application/octet-stream',
      buffer: await oldLedger(name),
    });
    await page.getByLabel('Default channel').selectOption({ index: 1 });
    await page.getByLabel('Default owner A').selectOption({ index: 1 });
    await expect(page.getByText(/^1 new project lacks facts/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('heading', { name: '1 row', exact: true })).toBeVisible();
    // The preview's rows (sheet cells and row messages) are the ledger row-message work (error codes).
    expect
      .soft(await chineseLeftovers(page, '[data-testid="preview-table"]'), 'Chinese on the import preview')
      .toEqual([]);
    await page.getByRole('button', { name: 'Import 1 project' }).click();
    await expect(page.getByRole('heading', { name: 'Import complete' })).toBeVisible({ timeout: 30_000 });
    expect.soft(await chineseLeftovers(page), 'Chinese on the import result').toEqual([]);

    await expectEnglish(page, '/projects/pending', () =>
      expect(page.getByTestId('pending-facts').getByText(name)).toBeVisible(),
    );
    await page
      .getByTestId('pending-facts')
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByTestId('stage-history')).toContainText('Landed');
    await page.keyboard.press('Escape');
    expect.soft(await chineseLeftovers(page), 'Chinese on the imported project').toEqual([]);
  });

  test('an English import preview shows row errors in English', async ({ page }) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['项目名称', '投资方', '行业', '招商方式', '总投资（万元）', '签约日期']);
    ws.addRow([
      `E2E英文${Date.now().toString(36)}`,
      '吉林数科集团',
      '数字',
      '产业链招商',
      '五千万',
      '2026/13/01',
    ]);
    await page.goto('/ledger/import');
    await page.getByTestId('ledger-file').setInputFiles({
      name: '台账.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await wb.xlsx.writeBuffer()),
    });
    const row = page.getByTestId('preview-row-2');
    await expect(row.locator('td[data-field="estimatedInvestment"] [role="note"]')).toHaveText(
      'Not an amount: write a number in 10k yuan, e.g. 5000 or 5,000',
    );
    await expect(row.locator('td[data-field="signingDate"] [role="note"]')).toHaveText(
      'No such date: 2026/13/01',
    );
    const notes = await page.getByTestId('preview-table').locator('[role="note"]').allTextContents();
    expect(notes.filter((n) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(n))).toEqual([]);
  });

  test('counts read in the singular and plural, months and amounts in English', async ({ page }) => {
    await expect(page.getByText(/\b1 days\b/)).toHaveCount(0);
    await expect(page.getByText(/\d+ active projects?, total [\d.,]+ × 100M yuan/)).toBeVisible();
    await page.goto('/major');
    await expect(page.getByText(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/).first()).toBeVisible({
      timeout: 15_000,
    });
  });
});

test('the board tells screen readers how to drag in Chinese, and in English on the English page', async ({
  page,
  loginAs,
}) => {
  await loginAs('admin');
  const instructions = page.locator('[id^="DndDescribedBy"]');
  await expect(instructions).toHaveText(/拖动卡片/);
  const card = page.getByTestId('column-negotiating').getByTestId('card').first().getByRole('link').first();
  await card.focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toContainText('位于洽谈上方');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('已取消拖动');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(instructions).toHaveText(/Drag a card/);
  await card.focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText('is over Negotiating');
  await page.keyboard.press('Escape');
});
